/**
 * Period texts as written in sources, read into the format's period ids with the parser's own
 * `parsePeriod` after the clean-ups that sources need: footnote markers glued to years
 * ("20232)", "2019*"), floats ("2019.0"), SDMX months ("2023-M04"), and, on request, UN IGME's
 * mid-year reference dates ("1990-06") read as years.
 */
import { comparePeriods, parsePeriod, periodOf } from '../data/periods.js';

export type PeriodResult = { id: string; note?: string } | { error: string };

const FOOTNOTE = /^(\d{4}(?:[/-]\d{2,4}|-?Q[1-4])?)\s*(?:\d{1,2}\)|\(\d{1,2}\)|\*+)$/i;

/**
 * Normalises one period text to a period id (`2019`, `2019/2020`, `2023-Q1`, `2023-04`).
 * `toYear` reads months and dates as their year ("1990-06" -> "1990"). Days are refused unless
 * `toYear` is set.
 */
export function normalizePeriod(raw: string, options: { toYear?: boolean } = {}): PeriodResult {
  let text = raw.trim();
  const notes: string[] = [];
  const foot = FOOTNOTE.exec(text);
  if (foot) {
    notes.push(`footnote marker removed from "${text}"`);
    text = foot[1];
  }
  let m = /^(\d{4})\.0+$/.exec(text);
  if (m) text = m[1];
  m = /^(\d{4})-?M(\d{2})$/i.exec(text);
  if (m) text = `${m[1]}-${m[2]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    if (!options.toYear) {
      return {
        error: `"${raw.trim()}" is a day; periods are years, school years (2019/2020), quarters (2023-Q1) or months (2023-04)`,
      };
    }
    text = `${m[1]}-${m[2]}`;
  }
  const reading = parsePeriod(text);
  if (!reading.period)
    return { error: reading.hint ? `${reading.error}; ${reading.hint}` : reading.error };
  if (reading.warning) notes.push(reading.warning);
  let id = reading.period.id;
  if (options.toYear && reading.period.kind === 'month') id = id.slice(0, 4);
  return notes.length ? { id, note: notes.join('; ') } : { id };
}

/** True when a header cell reads as a period (used to recognise wide tables). */
export function looksLikePeriod(raw: string): boolean {
  const text = raw.trim();
  if (!/^\d{4}/.test(text) && !/^Q[1-4]\s*\d{4}$/i.test(text)) return false;
  return 'id' in normalizePeriod(text);
}

/** Sorts normalised period ids in time order. */
export function sortPeriods(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => {
    const pa = periodOf(a);
    const pb = periodOf(b);
    return pa && pb ? comparePeriods(pa, pb) : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** True when a period id is `range` ("2014") or falls in it ("2014..2017", "..2016", "2018.."). */
export function matchesRange(period: string, range: string): boolean {
  const m = /^\s*([^.]*)\.\.([^.]*)\s*$/.exec(range);
  if (!m) return period === range.trim();
  const p = periodOf(period);
  if (!p) return false;
  const bound = (text: string) => {
    const read = normalizePeriod(text);
    return 'id' in read ? periodOf(read.id) : undefined;
  };
  const from = m[1].trim() ? bound(m[1]) : undefined;
  const to = m[2].trim() ? bound(m[2]) : undefined;
  if (m[1].trim() && !from) return false;
  if (m[2].trim() && !to) return false;
  return (!from || p.start >= from.start) && (!to || p.start < to.end);
}

/** Checks a range text ("2014..2017", "2019", "..2016"); returns an error message or undefined. */
export function checkRange(range: string): string | undefined {
  const parts = /\.\./.test(range) ? range.split('..') : [range];
  if (parts.length > 2) return `"${range}" is not a period or a range such as 2014..2017`;
  for (const part of parts) {
    if (!part.trim()) continue;
    const read = normalizePeriod(part);
    if ('error' in read) return `"${range}": ${read.error}`;
  }
  return undefined;
}
