// Quick input for articles: `values="51.1,45.3,,9.4"` and `periods="1990,1995,2000,2024"`.
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
  return { values, decimals };
}

const YEAR = /^(\d{4})$/;
const SPAN = /^(\d{4})\/(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * periodPosition(id) places a period on the time axis as a decimal year: `2019` -> 2019,
 * `2019/2020` -> 2019, `2023-Q2` -> 2023.25, `2023-04` -> 2023.25. NaN when not recognised.
 */
export function periodPosition(id: string): number {
  let m = YEAR.exec(id) ?? SPAN.exec(id);
  if (m) return Number(m[1]);
  m = QUARTER.exec(id);
  if (m) return Number(m[1]) + (Number(m[2]) - 1) / 4;
  m = MONTH.exec(id);
  if (m) return Number(m[1]) + (Number(m[2]) - 1) / 12;
  return NaN;
}

/**
 * quickPoints(values, periods) pairs a value list with an optional period list (same length, in
 * time order). Without periods, points are placed at 0, 1, 2... and carry no period id. Throws
 * on a length mismatch, an unknown period format or periods out of order.
 */
export function quickPoints(values: readonly (number | null)[], periods?: string): SparkPoint[] {
  if (periods == null || !periods.trim()) {
    return values.map((value, i) => ({ period: '', x: i, value }));
  }
  const ids = periods.split(',').map((p) => p.trim());
  if (ids.length !== values.length) {
    throw new Error(
      `periods: ${ids.length} given for ${values.length} values; give one period per value`,
    );
  }
  let previous = -Infinity;
  return ids.map((id, i) => {
    const x = periodPosition(id);
    if (Number.isNaN(x)) {
      throw new Error(
        `periods[${i}]: "${id}" is not a period; write 2019, 2019/2020, 2023-Q1 or 2023-04`,
      );
    }
    if (x <= previous) {
      throw new Error(
        `periods[${i}]: "${id}" is not after "${ids[i - 1]}"; list periods in time order`,
      );
    }
    previous = x;
    return { period: id, x, value: values[i] };
  });
}
