/**
 * Reading delimited text as published by statistics offices and spreadsheets: detects the
 * delimiter, drops a byte-order mark, accepts LF, CRLF or CR line ends and quoted fields with
 * delimiters, quotes and line breaks inside, drops trailing columns without a header, and keeps
 * the line number of every row for messages. Cells are split by d3-dsv (`parseRows` only, which
 * compiles no code); a small scanner checks quoting first, because d3-dsv silently accepts an
 * unclosed quote or text after a closing quote.
 */
import { dsvFormat } from 'd3-dsv';
import { csvCell } from '../data/safe-output.js';
import { ConvertError, type ConvertProblem } from './errors.js';

export interface DelimitedText {
  delimiter: string;
  /** Header cells, trimmed. */
  header: string[];
  /** Data rows (empty lines skipped), each as long as the header. Cells are not trimmed. */
  rows: string[][];
  /** 1-based line where each row starts, parallel to `rows`. */
  lines: number[];
  /** Line of the header. */
  headerLine: number;
}

export interface ReadDelimitedOptions {
  /** Field delimiter; detected among `,` `;` tab and `|` when not given. */
  delimiter?: string;
  /**
   * Index (0-based, among non-empty rows) of the header row, or a function that picks it from the
   * first rows. Rows above the header are returned in `preamble`. Default 0.
   */
  headerRow?: number | ((rows: string[][]) => number);
  /** Hint given when `headerRow` finds no header. */
  headerHint?: string;
  /** Accept empty header cells (the area column of a bureau table often has none). */
  allowEmptyNames?: boolean;
}

export interface DelimitedTable extends DelimitedText {
  /** Non-empty rows above the header (titles, unit notes), with their lines. */
  preamble: { line: number; cells: string[] }[];
}

const CANDIDATES = [',', ';', '\t', '|'];
/**
 * Longest cell read, in characters: far above any name, number or period, and above the longest
 * note a document may hold (5,000). A longer cell is nearly always a quote that was never closed
 * or a binary file; refusing it keeps every later step fast.
 */
export const MAX_CELL_LENGTH = 10_000;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Removes a UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter that splits the first lines (outside quotes) into the same number of cells
 * most consistently. Returns `,` for single-column text.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number[]>(CANDIDATES.map((c) => [c, []]));
  let line = new Map<string, number>();
  let inQuotes = false;
  let lines = 0;
  let nonEmpty = false;
  const flush = () => {
    if (nonEmpty) {
      for (const c of CANDIDATES) counts.get(c)!.push(line.get(c) ?? 0);
      lines++;
    }
    line = new Map();
    nonEmpty = false;
  };
  for (let i = 0; i < text.length && lines < 30; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) flush();
    else if (!inQuotes && CANDIDATES.includes(ch)) line.set(ch, (line.get(ch) ?? 0) + 1);
    if (ch !== '\n' && ch !== '\r') nonEmpty = true;
  }
  flush();
  let best = ',';
  let bestScore = -1;
  for (const c of CANDIDATES) {
    const perLine = counts.get(c)!;
    if (!perLine.length) continue;
    // The most common non-zero count among the lines is taken as the row width.
    const freq = new Map<number, number>();
    for (const n of perLine) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    let width = 0;
    let agree = 0;
    for (const [n, f] of freq) if (f > agree || (f === agree && n > width)) [width, agree] = [n, f];
    if (!width) continue;
    const score = (agree / perLine.length) * 1000 + Math.min(width, 999);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * Scans quoting and returns the 1-based line where each physical row starts (including empty
 * lines, one entry per row that d3-dsv will return). Throws on an unclosed quote or on text after
 * a closing quote, naming the line and column.
 */
function scanRows(text: string, delimiter: string): number[] {
  const starts: number[] = [];
  const d = delimiter.charCodeAt(0);
  let line = 1;
  let i = 0;
  let cell = 1;
  const n = text.length;
  // Mirror of d3-dsv: a trailing line break does not start another row.
  let end = n;
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  if (end <= 0) return starts;
  starts.push(1);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && atCellStart(text, i, d)) {
      const openLine = line;
      i++;
      for (;;) {
        if (i >= end) {
          throw new ConvertError([
            {
              line: openLine,
              column: String(cell),
              message: 'quoted field is never closed',
              hint: 'a cell that starts with " must end with "; write a quote inside a cell as ""',
            },
          ]);
        }
        const q = text.charCodeAt(i);
        if (q === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === LF || (q === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      if (i < end) {
        const after = text.charCodeAt(i);
        if (after !== d && after !== LF && after !== CR) {
          throw new ConvertError([
            {
              line,
              column: String(cell),
              message: `unexpected text after a closing quote: ${JSON.stringify(text.slice(i, i + 20).split(/[\r\n]/)[0])}`,
              hint: 'quote the whole cell and double the quotes inside it ("say ""hi""")',
            },
          ]);
        }
      }
      continue;
    }
    if (c === d) cell++;
    else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      line++;
      cell = 1;
      starts.push(line);
    }
    i++;
  }
  return starts;
}

function atCellStart(text: string, i: number, d: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  return prev === d || prev === LF || prev === CR;
}

function checkCellLengths(rows: string[][], starts: number[]): void {
  const problems: ConvertProblem[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.length <= MAX_CELL_LENGTH || problems.length >= 5) return;
      problems.push({
        line: starts[r],
        column: String(c + 1),
        message: `a cell of ${cell.length.toLocaleString('en')} characters (at most ${MAX_CELL_LENGTH.toLocaleString('en')} are read)`,
        hint: 'check the quoting near this line: a quote that is never closed joins many lines into one cell; notes longer than 5,000 characters belong in a linked page',
      });
    });
  });
  if (problems.length) throw new ConvertError(problems);
}

function isEmptyRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** The header's problems: empty names (unless allowed) and names given twice. */
function headerProblems(header: string[], line: number, allowEmptyNames = false): ConvertProblem[] {
  const problems: ConvertProblem[] = [];
  header.forEach((name, i) => {
    if (name === '' && !allowEmptyNames) {
      problems.push({
        line,
        column: String(i + 1),
        message: 'empty column name in the header',
        hint: 'give every column a name',
      });
    }
  });
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') return;
    if (seen.has(name)) {
      problems.push({
        line,
        column: name,
        message: `column name repeated (columns ${seen.get(name)! + 1} and ${i + 1})`,
        hint: 'rename one of the columns',
      });
    } else seen.set(name, i);
  });
  return problems;
}

/**
 * Rows cut or padded to the header's `width`; a value in a column without a header is added to
 * `problems` (one per row, at most 20 problems in all).
 */
function fitRows(
  body: string[][],
  lines: number[],
  width: number,
  problems: ConvertProblem[],
): string[][] {
  return body.map((row, r) => {
    for (let c = width; c < row.length; c++) {
      if (row[c].trim() !== '' && problems.length < 20) {
        problems.push({
          line: lines[r],
          column: String(c + 1),
          message: `value ${JSON.stringify(row[c])} in a column without a header (the header has ${width} columns)`,
          hint: 'name the column in the header, or check the delimiter and quoting of this line',
        });
        break;
      }
    }
    if (row.length === width) return row;
    if (row.length > width) return row.slice(0, width);
    return row.concat(Array<string>(width - row.length).fill(''));
  });
}

/** The rows of `text` that are not empty, with the line each starts on. */
function nonEmptyRows(text: string, delimiter: string): { rows: string[][]; lines: number[] } {
  const starts = scanRows(text, delimiter);
  const parsed = dsvFormat(delimiter).parseRows(text);
  if (parsed.length !== starts.length) {
    // Both follow the same rules; a mismatch would be a bug in the scanner.
    throw new Error(`row count mismatch: ${parsed.length} rows, ${starts.length} row starts`);
  }
  checkCellLengths(parsed, starts);
  const rows: string[][] = [];
  const lines: number[] = [];
  parsed.forEach((row, i) => {
    if (!isEmptyRow(row)) {
      rows.push(row);
      lines.push(starts[i]);
    }
  });
  if (!rows.length) throw new ConvertError([{ message: 'the input has no rows' }]);
  return { rows, lines };
}

/**
 * Reads delimited text into a header and rows with line numbers. Trailing columns without a
 * header are dropped (an error when a row has a value in one); short rows are padded with empty
 * cells; rows longer than the header with non-empty extra cells are an error.
 */
export function readDelimited(input: string, options: ReadDelimitedOptions = {}): DelimitedTable {
  const text = stripBom(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new ConvertError([{ message: `invalid delimiter: ${JSON.stringify(delimiter)}` }]);
  }
  const { rows, lines } = nonEmptyRows(text, delimiter);
  const pick = options.headerRow ?? 0;
  const headerIndex = typeof pick === 'function' ? pick(rows.slice(0, 50)) : pick;
  if (headerIndex < 0 || headerIndex >= rows.length) {
    throw new ConvertError([
      {
        message: 'no header row found',
        ...(options.headerHint ? { hint: options.headerHint } : {}),
      },
    ]);
  }
  const preamble = rows.slice(0, headerIndex).map((cells, i) => ({ line: lines[i], cells }));
  const rawHeader = rows[headerIndex].map((cell) => cell.trim());
  let width = rawHeader.length;
  while (width > 0 && rawHeader[width - 1] === '') width--;
  const header = rawHeader.slice(0, width);
  const problems = headerProblems(header, lines[headerIndex], options.allowEmptyNames);
  const bodyLines = lines.slice(headerIndex + 1);
  const out = fitRows(rows.slice(headerIndex + 1), bodyLines, width, problems);
  if (problems.length) throw new ConvertError(problems);
  return {
    delimiter,
    header,
    rows: out,
    lines: bodyLines,
    headerLine: lines[headerIndex],
    preamble,
  };
}

/**
 * Writes rows as delimited text, the inverse of `readDelimited` except that cells a spreadsheet
 * would run as formulas are defused with an apostrophe (`guardFormula`); a cell is quoted when it
 * holds a quote, a line break, or the delimiter of any locale (`,` `;` tab), so that Excel set to
 * another list separator still reads it as one cell.
 */
export function formatDelimited(rows: string[][], delimiter = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\n');
}
