/**
 * CSV in long layout, one row per observation: the national SDG platform's Open SDG files
 * (`Year`, breakdown columns, `Value`; an empty breakdown cell is the total, a row without an area
 * is the national value), SDMX-CSV, World Bank downloads, and bureau tables with Russian headers.
 */
import { buildDocument, localizedFromText, type SourceRecord } from './build.js';
import { readDelimited, type DelimitedTable } from './csv.js';
import { ConvertError, type ConvertProblem, type ConvertWarning } from './errors.js';
import { parseCell } from './numbers.js';
import type { ConvertResult, IndicatorOptions } from './options.js';

/** Column roles; each is a header name as written in the file. */
export interface CsvColumns {
  area?: string;
  /** The source's own name of the area (labels reference series). */
  areaLabel?: string;
  period?: string;
  value?: string;
  lower?: string;
  upper?: string;
  status?: string;
  note?: string;
}

export interface CsvOptions extends IndicatorOptions {
  /** Field delimiter; detected by default. */
  delimiter?: string;
  columns?: CsvColumns;
  /** The period of every row, for files without a period column. */
  period?: string;
  /** Columns to leave out of the breakdowns (neither sliced nor reported). */
  ignoreColumns?: string[];
}

type Role = keyof CsvColumns;

// Header names recognised for each role, compared case-insensitively, in order of preference.
export const DEFAULT_HEADERS: Record<Role, string[]> = {
  area: [
    'REF_AREA',
    'GeoCode',
    'geo_code',
    'area_code',
    'area_id',
    'region_code',
    'Country Code',
    'country_code',
    'iso_code',
    'kato',
    'area',
    'region',
    'oblast',
    'область',
    'регион',
    'территория',
    'облыс',
    'өңір',
    'аймақ',
    'country',
    'Country Name',
    'geo',
  ],
  areaLabel: ['Country Name', 'Geographic area', 'area_name', 'region_name', 'name'],
  period: ['TIME_PERIOD', 'Year', 'period', 'time', 'date', 'год', 'период', 'жыл', 'кезең'],
  value: ['OBS_VALUE', 'Value', 'значение', 'мән'],
  lower: ['LOWER_BOUND', 'lower', 'lower_bound'],
  upper: ['UPPER_BOUND', 'upper', 'upper_bound'],
  status: ['OBS_STATUS', 'status'],
  note: ['COMMENT_OBS', 'OBS_FOOTNOTE', 'note', 'notes', 'comment'],
};

// SDMX-CSV bookkeeping columns that are never breakdowns.
const BOOKKEEPING = new Set(['dataflow', 'structure', 'structure_id', 'action']);

/** A header name as compared with another: trimmed, in lower case. */
export const foldHeader = (s: string) => s.trim().toLowerCase();

/** Finds the columns of each role: given names first, then the recognised headers. */
export function findColumns(
  header: string[],
  rows: string[][],
  given: CsvColumns = {},
  headerLine?: number,
): { roles: Partial<Record<Role, number>>; problems: ConvertProblem[] } {
  const roles: Partial<Record<Role, number>> = {};
  const problems: ConvertProblem[] = [];
  const taken = new Set<number>();
  const index = (name: string) => {
    const exact = header.indexOf(name);
    return exact >= 0 ? exact : header.findIndex((h) => foldHeader(h) === foldHeader(name));
  };
  for (const role of Object.keys(DEFAULT_HEADERS) as Role[]) {
    const name = given[role];
    if (name === undefined) continue;
    const i = index(name);
    if (i < 0) {
      problems.push({
        line: headerLine,
        message: `column "${name}" (given as the ${role} column) is not in the header`,
        hint: `columns: ${header.join(', ')}`,
      });
    } else {
      roles[role] = i;
      taken.add(i);
    }
  }
  for (const role of Object.keys(DEFAULT_HEADERS) as Role[]) {
    if (roles[role] !== undefined || given[role] !== undefined) continue;
    for (const name of DEFAULT_HEADERS[role]) {
      const i = index(name);
      if (i >= 0 && !taken.has(i)) {
        roles[role] = i;
        taken.add(i);
        break;
      }
    }
  }
  if (roles.value === undefined && given.value === undefined) {
    // The one remaining column whose cells are all numbers (e.g. "Население" in a BNS export).
    const numeric = header
      .map((_, i) => i)
      .filter((i) => !taken.has(i) && !BOOKKEEPING.has(foldHeader(header[i])))
      .filter((i) => {
        let numbers = 0;
        for (const row of rows.slice(0, 500)) {
          const cell = parseCell(row[i] ?? '', '.');
          const comma = parseCell(row[i] ?? '', ',');
          if (cell.kind === 'number' || comma.kind === 'number') numbers++;
          else if (cell.kind === 'invalid' && comma.kind === 'invalid') return false;
        }
        return numbers > 0;
      });
    if (numeric.length === 1) roles.value = numeric[0];
  }
  return { roles, problems };
}

/** Adds a problem for each of the area, period and value columns that was neither found nor named. */
function requireColumns(
  roles: Partial<Record<Role, number>>,
  options: CsvOptions,
  headerLine: number,
  problems: ConvertProblem[],
): void {
  const missing = (role: Role, what: string, hint: string) =>
    problems.push({
      line: headerLine,
      message: `no ${what} column (looked for ${DEFAULT_HEADERS[role].slice(0, 6).join(', ')} ...)`,
      hint,
    });
  if (roles.area === undefined && options.columns?.area === undefined) {
    missing('area', 'area', 'name the area column: --area-column (option columns.area)');
  }
  if (
    roles.period === undefined &&
    options.period === undefined &&
    options.columns?.period === undefined
  ) {
    missing(
      'period',
      'period',
      'name the period column: --period-column (option columns.period), or give one period for all rows: --period (option period); a table with one column per period is read with --from wide (convertWideCsv)',
    );
  }
  if (roles.value === undefined && options.columns?.value === undefined) {
    missing('value', 'value', 'name the value column: --value-column (option columns.value)');
  }
}

/** One record per row: the cells of the roles, and the breakdown columns `dimIndex`. */
function recordsOf(
  table: DelimitedTable,
  roles: Partial<Record<Role, number>>,
  dimIndex: number[],
  period: string | undefined,
): SourceRecord[] {
  const { header, rows, lines } = table;
  const get = (row: string[], role: Role) => {
    const i = roles[role];
    return i === undefined ? undefined : row[i];
  };
  return rows.map((row, r) => {
    const dims: Record<string, string> = {};
    for (const i of dimIndex) dims[header[i]] = row[i].trim();
    const label = get(row, 'areaLabel');
    const rec: SourceRecord = {
      line: lines[r],
      area: get(row, 'area') ?? '',
      period: period ?? get(row, 'period') ?? '',
      value: get(row, 'value') ?? '',
      dims,
    };
    if (roles.lower !== undefined) rec.lower = row[roles.lower];
    if (roles.upper !== undefined) rec.upper = row[roles.upper];
    if (roles.status !== undefined) rec.status = row[roles.status];
    if (roles.note !== undefined) rec.note = row[roles.note];
    if (label && label.trim()) rec.areaLabel = localizedFromText(label);
    return rec;
  });
}

/** Converts a long-layout CSV text to an indicator document. */
export function convertCsv(text: string, options: CsvOptions = {}): ConvertResult {
  const table = readDelimited(text, { delimiter: options.delimiter });
  const { header, rows, headerLine } = table;
  const { roles, problems } = findColumns(header, rows, options.columns, headerLine);
  requireColumns(roles, options, headerLine, problems);
  if (problems.length) throw new ConvertError(problems);

  const ignored = new Set((options.ignoreColumns ?? []).map(foldHeader));
  const roleIndex = new Set(Object.values(roles));
  const dimIndex = header
    .map((_, i) => i)
    .filter((i) => !roleIndex.has(i) || i === roles.areaLabel)
    .filter((i) => !BOOKKEEPING.has(foldHeader(header[i])) && !ignored.has(foldHeader(header[i])));
  const dimOrder = dimIndex.map((i) => header[i]);

  const warnings: ConvertWarning[] = [];
  const records = recordsOf(table, roles, dimIndex, options.period);
  const name = (role: Role) => (roles[role] === undefined ? undefined : header[roles[role]!]);
  return buildDocument(
    records,
    {
      columns: {
        area: name('area')!,
        period: name('period') ?? 'period',
        value: name('value')!,
        lower: name('lower'),
        upper: name('upper'),
        status: name('status'),
        note: name('note'),
      },
      dimOrder,
      warnings,
      periodHint: 'fill in the period, or give one period for all rows: --period (option period)',
    },
    options,
  );
}
