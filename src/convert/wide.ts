/**
 * CSV in wide layout, as the bureau lays out its tables: areas as rows, periods as columns.
 * Title and unit lines above the header are skipped; footnote lines below the table are skipped;
 * "-" marks a unit that did not exist that year; footnote markers on names and years
 * ("Туркестанская 1", "20232)") are removed with a warning.
 */
import { buildDocument, localizedFromText, type SourceRecord } from './build.js';
import { readDelimited, type DelimitedTable } from './csv.js';
import { ConvertError, type ConvertWarning } from './errors.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { looksLikePeriod, normalizePeriod } from './periods.js';
import { resolveArea } from '../data/areas.js';
import { DEFAULT_HEADERS, foldHeader } from './long.js';

export interface WideCsvOptions extends IndicatorOptions {
  delimiter?: string;
  /** Header of the column holding the areas; default: the first column that is not a period. */
  areaColumn?: string;
}

/**
 * Index of the header row: the first row with at least `min` cells that read as periods
 * (default 2), or -1.
 */
export function findWideHeader(rows: string[][], min = 2): number {
  return rows.findIndex((row) => row.filter((cell) => looksLikePeriod(cell)).length >= min);
}

// A table with one period column has its header on the first line.
const headerOf = (rows: string[][]) => {
  const at = findWideHeader(rows);
  return at >= 0 ? at : rows.length && rows[0].some((cell) => looksLikePeriod(cell)) ? 0 : -1;
};

/** The text of a line that is not data (a title, a footnote), as it was written. */
function rejoin(cells: string[], delimiter: string): string {
  return cells
    .map((c) => c.trim())
    .filter((c) => c)
    .join(`${delimiter === '\t' ? '' : delimiter} `);
}

function periodColumnsOf(header: string[], headerLine: number): number[] {
  const periodColumns = header.map((_, i) => i).filter((i) => looksLikePeriod(header[i]));
  if (periodColumns.length < 1) {
    throw new ConvertError([
      {
        line: headerLine,
        message: 'no period columns in the header',
        hint: 'a wide table has the areas as rows and one column per year (2019, 2019/2020, 2023-Q1 ...)',
      },
    ]);
  }
  return periodColumns;
}

/** The column named by `areaColumn`, matched exactly first and then ignoring case. */
function namedAreaColumn(header: string[], areaColumn: string, headerLine: number): number {
  let areaIndex = header.findIndex((h) => h === areaColumn);
  if (areaIndex < 0) areaIndex = header.findIndex((h) => foldHeader(h) === foldHeader(areaColumn));
  if (areaIndex < 0) {
    throw new ConvertError([
      {
        line: headerLine,
        message: `area column "${areaColumn}" is not in the header`,
        hint: `columns: ${header.join(', ')}`,
      },
    ]);
  }
  return areaIndex;
}

/** The column of the areas when none is named: a usual header, or the most area-like cells. */
function foundAreaColumn(table: DelimitedTable, periodColumns: number[]): number {
  const { header, rows } = table;
  const candidates = header.map((_, i) => i).filter((i) => !periodColumns.includes(i));
  const named = candidates.find((i) =>
    DEFAULT_HEADERS.area.some((h) => foldHeader(h) === foldHeader(header[i])),
  );
  // Otherwise the column whose cells are most often area names or codes.
  const score = (i: number) =>
    rows.slice(0, 60).filter((row) => resolveArea(row[i] ?? '', { suggest: false }).code !== null)
      .length;
  const best = candidates.reduce<number | undefined>(
    (b, i) => (b === undefined || score(i) > score(b) ? i : b),
    undefined,
  );
  const areaIndex = named ?? best ?? -1;
  if (areaIndex < 0) {
    throw new ConvertError([
      {
        line: table.headerLine,
        message: 'no column for the areas: every column is a period',
        hint: 'the first column should hold the area names or codes',
      },
    ]);
  }
  return areaIndex;
}

/**
 * Warnings about the header (lines skipped above it, columns left out) and the period id of each
 * period column, read once with its warnings on the header line.
 */
function readHeader(
  table: DelimitedTable,
  areaIndex: number,
  periodColumns: number[],
  warnings: ConvertWarning[],
): Map<number, string> {
  const { header, headerLine, preamble } = table;
  if (preamble.length) {
    warnings.push({
      line: preamble[0].line,
      code: 'lines-skipped',
      message: `skipped ${preamble.length} line(s) above the header: ${preamble
        .map((p) => JSON.stringify(rejoin(p.cells, table.delimiter).slice(0, 60)))
        .join(', ')}`,
    });
  }
  for (const i of header.map((_, k) => k)) {
    if (i !== areaIndex && !periodColumns.includes(i) && header[i] !== '') {
      warnings.push({
        line: headerLine,
        column: header[i],
        code: 'column-ignored',
        message: `column "${header[i]}" is neither the area nor a period and was left out`,
      });
    }
  }
  const periodIds = new Map<number, string>();
  for (const i of periodColumns) {
    const read = normalizePeriod(header[i]);
    if ('id' in read) {
      periodIds.set(i, read.id);
      if (read.note)
        warnings.push({
          line: headerLine,
          column: header[i],
          code: 'period-read',
          message: read.note,
        });
    }
  }
  return periodIds;
}

/** Where the areas and periods are, and where lines without values go. */
interface WidePlan {
  areaIndex: number;
  periodColumns: number[];
  periodIds: Map<number, string>;
  notes: string[];
  warnings: ConvertWarning[];
}

/** One record per period cell of each data row; a row without values is kept as a note. */
function recordsOf(table: DelimitedTable, plan: WidePlan): SourceRecord[] {
  const { header, rows, lines } = table;
  const { areaIndex, periodColumns } = plan;
  const records: SourceRecord[] = [];
  rows.forEach((row, r) => {
    const area = row[areaIndex] ?? '';
    const cells = periodColumns.map((i) => row[i] ?? '');
    if (cells.every((c) => c.trim() === '')) {
      // A footnote or a section title: no values at all.
      plan.notes.push(rejoin(row, table.delimiter));
      plan.warnings.push({
        line: lines[r],
        code: 'lines-skipped',
        message: `skipped a line without values: ${JSON.stringify(rejoin(row, table.delimiter).slice(0, 80))}`,
      });
      return;
    }
    if (area.trim() === '') {
      throw new ConvertError([
        {
          line: lines[r],
          column: header[areaIndex] || '1',
          message: 'values without an area name',
          hint: 'write the area in the first column, or remove the line',
        },
      ]);
    }
    periodColumns.forEach((i, k) => {
      records.push({
        line: lines[r],
        area,
        period: plan.periodIds.get(i) ?? header[i],
        value: cells[k],
        column: header[i],
        dims: {},
        areaLabel: localizedFromText(area, 'ru'),
      });
    });
  });
  return records;
}

/** Converts a wide-layout CSV text (areas x periods) to an indicator document. */
export function convertWideCsv(text: string, options: WideCsvOptions = {}): ConvertResult {
  const table = readDelimited(text, {
    delimiter: options.delimiter,
    headerRow: headerOf,
    allowEmptyNames: true,
    headerHint:
      'a wide table has a header line with one column per period (2019, 2019/2020, 2023-Q1 ...) in its first 50 lines; for one row per observation use --from csv (convertCsv)',
  });
  const { header, headerLine, preamble } = table;
  const warnings: ConvertWarning[] = [];
  const periodColumns = periodColumnsOf(header, headerLine);
  const areaIndex =
    options.areaColumn !== undefined
      ? namedAreaColumn(header, options.areaColumn, headerLine)
      : foundAreaColumn(table, periodColumns);
  const periodIds = readHeader(table, areaIndex, periodColumns, warnings);
  // Titles and footnotes, for the footnotes that say what a marked row held in which years.
  const notes = preamble.map((p) => rejoin(p.cells, table.delimiter));
  const plan: WidePlan = { areaIndex, periodColumns, periodIds, notes, warnings };
  const records = recordsOf(table, plan);
  return buildDocument(
    records,
    {
      columns: { area: header[areaIndex] || '1', period: 'header', value: 'value' },
      dimOrder: [],
      warnings,
      notes,
    },
    options,
  );
}
