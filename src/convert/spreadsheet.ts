/**
 * Reading `.xlsx` and `.xls` (BIFF8) workbooks into grids of text, for the converters. The
 * workbook library (SheetJS Community Edition, from the `@e965/xlsx` republication, see the README)
 * is loaded on first use only, so that nothing that merely imports the converters pays for it.
 * Formulas are read as the values the spreadsheet saved with them and never evaluated; macros,
 * links, comments and styles are never read.
 */
import { ConvertError } from './errors.js';

/** One sheet as text: `cells[r][c]` is the cell at 0-based row r and column c (row 0 is row 1). */
export interface SheetGrid {
  name: string;
  cells: string[][];
  /** Merged ranges, 0-based and inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Number of cells that held a formula (their saved values were read). */
  formulas: number;
  /** Number of cells with an error value (#DIV/0!, #N/A ...), read as empty. */
  errors: number;
}

export interface Workbook {
  format: 'xlsx' | 'xls';
  sheets: SheetGrid[];
}

/** Why a file could not be read; `code` lets an interface say it in the reader's language. */
export type SpreadsheetProblem =
  'not-a-spreadsheet' | 'encrypted' | 'too-large' | 'too-many-rows' | 'empty' | 'unreadable';

export class SpreadsheetError extends ConvertError {
  constructor(
    readonly code: SpreadsheetProblem,
    message: string,
    hint: string,
  ) {
    super([{ message, hint }]);
    this.name = 'SpreadsheetError';
  }
}

/** Largest file read (bytes): the bureau's tables are well under 1 MB. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
/** Most rows read from one sheet. */
export const MAX_SHEET_ROWS = 50_000;
/** Longest cell text kept; longer texts are cut (no area name or header is this long). */
export const MAX_CELL_LENGTH = 500;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The container of a workbook from its first bytes: a ZIP (`.xlsx`) or an OLE compound file
 * (`.xls`, or an encrypted `.xlsx`); null for anything else (a PDF, an image, a text).
 */
export function sniffWorkbook(bytes: Uint8Array): 'xlsx' | 'xls' | null {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) return 'xls';
  return null;
}

/** Whether a file name or first bytes look like a workbook rather than text. */
export function isSpreadsheetName(name: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(name);
}

// Control characters other than tab and line breaks, which no table means to hold.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A cell's text as the converters read it: one line, no control characters, bounded length. */
export function cleanCellText(text: string): string {
  const flat = text.replace(CONTROL, '').replace(/\s*[\r\n]+\s*/g, ' ');
  return flat.length > MAX_CELL_LENGTH ? `${flat.slice(0, MAX_CELL_LENGTH)}…` : flat;
}

interface RawCell {
  t?: string;
  v?: unknown;
  f?: string;
}

function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'n':
      // The stored number in full, not its display format ("1,234" or "12%" would lose digits).
      return Number.isFinite(cell.v) ? String(cell.v) : '';
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : '';
    default:
      return cleanCellText(String(cell.v));
  }
}

type Library = typeof import('@e965/xlsx');
let library: Promise<Library> | undefined;

/** Loads the workbook library once (a separate download in browsers). */
export function loadSpreadsheetLibrary(): Promise<Library> {
  library ??= import('@e965/xlsx');
  return library;
}

const tooMany = () =>
  new SpreadsheetError(
    'too-many-rows',
    `a sheet has more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows`,
    'keep only the table of the indicator (one row per area) in the sheet, or save it as CSV',
  );

function readOrExplain(xlsx: Library, bytes: Uint8Array) {
  try {
    return xlsx.read(bytes, {
      type: 'array',
      dense: true,
      // Formulas are kept only to be counted; their saved values are what is read.
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: true,
      bookVBA: false,
      sheetRows: MAX_SHEET_ROWS + 1,
    });
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    if (/password|encrypt/i.test(text)) {
      throw new SpreadsheetError(
        'encrypted',
        'the workbook is protected by a password',
        'open it in a spreadsheet program, remove the password (File > Info > Protect workbook) and save it again',
      );
    }
    throw new SpreadsheetError(
      'unreadable',
      `the workbook could not be read (${text.slice(0, 120)})`,
      'open it in a spreadsheet program and save it again as .xlsx, or save the sheet as CSV',
    );
  }
}

/** Reads a workbook's sheets as text grids. Throws a SpreadsheetError with a hint. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(0);
    throw new SpreadsheetError(
      'too-large',
      `the file is ${mb} MB; spreadsheets are read up to ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB`,
      'copy the sheet with the table into a new workbook, or save it as CSV',
    );
  }
  const format = sniffWorkbook(bytes);
  if (!format) {
    throw new SpreadsheetError(
      'not-a-spreadsheet',
      'the file is not an Excel workbook (.xlsx or .xls), whatever its name says',
      'open it in the program that made it and save or export it as .xlsx or CSV',
    );
  }
  const xlsx = await loadSpreadsheetLibrary();
  const book = readOrExplain(xlsx, bytes);
  const sheets = book.SheetNames.map((name) => gridOf(name, book.Sheets[name]));
  if (sheets.some((s) => s.cells.length > MAX_SHEET_ROWS)) throw tooMany();
  if (!sheets.some((s) => s.cells.some((row) => row.some((c) => c !== '')))) {
    throw new SpreadsheetError(
      'empty',
      'the workbook has no filled cells',
      'check that you picked the right file; a table needs areas in one column and values beside them',
    );
  }
  return { format, sheets };
}

function gridOf(name: string, sheet: import('@e965/xlsx').WorkSheet): SheetGrid {
  const data = (sheet['!data'] ?? []) as (RawCell[] | undefined)[];
  let formulas = 0;
  let errors = 0;
  const cells: string[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    const texts: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.f) formulas++;
      if (cell?.t === 'e') errors++;
      texts.push(cellText(cell));
    }
    while (texts.length && texts[texts.length - 1] === '') texts.pop();
    cells.push(texts);
  }
  while (cells.length && !cells[cells.length - 1].length) cells.pop();
  const merges = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  return { name: cleanCellText(name), cells, merges, formulas, errors };
}
