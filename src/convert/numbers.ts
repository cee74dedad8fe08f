/**
 * Numbers as they appear in published tables: "1 234,5" (space or no-break space thousands and a
 * decimal comma), "1,234.5", "14901641.0", "12%", and markers for missing values.
 */
import type { MissingReason } from '../data/types.js';

export type DecimalMark = '.' | ',';

/** Cells that mean "no value", and why. `undefined` reason: the cell is left out entirely. */
const MISSING = new Map<string, MissingReason | undefined>([
  ['', undefined],
  // BNS: "-" no phenomenon, and the mark for units that did not exist that year.
  ['-', undefined],
  ['–', undefined],
  ['—', undefined],
  ['..', 'not-available'],
  ['...', 'not-available'],
  ['…', 'not-available'],
  [':', 'not-available'],
  ['na', 'not-available'],
  ['n/a', 'not-available'],
  ['nan', 'not-available'],
  ['null', 'not-available'],
  // BNS "х" (Cyrillic) and "x": confidential.
  ['x', 'suppressed'],
  ['х', 'suppressed'],
]);

export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'missing'; reason?: MissingReason }
  | { kind: 'invalid' };

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Which decimal mark a cleaned number text uses, when it can tell. */
function voteDecimal(text: string): DecimalMark | 'ambiguous' | undefined {
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  const mark = comma >= 0 ? ',' : dot >= 0 ? '.' : undefined;
  if (!mark) return undefined;
  const first = text.indexOf(mark);
  if (first !== text.lastIndexOf(mark)) return mark === ',' ? '.' : ','; // repeated: thousands
  const digitsAfter = text.length - first - 1;
  if (digitsAfter !== 3) return mark;
  // "1,234" or "1.234": thousands or decimals? "0,234" and "0.234" can only be decimals.
  return /^[-+]?0[.,]/.test(text) ? mark : 'ambiguous';
}

/**
 * Decides the decimal mark of a column from its cells. Returns the mark and whether the decision
 * rests only on ambiguous cells such as "1,234" (then `.` is assumed).
 */
export function detectDecimalMark(cells: Iterable<string>): {
  mark: DecimalMark;
  ambiguous: boolean;
  conflict?: [string, string];
} {
  let dotExample: string | undefined;
  let commaExample: string | undefined;
  let ambiguous = false;
  for (const raw of cells) {
    const text = raw.trim().replace(SPACES, '').replace(/%$/, '');
    // Two tests rather than one pattern with two stars around \d, which is quadratic on "1111x".
    if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) continue;
    const vote = voteDecimal(text);
    if (vote === '.') dotExample ??= raw.trim();
    else if (vote === ',') commaExample ??= raw.trim();
    else if (vote === 'ambiguous') ambiguous = true;
  }
  if (dotExample && commaExample) {
    return { mark: '.', ambiguous: false, conflict: [dotExample, commaExample] };
  }
  if (commaExample) return { mark: ',', ambiguous: false };
  return { mark: '.', ambiguous: ambiguous && !dotExample };
}

/** Parses one cell with a known decimal mark. */
export function parseCell(raw: string, mark: DecimalMark = '.'): Cell {
  const trimmed = raw.trim();
  const key = trimmed.toLowerCase();
  if (MISSING.has(key)) {
    const reason = MISSING.get(key);
    return reason ? { kind: 'missing', reason } : { kind: 'missing' };
  }
  let text = trimmed.replace(SPACES, '').replace(/%$/, '');
  // A leading Unicode minus sign, as some exports write it.
  text = text.replace(/^[\u2212\u2012]/, '-');
  const thousands = mark === ',' ? '.' : ',';
  if (!/^[-+]?(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)?([.,]\d+)?([eE][-+]?\d+)?$/.test(text)) {
    return { kind: 'invalid' };
  }
  if (!/\d/.test(text)) return { kind: 'invalid' };
  const decimalAt = text.lastIndexOf(mark);
  const intPart = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  if (intPart.includes(mark)) return { kind: 'invalid' };
  if (fraction.includes(thousands)) return { kind: 'invalid' };
  const groups = intPart.split(thousands);
  if (groups.length > 1 && !groups.slice(1).every((g) => /^\d{3}$/.test(g))) {
    return { kind: 'invalid' };
  }
  const value = Number(groups.join('') + (decimalAt >= 0 ? '.' + fraction : ''));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** Number of significant decimals written in a number text ("19.50" -> 1, "14901641.0" -> 0). */
export function writtenDecimals(raw: string, mark: DecimalMark = '.'): number {
  const text = raw
    .trim()
    .replace(SPACES, '')
    .replace(/[eE].*$/, '');
  const at = text.lastIndexOf(mark);
  if (at < 0) return 0;
  let end = text.length;
  while (end > at + 1 && text[end - 1] === '0') end--;
  return end - at - 1;
}

/** Decimals of a JavaScript number as printed (0.1 -> 1, 59.5420830262645 -> 13). */
export function numberDecimals(value: number): number {
  const text = String(value);
  if (/e-/.test(text)) return 20;
  const at = text.indexOf('.');
  return at < 0 ? 0 : text.length - at - 1;
}

/** The most common decimal count, capped, as the default display precision. */
export function typicalDecimals(counts: number[], cap = 2): number {
  if (!counts.length) return 0;
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [c, f] of freq)
    if (f > bestCount || (f === bestCount && c > best)) [best, bestCount] = [c, f];
  return Math.min(best, cap);
}
