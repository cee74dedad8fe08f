/**
 * Finding the table in a sheet as the bureau lays it out: title and unit rows above, a header of
 * one or several rows (merged cells spread over the columns they cover), the areas in one column,
 * periods or breakdowns across, footnotes below, and sometimes the same areas again in further
 * sections (urban, rural). The result is a delimited text whose line N is row N of the sheet, so
 * that every message of the converters points at the row the editor sees.
 */
import { isNational, resolveArea } from '../data/areas.js';
import { formatDelimited } from './csv.js';
import { ConvertError, type ConvertWarning } from './errors.js';
import { parseCell } from './numbers.js';
import { looksLikePeriod } from './periods.js';
import type { SheetGrid, Workbook } from './spreadsheet.js';

export interface SheetTableOptions {
  /** 1-based row of the header (its last row when it spans several); default: found. */
  headerRow?: number;
  /** Header text of the column of areas; default: the column with most area names. */
  areaColumn?: string;
}

export interface SheetTable {
  sheet: string;
  /** 1-based first and last rows of the header. */
  headerRows: [number, number];
  /** Column labels, merged header rows joined with " / ". */
  header: string[];
  /** Texts above the header (title, unit), with their 1-based rows. */
  titles: { row: number; text: string }[];
  /** `wide`: one column per period; `long`: columns are fields or breakdowns. */
  layout: 'wide' | 'long';
  /** 0-based column of the areas. */
  areaColumn: number;
  periodColumns: number[];
  /** Columns other than the areas whose cells are mostly numbers. */
  valueColumns: number[];
  /** 1-based rows of the data (first and last kept). */
  dataRows: [number, number];
  /** A year named in the titles ("на 1 января 2023 года"), for tables without period columns. */
  periodHint?: string;
  /** Comma-separated text: line N is row N; rows outside the table are empty lines. */
  text: string;
  warnings: ConvertWarning[];
}

/** Spreadsheet column letters of a 0-based column (0 -> A, 27 -> AB). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const isNumber = (text: string) => text.trim() !== '' && parseCell(text).kind === 'number';
const filled = (row: string[] | undefined) => (row ?? []).filter((c) => c.trim() !== '').length;
const areaOf = (text: string) =>
  resolveArea(text, { suggest: false }).code ?? (isNational(text) ? 'national' : null);

/** Per column, how many rows name an area (any level of the area tables). */
function areaScores(cells: string[][]): number[] {
  const scores: number[] = [];
  const limit = Math.min(cells.length, 2000);
  for (let r = 0; r < limit; r++) {
    cells[r].forEach((text, c) => {
      if (text && !isNumber(text) && areaOf(text) !== null) scores[c] = (scores[c] ?? 0) + 1;
    });
  }
  return scores;
}

/** How many distinct areas a sheet names in its best column: picks the sheet of a workbook. */
export function sheetScore(grid: SheetGrid): number {
  const scores = areaScores(grid.cells);
  const column = scores.reduce((b, s, c) => ((s ?? 0) > (scores[b] ?? 0) ? c : b), 0);
  const codes = new Set<string>();
  for (const row of grid.cells.slice(0, 2000)) {
    const code = row[column] ? areaOf(row[column]) : null;
    if (code) codes.add(code);
  }
  return codes.size;
}

/** The sheet named (or numbered from 1) by `choice`, or the one with most area names. */
export function pickSheet(book: Workbook, choice?: string | number): SheetGrid {
  const names = book.sheets.map((s) => s.name);
  if (choice !== undefined && choice !== '') {
    const text = String(choice).trim();
    const byName =
      book.sheets.find((s) => s.name === text) ??
      book.sheets.find((s) => s.name.trim().toLowerCase() === text.toLowerCase());
    if (byName) return byName;
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (n >= 1 && n <= book.sheets.length) return book.sheets[n - 1];
    throw new ConvertError([
      {
        message: `no sheet "${text}" in the workbook`,
        hint: `sheets: ${names.map((n, i) => `${i + 1} "${n}"`).join(', ')}`,
      },
    ]);
  }
  let best = book.sheets[0];
  let bestScore = -1;
  for (const sheet of book.sheets) {
    const score = sheetScore(sheet);
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}

/** The merged range that covers a cell, if any. */
const mergeAt = (grid: SheetGrid, r: number, c: number) =>
  grid.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);

/** Text of a cell, or of the merged range that covers it. */
function mergedText(grid: SheetGrid, r: number, c: number): string {
  const own = grid.cells[r]?.[c] ?? '';
  if (own.trim()) return own;
  const m = mergeAt(grid, r, c);
  return m ? (grid.cells[m.top]?.[m.left] ?? '') : '';
}

// "Of which" headers: their columns break down the column on their left.
const OF_WHICH = /^(в том числе|соның ішінде|of which|including)/i;

/** A header cell's text; "of which" is replaced by the heading of the column it breaks down. */
function headerText(grid: SheetGrid, r: number, c: number): string {
  const text = mergedText(grid, r, c).trim();
  if (!OF_WHICH.test(text)) return text;
  const left = (mergeAt(grid, r, c)?.left ?? c) - 1;
  return left >= 0 ? mergedText(grid, r, left).trim() : text;
}

function headerLabels(grid: SheetGrid, first: number, last: number, width: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      const text = headerText(grid, r, c);
      if (text && !parts.includes(text)) parts.push(text);
    }
    const bottom = parts[parts.length - 1] ?? '';
    labels.push(looksLikePeriod(bottom) ? bottom : parts.join(' / '));
  }
  // Labels must be unique: a repeat gets its column letter.
  return labels.map((label, c) =>
    label && labels.indexOf(label) !== c ? `${label} (${columnLetter(c)})` : label,
  );
}

/** First row that names an area in `column` and has a number elsewhere. */
function firstDataRow(cells: string[][], column: number, from: number): number {
  for (let r = from; r < cells.length; r++) {
    const row = cells[r];
    const area = row[column] ?? '';
    if (area && areaOf(area) !== null && row.some((t, c) => c !== column && isNumber(t))) return r;
  }
  return -1;
}

function findHeader(grid: SheetGrid, areaColumn: number, headerRow?: number): [number, number] {
  const { cells } = grid;
  let last: number;
  if (headerRow !== undefined) {
    if (headerRow < 1 || headerRow > cells.length) {
      throw new ConvertError([
        {
          message: `header row ${headerRow} is outside the sheet "${grid.name}" (rows 1-${cells.length})`,
          hint: 'give the number of the row that holds the column names, as shown at the left of the sheet',
        },
      ]);
    }
    last = headerRow - 1;
  } else {
    const data = firstDataRow(cells, areaColumn, 0);
    if (data < 1) {
      throw new ConvertError([
        {
          message: `no table found in the sheet "${grid.name}": no row names an area beside a number`,
          hint: 'pick the sheet with the table (--sheet), or name the header row (--header-row)',
        },
      ]);
    }
    last = data - 1;
    while (last > 0 && filled(cells[last]) < 2) last--;
  }
  // A header of several rows: cells merged down into the last header row start higher.
  let first = last;
  for (const m of grid.merges) {
    if (m.bottom >= last && m.top < first && m.top >= 0 && last - m.top < 6) first = m.top;
  }
  return [first, last];
}

function isTitleRow(row: string[]): boolean {
  return filled(row) >= 1;
}

/**
 * The data rows: below the header, up to a repeat of the areas (a further section of the sheet);
 * rows outside the table are emptied, so that line N of the text stays row N of the sheet.
 */
function dataRows(
  cells: string[][],
  header: string[],
  last: number,
  areaColumn: number,
  warnings: ConvertWarning[],
) {
  const seen = new Set<string>();
  let end = cells.length;
  let lastWithNumbers = last;
  for (let r = last + 1; r < cells.length; r++) {
    const row = cells[r];
    const hasNumbers = row.some((t, c) => c !== areaColumn && isNumber(t));
    const area = (row[areaColumn] ?? '').trim().toLowerCase();
    if (hasNumbers && area) {
      if (seen.has(area)) {
        let cut = r;
        while (cut - 1 > lastWithNumbers && filled(cells[cut - 1]) > 0) cut--;
        end = cut;
        warnings.push({
          line: cut + 1,
          code: 'section-left-out',
          message: `rows ${cut + 1}-${cells.length} repeat the areas of the table (another section: ${JSON.stringify((cells[cut][areaColumn] ?? cells[cut].find((t) => t) ?? '').slice(0, 60))}) and were left out`,
          hint: 'to convert that section, copy it to a sheet of its own with the header above it',
        });
        break;
      }
      seen.add(area);
    }
    if (hasNumbers) lastWithNumbers = r;
  }
  const kept: string[][] = [];
  const droppedBelow: number[] = [];
  for (let r = 0; r < end; r++) {
    if (r < last) kept.push([]);
    else if (r === last) kept.push(header);
    else if (r > lastWithNumbers && filled(cells[r]) > 1) {
      // Below the data: signatures, addresses. Footnotes (one cell) stay, for the converter to report.
      droppedBelow.push(r + 1);
      kept.push([]);
    } else kept.push(cells[r]);
  }
  if (droppedBelow.length) {
    warnings.push({
      line: droppedBelow[0],
      code: 'lines-skipped',
      message: `left out ${droppedBelow.length} row(s) below the table (rows ${droppedBelow[0]}-${droppedBelow[droppedBelow.length - 1]})`,
    });
  }
  return { end, lastWithNumbers, kept };
}

/** Finds the table of a sheet. Throws a ConvertError when the sheet holds none. */
export function findSheetTable(grid: SheetGrid, options: SheetTableOptions = {}): SheetTable {
  const { cells } = grid;
  const warnings: ConvertWarning[] = [];
  const scores = areaScores(cells);
  let areaColumn = scores.reduce((b, s, c) => ((s ?? 0) > (scores[b] ?? 0) ? c : b), 0);
  const [first, last] = findHeader(grid, areaColumn, options.headerRow);
  const width = Math.max(0, ...cells.slice(last).map((r) => r.length));
  // A column without a name is named by its letter, so that messages can point at it.
  const header = headerLabels(grid, first, last, width).map((h, c) => h || columnLetter(c));
  if (options.areaColumn !== undefined) {
    const wanted = options.areaColumn.trim().toLowerCase();
    const at = header.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (at >= 0) areaColumn = at;
  }
  const periodColumns = header
    .map((h, c) => (c !== areaColumn && looksLikePeriod(h) ? c : -1))
    .filter((c) => c >= 0);

  const { end, lastWithNumbers, kept } = dataRows(cells, header, last, areaColumn, warnings);
  const titles = cells
    .slice(0, first)
    .map((row, r) => ({ row: r + 1, text: row.filter((t) => t.trim()).join(' ') }))
    .filter((t) => isTitleRow(cells[t.row - 1]));
  if (titles.length) {
    warnings.push({
      line: titles[0].row,
      code: 'lines-skipped',
      message: `skipped ${titles.length} row(s) above the header: ${titles.map((t) => JSON.stringify(t.text.slice(0, 60))).join(', ')}`,
    });
  }
  const dataCells = cells.slice(last + 1, Math.min(end, lastWithNumbers + 1));
  const valueColumns = header
    .map((_, c) => c)
    .filter((c) => {
      if (c === areaColumn) return false;
      const texts = dataCells.map((row) => row[c] ?? '').filter((t) => t.trim());
      return texts.length > 0 && texts.filter(isNumber).length >= texts.length / 2;
    });
  const year = titles
    .map((t) => /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(t.text)?.[1])
    .find(Boolean);
  return {
    sheet: grid.name,
    headerRows: [first + 1, last + 1],
    header,
    titles,
    layout: periodColumns.length ? 'wide' : 'long',
    areaColumn,
    periodColumns,
    valueColumns,
    dataRows: [last + 2, Math.min(end, lastWithNumbers + 1)],
    periodHint: year,
    text: formatDelimited(kept.map((row) => row.slice(0, Math.max(width, 1)))),
    warnings,
  };
}
