// Quick input for articles: `values="51.1,45.3,,9.4"` and `periods="1990,1995,2000,2024"`.
import { parsePeriod } from '../data/periods.js';
import type { SparkPoint } from './extent.js';

/** Tokens that stand for a missing value: empty, `null`, `NA`, `n/a`, `..`, `-`, `–`, `—`. */
const MISSING = /^(|null|na|n\/a|\.\.|-|\u2013|\u2014)$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface ValueList {
  values: (number | null)[];
  /** Most digits written after the decimal point, used to format the values back. */
  decimals: number;
}

/**
 * parseValueList(text) reads numbers separated by commas (`51.1,45.3`), or by semicolons when
 * decimals are written with a comma (`51,1;45,3`). Missing values may be left empty or written
 * as `null`, `NA`, `n/a`, `..` or a dash. Throws on anything else, naming the item.
 */
export function parseValueList(text: string): ValueList {
  return remember(valueLists, text, readValueList);
}

// The same lists come back again and again on a page (a table of a thousand sparklines repeats a
// few hundred series and one or two period lists): each distinct text is read once. Errors are
// not remembered. The caches are bounded.
const valueLists = new Map<string, ValueList>();
const periodLists = new Map<string, readonly { id: string; x: number }[]>();
const LIMIT = 2000;

function remember<T>(cache: Map<string, T>, text: string, read: (text: string) => T): T {
  let result = cache.get(text);
  if (result === undefined) {
    result = read(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}

function readValueList(text: string): ValueList {
  const source = text.trim();
  if (!source) throw new Error('values: empty; write numbers separated by commas');
  const semicolons = source.includes(';');
  const items = source.split(semicolons ? ';' : ',');
  let decimals = 0;
  const values = items.map((raw, i) => {
    const item = raw.trim();
    if (MISSING.test(item)) return null;
    const normal = semicolons ? item.replace(',', '.') : item;
    if (!NUMBER.test(normal)) {
      throw new Error(
        `values[${i}]: "${item}" is not a number; ` +
          'use a dot for decimals (51.1) or separate with semicolons (51,1;45,3)',
      );
    }
    const fraction = /\.(\d+)/.exec(normal.split(/[eE]/)[0]);
    if (fraction) decimals = Math.max(decimals, fraction[1].length);
    return Number(normal);
  });
  if (values.every((v) => v == null)) {
    throw new Error('values: every item is missing; give at least one number');
  }
  return Object.freeze({ values: Object.freeze(values) as (number | null)[], decimals });
}

/**
 * quickPoints(values, periods) pairs a value list with an optional period list (same length, in
 * time order), read as the indicator format reads periods (`2019`, `2019/2020`, `2023-Q1`,
 * `2023-04`, and the other spellings parsePeriod accepts), each placed at its start. Without
 * periods, points are placed at 0, 1, 2... and carry no period id. Throws on a length mismatch,
 * a period that cannot be read, or periods out of order.
 */
export function quickPoints(values: readonly (number | null)[], periods?: string): SparkPoint[] {
  if (periods == null || !periods.trim()) {
    return values.map((value, i) => ({ period: '', x: i, value }));
  }
  const positions = remember(periodLists, periods, readPeriods);
  if (positions.length !== values.length) {
    throw new Error(
      `periods: ${positions.length} given for ${values.length} values; give one period per value`,
    );
  }
  return positions.map((p, i) => ({ period: p.id, x: p.x, value: values[i] }));
}

function readPeriods(periods: string): readonly { id: string; x: number }[] {
  const ids = periods.split(',').map((p) => p.trim());
  let previous = -Infinity;
  return Object.freeze(
    ids.map((id, i) => {
      const reading = parsePeriod(id);
      if (!reading.period) {
        throw new Error(
          `periods[${i}]: ${reading.error}${reading.hint ? `; ${reading.hint}` : ''}`,
        );
      }
      const x = reading.period.start;
      if (x <= previous) {
        throw new Error(
          `periods[${i}]: "${id}" is not after "${ids[i - 1]}"; list periods in time order`,
        );
      }
      previous = x;
      return { id: reading.period.id, x };
    }),
  );
}
