import type { Period, PeriodKind } from './types.js';

/** Years outside this range are refused (typing slips such as `20199` or `219`). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

export type PeriodReading =
  | {
      period: Period;
      /** Set when the input was accepted in another spelling: says what it was read as. */
      warning?: string;
    }
  | { period: undefined; error: string; hint?: string };

const KIND_ORDER: Record<PeriodKind, number> = { year: 0, span: 1, quarter: 2, month: 3 };

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const HINT =
  'write a year "2019", a school or fiscal year "2019/2020", a quarter "2023-Q1" or a month "2023-04"';

function make(id: string, kind: PeriodKind, start: number, end: number): Period {
  return { id, kind, start, end };
}

function year(y: number): Period {
  return make(String(y), 'year', y, y + 1);
}

function span(a: number, b: number): Period {
  // A school or fiscal year a/b runs from the middle of year a to the middle of year b.
  return make(`${a}/${b}`, 'span', a + 0.5, b + 0.5);
}

function quarter(y: number, q: number): Period {
  return make(`${y}-Q${q}`, 'quarter', y + (q - 1) / 4, y + q / 4);
}

function month(y: number, m: number): Period {
  return make(`${y}-${String(m).padStart(2, '0')}`, 'month', y + (m - 1) / 12, y + m / 12);
}

function outOfRange(text: string): PeriodReading {
  return {
    period: undefined,
    error: `year out of range in "${text}"`,
    hint: `years run from ${MIN_YEAR} to ${MAX_YEAR}`,
  };
}

/** Expands the short second year of "2019/20" (and "1999/00"): the year after `a`. */
function secondYear(a: number, short: string): number | undefined {
  const b = short.length === 2 ? Math.floor(a / 100) * 100 + Number(short) : Number(short);
  const fixed = short.length === 2 && b <= a ? b + 100 : b;
  return fixed > a ? fixed : undefined;
}

/**
 * Reads a period as written:
 * - `2019` (year), `2019/2020` (school or fiscal year), `2023-Q1` (quarter), `2023-04` (month);
 * - also, with a warning naming the normalisation: `2019-2020`, `2019/20`, `2019-20` (when not a
 *   month), `2023Q1`, `2023 q1`, `Q1 2023`, `2023-4`, and surrounding spaces.
 * A span must end after it starts and last at most 5 years.
 */
export function parsePeriod(input: string): PeriodReading {
  if (typeof input !== 'string') {
    return { period: undefined, error: 'a period must be a string', hint: HINT };
  }
  const text = input.trim();
  if (!text) return { period: undefined, error: 'empty period', hint: HINT };
  if (text.length > 40) return { period: undefined, error: 'period too long', hint: HINT };
  const read = (period: Period): PeriodReading =>
    period.id === input ? { period } : { period, warning: `"${input}" read as ${period.id}` };

  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    return yearOk(y) ? read(year(y)) : outOfRange(text);
  }
  m = /^(\d{4})\s*([/\-\u2013])\s*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const separator = m[2];
    const short = m[3];
    // "2023-04" is a month; "2019-20" can only be a span.
    if (separator === '-' && short.length === 2 && Number(short) >= 1 && Number(short) <= 12) {
      return yearOk(a) ? read(month(a, Number(short))) : outOfRange(text);
    }
    const b = secondYear(a, short);
    if (separator === '-' && short.length === 2 && b !== a + 1) {
      return {
        period: undefined,
        error: `no month ${short} in "${text}"`,
        hint: 'months run 01 to 12',
      };
    }
    if (b === undefined || b - a > 5) {
      return {
        period: undefined,
        error: `"${text}" is not a span of years`,
        hint: 'the second year comes after the first, as in "2019/2020"',
      };
    }
    return yearOk(a) && yearOk(b) ? read(span(a, b)) : outOfRange(text);
  }
  m = /^(\d{4})\s*-?\s*[Qq]([1-4])$/.exec(text) ?? /^[Qq]([1-4])\s*[-\s]?\s*(\d{4})$/.exec(text);
  if (m) {
    const [y, q] = /^\d{4}$/.test(m[1])
      ? [Number(m[1]), Number(m[2])]
      : [Number(m[2]), Number(m[1])];
    return yearOk(y) ? read(quarter(y, q)) : outOfRange(text);
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) {
      return {
        period: undefined,
        error: `no month ${m[2]} in "${text}"`,
        hint: 'months run 01 to 12',
      };
    }
    return yearOk(Number(m[1])) ? read(month(Number(m[1]), mo)) : outOfRange(text);
  }
  return { period: undefined, error: `"${clip(text)}" is not a period`, hint: HINT };
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** The period of a normalised id (`2019`, `2019/2020`, `2023-Q1`, `2023-04`), or undefined. */
export function periodOf(id: string): Period | undefined {
  const reading = parsePeriod(id);
  return reading.period && reading.period.id === id ? reading.period : undefined;
}

/** Time order: by start, then end (shorter first), then year < span < quarter < month, then id. */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy. */
export function sortPeriods(periods: Iterable<Period>): Period[] {
  return [...periods].sort(comparePeriods);
}
