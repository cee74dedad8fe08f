/**
 * Converting a workbook (`.xlsx`, `.xls`) to an indicator document: the sheet and its table are
 * found (or chosen), then the table goes through the same converters as a CSV file, wide (one
 * column per period) or long (columns of fields or breakdowns, one of them the values). The CLI's
 * `convert` and the builder page both call this: one reader, two front ends.
 */
import type { ConvertWarning } from './errors.js';
import { ConvertError } from './errors.js';
import { convertCsv, DEFAULT_HEADERS, foldHeader, type CsvOptions } from './long.js';
import type { ConvertResult } from './options.js';
import { findSheetTable, pickSheet, type SheetTable } from './sheet-table.js';
import { readWorkbook, type SheetGrid, type Workbook } from './spreadsheet.js';
import { convertWideCsv } from './wide.js';

export interface SpreadsheetOptions extends CsvOptions {
  /** Sheet name, or its number from 1; default: the sheet that names most areas. */
  sheet?: string | number;
  /** 1-based row of the header (the last one when it spans several rows); default: found. */
  headerRow?: number;
}

export interface SpreadsheetResult extends ConvertResult {
  /** The table that was read, with the sheet's name, its header and the columns' roles. */
  table: SheetTable;
  /** Every sheet of the workbook, in order. */
  sheets: string[];
}

/** What the sheet's cells held that was not read as written: formulas and error values. */
function cellWarnings(grid: SheetGrid): ConvertWarning[] {
  const warnings: ConvertWarning[] = [];
  if (grid.formulas) {
    warnings.push({
      code: 'formulas-read-as-values',
      message: `${grid.formulas} cell(s) of the sheet hold formulas: the values the spreadsheet saved were read; nothing was computed`,
    });
  }
  if (grid.errors) {
    warnings.push({
      code: 'error-cells',
      message: `${grid.errors} cell(s) of the sheet hold an error (#N/A, #DIV/0! ...) and were read as empty`,
    });
  }
  return warnings;
}

/** A table with one column per period, read like a wide CSV. */
function convertWideSheet(
  book: Workbook,
  grid: SheetGrid,
  table: SheetTable,
  options: SpreadsheetOptions,
): ConvertResult {
  // One-cell rows may be the footnotes of marked rows: this sheet's first, then the book's
  // (the bureau writes a footnote once for the sheets of one table).
  const footnotes = [grid, ...book.sheets]
    .flatMap((sheet) => sheet.cells)
    .flatMap((row) => {
      const texts = row.filter((cell) => cell.trim() !== '');
      return texts.length === 1 ? texts : [];
    });
  const areaColumn = table.header[table.areaColumn];
  return convertWideCsv(table.text, { ...options, delimiter: ',', areaColumn, footnotes });
}

/** The period of every value of a table without period columns: the year its title names. */
function periodFromTitle(table: SheetTable, warnings: ConvertWarning[]): string {
  const period = table.periodHint;
  if (period === undefined) {
    throw new ConvertError([
      {
        message: `the table of the sheet "${table.sheet}" has no period: no column per year and no year column`,
        hint: 'give the period of every value (--period 2023)',
      },
    ]);
  }
  warnings.push({
    line: table.titles[0]?.row,
    code: 'period-from-title',
    message: `every value is read as of ${period}, the year named in the title`,
    hint: 'give another period with --period',
  });
  return period;
}

/** A table whose columns are fields or breakdowns, read like a long CSV. */
function convertLongSheet(
  table: SheetTable,
  options: SpreadsheetOptions,
  warnings: ConvertWarning[],
): ConvertResult {
  const named = (role: keyof typeof DEFAULT_HEADERS) =>
    table.header.some((h) => DEFAULT_HEADERS[role].some((d) => foldHeader(d) === foldHeader(h)));
  const columns = { ...options.columns, area: table.header[table.areaColumn] };
  let period = options.period;
  let ignoreColumns = options.ignoreColumns;
  if (!options.columns?.period && !named('period') && period === undefined) {
    period = periodFromTitle(table, warnings);
  }
  // The value columns other than the chosen one are left out.
  const othersThan = (chosen: number) => [
    ...(ignoreColumns ?? []),
    ...table.valueColumns.filter((c) => c !== chosen).map((c) => table.header[c]),
  ];
  if (!options.columns?.value && !named('value') && table.valueColumns.length > 0) {
    // Columns of breakdowns (all, men, women, urban ...): the first is the values; the others
    // are left out rather than read as breakdowns.
    const chosen = table.valueColumns[0];
    columns.value = table.header[chosen];
    ignoreColumns = othersThan(chosen);
  } else if (options.columns?.value) {
    const value = foldHeader(options.columns.value);
    ignoreColumns = othersThan(table.header.findIndex((h) => foldHeader(h) === value));
  }
  return convertCsv(table.text, {
    ...options,
    delimiter: ',',
    columns,
    period,
    ignoreColumns,
  });
}

/** Converts the chosen (or found) table of a workbook already read. */
export function convertSheet(book: Workbook, options: SpreadsheetOptions = {}): SpreadsheetResult {
  const grid = pickSheet(book, options.sheet);
  const table = findSheetTable(grid, {
    headerRow: options.headerRow,
    areaColumn: options.columns?.area,
  });
  const warnings: ConvertWarning[] = [...table.warnings, ...cellWarnings(grid)];
  const result =
    table.layout === 'wide'
      ? convertWideSheet(book, grid, table, options)
      : convertLongSheet(table, options, warnings);
  return {
    ...result,
    warnings: [...warnings, ...result.warnings],
    table,
    sheets: book.sheets.map((s) => s.name),
  };
}

/** Reads the bytes of a `.xlsx` or `.xls` file and converts its table. */
export async function convertWorkbook(
  bytes: Uint8Array,
  options: SpreadsheetOptions = {},
): Promise<SpreadsheetResult> {
  return convertSheet(await readWorkbook(bytes), options);
}
