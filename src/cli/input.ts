/// <reference types="node" />
/**
 * Reading one input of a command: the file (or standard input), its kind (a kz-indicators
 * document, SDMX, a wide or long CSV, a workbook) and its conversion. Everything that touches the
 * outside world goes through `CliIo`, so that the commands run the same in tests and in a shell.
 */
import { parseArgs } from 'node:util';
import { convertCsv } from '../convert/long.js';
import { convertWideCsv, findWideHeader } from '../convert/wide.js';
import { convertSdmx } from '../convert/sdmx.js';
import { readDelimited } from '../convert/csv.js';
import { parseJsonText } from '../convert/json.js';
import { ConvertError, type ConvertProblem } from '../convert/errors.js';
import type { ConvertResult } from '../convert/options.js';
import { isSpreadsheetName } from '../convert/spreadsheet.js';
import { convertWorkbook } from '../convert/workbook.js';
import { idFromFile, indicatorOptions, UsageError, type Options, type Values } from './options.js';

export type { Values };

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string | Promise<string>;
  writeFile(path: string, text: string): void | Promise<void>;
  /** Reads standard input (for the file name `-`). */
  readStdin?(): Promise<string>;
  /** Reads a file as bytes (spreadsheets). */
  readBytes?(path: string): Uint8Array | Promise<Uint8Array>;
}

type From = 'csv' | 'wide' | 'sdmx' | 'json';

export type Loaded =
  | { kind: 'document'; json: unknown }
  | { kind: 'converted'; from: Exclude<From, 'json'>; result: ConvertResult };

/** A problem that stops one input (unreadable file, JSON syntax, conversion problems). */
export class InputError extends Error {
  constructor(readonly problems: ConvertProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

/** The options and file names of a command line (unknown options are a usage error). */
export function parseCommandArgs(
  argv: string[],
  options: Options,
): { values: Values; positionals: string[] } {
  // No option is a repeatable boolean, so every list holds strings.
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as {
    values: Values;
    positionals: string[];
  };
}

export async function readInput(file: string, io: CliIo): Promise<string> {
  try {
    if (file === '-') {
      if (!io.readStdin) throw new Error('standard input is not available');
      return await io.readStdin();
    }
    return await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot read the file: ${(e as Error).message}`;
    throw new InputError([{ message }]);
  }
}

/** Rethrows a converter's problems as the input's. */
function asInputError(e: unknown): never {
  if (e instanceof ConvertError) throw new InputError(e.problems);
  throw e;
}

/** Runs a converter; its problems become the input's. */
function converting<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    return asInputError(e);
  }
}

export function parseJson(text: string): unknown {
  return converting(() => parseJsonText(text));
}

/** Guesses the layout of a delimited text from its first lines. */
function sniffCsv(text: string): Exclude<From, 'json'> {
  const head = text.split(/\r\n|\n|\r/, 60).join('\n');
  let rows: string[][];
  try {
    const table = readDelimited(head);
    rows = [table.header, ...table.rows];
  } catch {
    return 'csv';
  }
  const header = rows[0].map((h) => h.trim().replace(/^([A-Z_]+): .*$/, '$1'));
  if (header.includes('OBS_VALUE')) return 'sdmx';
  const wideAt = findWideHeader(rows);
  return wideAt >= 0 ? 'wide' : 'csv';
}

async function readBytes(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    if (!io.readBytes) throw new Error('binary files cannot be read here');
    return await io.readBytes(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'file not found' : `cannot read the file: ${(e as Error).message}`;
    throw new InputError([{ message }]);
  }
}

/** A `.xlsx` / `.xls` input: read as bytes, its table found, then converted like a CSV. */
async function loadSpreadsheet(file: string, values: Values, io: CliIo): Promise<Loaded> {
  const headerRow = typeof values['header-row'] === 'string' ? values['header-row'] : undefined;
  if (headerRow !== undefined && !/^[1-9]\d*$/.test(headerRow))
    throw new UsageError(`--header-row ${headerRow}: expected a row number from 1`);
  const bytes = await readBytes(file, io);
  const options = indicatorOptions(values, idFromFile(file));
  const result = await convertWorkbook(bytes, {
    ...options,
    sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
    headerRow: headerRow === undefined ? undefined : Number(headerRow),
  }).catch(asInputError);
  return { kind: 'converted', from: result.table.layout === 'wide' ? 'wide' : 'csv', result };
}

/** A text input read as `given` (or as it looks), converted unless it is a document. */
function loadText(text: string, given: From | undefined, values: Values, id?: string): Loaded {
  const looksJson = /^\s*[{[]/.test(text);
  const options = indicatorOptions(values, id);
  const columns = (options.columns ?? {}) as Record<string, string>;
  const sdmxOptions = { ...options, area: columns.area, time: columns.period };
  if (given === 'json' || (given === undefined && looksJson) || (given === 'sdmx' && looksJson)) {
    const json = parseJson(text);
    // SDMX-JSON has data, dataSets or errors (a service's error answer) at the top; anything
    // else is read as an indicator document, so that the parser says what is wrong with it.
    const keys = typeof json === 'object' && json !== null ? Object.keys(json) : [];
    const sdmx =
      !keys.includes('indicators') && ['data', 'dataSets', 'errors'].some((k) => keys.includes(k));
    if (given === 'json' || (given !== 'sdmx' && !sdmx)) return { kind: 'document', json };
    return { kind: 'converted', from: 'sdmx', result: convertSdmx(json, sdmxOptions) };
  }
  const from = (given as Exclude<From, 'json'> | undefined) ?? sniffCsv(text);
  if (from === 'sdmx') return { kind: 'converted', from, result: convertSdmx(text, sdmxOptions) };
  if (from === 'wide') {
    return {
      kind: 'converted',
      from,
      result: convertWideCsv(text, { ...options, areaColumn: columns.area }),
    };
  }
  return { kind: 'converted', from, result: convertCsv(text, options) };
}

/** Reads and converts one input as the options say; an `InputError` says why it cannot be. */
export async function loadInput(file: string, values: Values, io: CliIo): Promise<Loaded> {
  if (isSpreadsheetName(file)) return loadSpreadsheet(file, values, io);
  if (values.sheet !== undefined || values['header-row'] !== undefined)
    throw new UsageError('--sheet and --header-row apply to .xlsx and .xls files');
  const raw = await readInput(file, io);
  const text = raw.replace(/^\ufeff/, '');
  const given = typeof values.from === 'string' ? values.from : undefined;
  if (given !== undefined && !['csv', 'wide', 'sdmx', 'json'].includes(given)) {
    throw new UsageError(`--from ${given}: expected csv, wide, sdmx or json`);
  }
  const id = file === '-' ? undefined : idFromFile(file);
  return converting(() => loadText(text, given as From | undefined, values, id));
}
