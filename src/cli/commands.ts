/// <reference types="node" />
/**
 * The commands of `kz-indicators`: convert, validate, inspect, merge. Everything that touches the
 * outside world goes through `CliIo`, so that the commands run the same in tests and in a shell.
 */
import { parseArgs } from 'node:util';
import type { Dataset, DocumentInput, Indicator, ParseProblem } from '../data/types.js';
import { validateIndicators } from '../data/parse.js';
import { areaInfo, LAYOUT_AREAS } from '../data/areas.js';
import { localize } from '../i18n/format.js';
import { convertCsv } from '../convert/long.js';
import { convertWideCsv, findWideHeader } from '../convert/wide.js';
import { convertSdmx } from '../convert/sdmx.js';
import { readDelimited } from '../convert/csv.js';
import { mergeDocuments, type AnyDocumentInput } from '../convert/merge.js';
import { stringifyDocument } from '../convert/stringify.js';
import { scriptSafeJson } from '../data/safe-output.js';
import { shellQuote } from '../convert/shell.js';
import { parseJsonText } from '../convert/json.js';
import {
  ConvertError,
  formatProblem,
  type ConvertProblem,
  type ConvertWarning,
} from '../convert/errors.js';
import type { ConvertResult } from '../convert/options.js';
import { idFromFile, indicatorOptions, INPUT_OPTIONS, UsageError } from './options.js';
import { isSpreadsheetName } from '../convert/spreadsheet.js';
import { convertWorkbook } from '../convert/workbook.js';

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

type Values = Record<string, string | boolean | string[] | undefined>;
type From = 'csv' | 'wide' | 'sdmx' | 'json';

type Loaded =
  | { kind: 'document'; json: unknown }
  | { kind: 'converted'; from: Exclude<From, 'json'>; result: ConvertResult };

/** A problem that stops one input (unreadable file, JSON syntax, conversion problems). */
class InputError extends Error {
  constructor(readonly problems: ConvertProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

async function readInput(file: string, io: CliIo): Promise<string> {
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

function parseJson(text: string): unknown {
  try {
    return parseJsonText(text);
  } catch (e) {
    if (e instanceof ConvertError) throw new InputError(e.problems);
    throw e;
  }
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

/** A `.xlsx` / `.xls` input: read as bytes, its table found, then converted like a CSV. */
async function loadSpreadsheet(file: string, values: Values, io: CliIo): Promise<Loaded> {
  const headerRow = typeof values['header-row'] === 'string' ? values['header-row'] : undefined;
  if (headerRow !== undefined && !/^[1-9]\d*$/.test(headerRow))
    throw new UsageError(`--header-row ${headerRow}: expected a row number from 1`);
  let bytes: Uint8Array;
  try {
    if (!io.readBytes) throw new Error('binary files cannot be read here');
    bytes = await io.readBytes(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'file not found' : `cannot read the file: ${(e as Error).message}`;
    throw new InputError([{ message }]);
  }
  const options = indicatorOptions(values, idFromFile(file));
  try {
    const result = await convertWorkbook(bytes, {
      ...options,
      sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
      headerRow: headerRow === undefined ? undefined : Number(headerRow),
    });
    return { kind: 'converted', from: result.table.layout === 'wide' ? 'wide' : 'csv', result };
  } catch (e) {
    if (e instanceof ConvertError) throw new InputError(e.problems);
    throw e;
  }
}

async function loadInput(file: string, values: Values, io: CliIo): Promise<Loaded> {
  if (isSpreadsheetName(file)) return loadSpreadsheet(file, values, io);
  if (values.sheet !== undefined || values['header-row'] !== undefined)
    throw new UsageError('--sheet and --header-row apply to .xlsx and .xls files');
  const raw = await readInput(file, io);
  const text = raw.replace(/^\ufeff/, '');
  const given = typeof values.from === 'string' ? values.from : undefined;
  if (given !== undefined && !['csv', 'wide', 'sdmx', 'json'].includes(given)) {
    throw new UsageError(`--from ${given}: expected csv, wide, sdmx or json`);
  }
  const looksJson = /^\s*[{[]/.test(text);
  const options = indicatorOptions(values, file === '-' ? undefined : idFromFile(file));
  const columns = (options.columns ?? {}) as Record<string, string>;
  try {
    if (given === 'json' || (given === undefined && looksJson) || (given === 'sdmx' && looksJson)) {
      const json = parseJson(text);
      // SDMX-JSON has data, dataSets or errors (a service's error answer) at the top; anything
      // else is read as an indicator document, so that the parser says what is wrong with it.
      const keys = typeof json === 'object' && json !== null ? Object.keys(json) : [];
      const sdmx =
        !keys.includes('indicators') &&
        ['data', 'dataSets', 'errors'].some((k) => keys.includes(k));
      if (given === 'json' || (given !== 'sdmx' && !sdmx)) return { kind: 'document', json };
      const result = convertSdmx(json, { ...options, area: columns.area, time: columns.period });
      return { kind: 'converted', from: 'sdmx', result };
    }
    const from = (given as Exclude<From, 'json'> | undefined) ?? sniffCsv(text);
    if (from === 'sdmx') {
      return {
        kind: 'converted',
        from,
        result: convertSdmx(text, { ...options, area: columns.area, time: columns.period }),
      };
    }
    if (from === 'wide') {
      return {
        kind: 'converted',
        from,
        result: convertWideCsv(text, { ...options, areaColumn: columns.area }),
      };
    }
    return { kind: 'converted', from, result: convertCsv(text, options) };
  } catch (e) {
    if (e instanceof ConvertError) throw new InputError(e.problems);
    throw e;
  }
}

const fromParse = (p: ParseProblem): ConvertProblem => ({
  path: p.path,
  message: p.message,
  ...(p.hint ? { hint: p.hint } : {}),
});

function printProblems(io: CliIo, file: string, problems: ConvertProblem[], prefix = '') {
  for (const p of problems) io.stderr(`${prefix}${formatProblem(p, file)}\n`);
}

function printWarnings(io: CliIo, file: string, warnings: ConvertWarning[]) {
  printProblems(io, file, warnings, 'warning: ');
}

function sliceSummary(result: ConvertResult): string | undefined {
  if (!result.slices.length) return undefined;
  const text = result.slices
    .map((s) => {
      const kept = s.kept.map((k) => (k === '' ? 'empty cell' : k)).join(', ');
      return s.how === 'total' ? `${s.column}: total (${kept})` : `${s.column}=${s.kept.join('|')}`;
    })
    .join(', ');
  return `kept ${text}`;
}

// ---------------------------------------------------------------------------------------------

export const CONVERT_HELP = `Usage: kz-indicators convert <input> [options]

Converts a CSV (long or wide) or SDMX file to the kz-indicators JSON format. Writes the JSON to
standard output, or to a file with --out. Use - as <input> to read standard input.

  -o, --out FILE            write the JSON to FILE
  --compact                 one-line JSON (default: one line per area)

`;

export async function convertCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...INPUT_OPTIONS,
      out: { type: 'string', short: 'o' },
      compact: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError('convert takes one input file (see kz-indicators convert --help)');
  const file = positionals[0];
  let loaded: Loaded;
  try {
    loaded = await loadInput(file, values, io);
  } catch (e) {
    if (e instanceof InputError) {
      printProblems(io, file, e.problems);
      return 1;
    }
    throw e;
  }
  if (loaded.kind === 'document') {
    io.stderr(
      `${file}: this is already a kz-indicators document; check it with validate or inspect\n`,
    );
    return 1;
  }
  const { result } = loaded;
  printWarnings(io, file, result.warnings);
  const summary = sliceSummary(result);
  if (summary) io.stderr(`${file}: ${summary}\n`);
  const text = stringifyDocument(result.document, { compact: Boolean(values.compact) });
  if (typeof values.out === 'string') {
    await io.writeFile(values.out, text);
    const ind = result.document.indicators[0];
    const areas = Object.keys(ind.values).length;
    const refs = ind.references?.length ?? 0;
    io.stderr(
      `wrote ${values.out}: indicator ${ind.id}, ${areas} areas, ${refs} reference series\n`,
    );
  } else io.stdout(text);
  return 0;
}

// ---------------------------------------------------------------------------------------------

export const VALIDATE_HELP = `Usage: kz-indicators validate <input>... [options]

Checks kz-indicators JSON documents, or CSV / SDMX files as they would be converted. Prints every
problem with its place (JSON path, or CSV line and column) and a hint. Exit code 0 when every
input is valid, 1 otherwise.

  --json                    print a machine-readable report on standard output

`;

interface FileReport {
  file: string;
  valid: boolean;
  indicators?: number;
  problems: ConvertProblem[];
  warnings: ConvertWarning[];
}

async function check(
  file: string,
  values: Values,
  io: CliIo,
): Promise<{ report: FileReport; dataset?: Dataset; loaded?: Loaded }> {
  let loaded: Loaded;
  try {
    loaded = await loadInput(file, values, io);
  } catch (e) {
    if (e instanceof InputError)
      return { report: { file, valid: false, problems: e.problems, warnings: [] } };
    throw e;
  }
  const json = loaded.kind === 'document' ? loaded.json : loaded.result.document;
  const v = validateIndicators(json);
  const warnings: ConvertWarning[] = [
    ...(loaded.kind === 'converted' ? loaded.result.warnings : []),
    ...(loaded.kind === 'document'
      ? v.warnings.map((w) => ({ path: w.path, code: w.code, message: w.message }))
      : []),
  ];
  const report: FileReport = {
    file,
    valid: !!v.dataset,
    problems: v.problems.map(fromParse),
    warnings,
  };
  if (v.dataset) report.indicators = v.dataset.indicators.length;
  return { report, dataset: v.dataset, loaded };
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...INPUT_OPTIONS, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (!positionals.length)
    throw new UsageError(
      'validate needs at least one input file (see kz-indicators validate --help)',
    );
  const reports: FileReport[] = [];
  for (const file of positionals) reports.push((await check(file, values, io)).report);
  const valid = reports.every((r) => r.valid);
  if (values.json) {
    io.stdout(scriptSafeJson({ valid, files: reports }, 2) + '\n');
    return valid ? 0 : 1;
  }
  for (const r of reports) {
    printProblems(io, r.file, r.problems);
    printWarnings(io, r.file, r.warnings);
    const w = r.warnings.length
      ? `, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`
      : '';
    if (r.valid)
      io.stdout(
        `${r.file}: valid (${r.indicators} indicator${r.indicators === 1 ? '' : 's'}${w})\n`,
      );
    else
      io.stdout(
        `${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}${w}\n`,
      );
  }
  return valid ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------

export const INSPECT_HELP = `Usage: kz-indicators inspect <input> [options]

Describes a kz-indicators document (or a CSV / SDMX file as it would be converted): its
indicators, periods, the boundary layout of each period, reference series, and coverage: which
areas lack values in which periods.

  --json                    print the description as JSON

`;

/** Next to each other: years one apart, or other periods adjacent in the indicator's list. */
function consecutive(a: string, b: string, pos: Map<string, number>): boolean {
  if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b)) return Number(b) === Number(a) + 1;
  return pos.get(b)! === pos.get(a)! + 1;
}

/** Periods as compact ranges: 2010..2017, 2019 (consecutive in the indicator's period list). */
function ranges(ids: string[], order: string[]): string {
  const pos = new Map(order.map((p, i) => [p, i]));
  const sorted = [...ids].sort((a, b) => pos.get(a)! - pos.get(b)!);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && consecutive(sorted[i - 1], sorted[i], pos)) continue;
    out.push(i - 1 > start ? `${sorted[start]}..${sorted[i - 1]}` : sorted[start]);
    start = i;
  }
  return out.join(', ');
}

export interface Coverage {
  /** Area -> periods in which it has no observation although the period's layout includes it. */
  missing: Record<string, string[]>;
  /** Area -> periods with an explicit null (value not available, suppressed ...). */
  nulls: Record<string, string[]>;
}

/** Which areas of each period's layout lack a value. */
export function coverageOf(indicator: Indicator): Coverage {
  const missing: Record<string, string[]> = {};
  const nulls: Record<string, string[]> = {};
  for (const period of indicator.periods) {
    const layout = indicator.layouts[period.id];
    if (!layout) continue;
    for (const code of LAYOUT_AREAS[layout]) {
      const obs = indicator.values[code]?.[period.id];
      if (!obs) (missing[code] ??= []).push(period.id);
      else if (obs.value === null) (nulls[code] ??= []).push(period.id);
    }
  }
  return { missing, nulls };
}

function describeIndicator(ind: Indicator) {
  const order = ind.periods.map((p) => p.id);
  const layouts: { layout: string; periods: string; areas: number }[] = [];
  const byLayout = new Map<string, string[]>();
  for (const p of order) {
    const l = ind.layouts[p];
    if (!l) continue;
    byLayout.set(l, [...(byLayout.get(l) ?? []), p]);
  }
  for (const [layout, periods] of byLayout) {
    layouts.push({
      layout,
      periods: ranges(periods, order),
      areas: LAYOUT_AREAS[layout as keyof typeof LAYOUT_AREAS].length,
    });
  }
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    better: ind.better,
    decimals: ind.decimals,
    source: ind.source,
    periods: order,
    layouts,
    areas: Object.keys(ind.values).length,
    references: ind.references.map((r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      ...(r.value !== undefined ? { value: r.value } : {}),
      ...(r.year !== undefined ? { year: r.year } : {}),
      periods: Object.keys(r.values),
    })),
    coverage: coverageOf(ind),
  };
}

export async function inspectCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...INPUT_OPTIONS, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError('inspect takes one input file (see kz-indicators inspect --help)');
  const file = positionals[0];
  const { report, dataset, loaded } = await check(file, values, io);
  if (!dataset) {
    printProblems(io, file, report.problems);
    io.stderr(
      `${file}: not a valid document; fix the problems above (kz-indicators validate ${shellQuote(file)})\n`,
    );
    return 1;
  }
  const described = dataset.indicators.map(describeIndicator);
  if (values.json) {
    io.stdout(scriptSafeJson({ file, indicators: described, warnings: report.warnings }, 2) + '\n');
    return 0;
  }
  printWarnings(io, file, report.warnings);
  const lines: string[] = [];
  if (loaded?.kind === 'converted') {
    lines.push(
      `${file} (read as ${loaded.from}${sliceSummary(loaded.result) ? `; ${sliceSummary(loaded.result)}` : ''})`,
    );
  } else lines.push(file);
  for (const [i, d] of described.entries()) {
    const ind = dataset.indicators[i];
    const unit = localize(d.unit, 'en');
    lines.push('', `${d.id}: ${localize(d.name, 'en')}${unit ? ` (${unit})` : ''}`);
    const names = [d.name.kk && `kk: ${d.name.kk}`, d.name.ru && `ru: ${d.name.ru}`].filter(
      Boolean,
    );
    if (names.length) lines.push(`  ${names.join(' · ')}`);
    const src = [localize(d.source.name, 'en'), localize(d.source.licence, 'en'), d.source.url]
      .filter(Boolean)
      .join(' · ');
    lines.push(`  better: ${d.better} · decimals: ${d.decimals} · source: ${src}`);
    lines.push(
      `  periods: ${d.periods.length ? `${ranges(d.periods, d.periods)} (${d.periods.length})` : 'none'}`,
    );
    if (d.layouts.length) {
      lines.push(
        `  layouts: ${d.layouts.map((l) => `${l.periods} ${l.layout} (${l.areas} areas)`).join(' · ')}`,
      );
    }
    lines.push(`  areas with values: ${d.areas}`);
    for (const r of d.references) {
      const what =
        r.value !== undefined
          ? `${r.value}${r.year ? ` by ${r.year}` : ''}`
          : `${ranges(
              r.periods,
              ind.periods.map((p) => p.id),
            )} (${r.periods.length})`;
      lines.push(`  reference ${r.id} (${r.kind}) "${localize(r.label, 'en')}": ${what}`);
    }
    const missing = Object.entries(d.coverage.missing);
    const nulls = Object.entries(d.coverage.nulls);
    if (!missing.length && !nulls.length) {
      lines.push(
        d.layouts.length
          ? '  coverage: every area of each layout has a value in every period'
          : '  coverage: no area values',
      );
    } else {
      lines.push('  coverage gaps:');
      for (const [code, periods] of missing) {
        lines.push(
          `    ${code} ${areaInfo(code)?.names.en ?? ''}: no value in ${ranges(periods, d.periods)}`,
        );
      }
      for (const [code, periods] of nulls) {
        lines.push(
          `    ${code} ${areaInfo(code)?.names.en ?? ''}: missing (null) in ${ranges(periods, d.periods)}`,
        );
      }
    }
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

// ---------------------------------------------------------------------------------------------

export const MERGE_HELP = `Usage: kz-indicators merge <document.json>... [-o FILE]

Puts the indicators of several kz-indicators documents into one document (indicator ids must be
unique). Every input is validated first.

  -o, --out FILE            write the JSON to FILE (default: standard output)
  --compact                 one-line JSON

`;

export async function mergeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string', short: 'o' }, compact: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length < 2)
    throw new UsageError('merge needs two or more documents (see kz-indicators merge --help)');
  const docs: AnyDocumentInput[] = [];
  let failed = false;
  for (const file of positionals) {
    try {
      const json = parseJson((await readInput(file, io)).replace(/^\ufeff/, ''));
      const v = validateIndicators(json);
      if (!v.dataset) {
        printProblems(io, file, v.problems.map(fromParse));
        failed = true;
      } else docs.push(json as AnyDocumentInput);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      printProblems(io, file, e.problems);
      failed = true;
    }
  }
  if (failed) return 1;
  let merged: DocumentInput;
  try {
    merged = mergeDocuments(docs);
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    printProblems(io, '', e.problems);
    return 1;
  }
  const text = stringifyDocument(merged, { compact: Boolean(values.compact) });
  if (typeof values.out === 'string') await io.writeFile(values.out, text);
  else io.stdout(text);
  return 0;
}
