// Words of <kz-sparkline>: English here, Kazakh and Russian in their own modules, fetched on first
// use. Sentences are built so that no word has to agree with a number or a period id (Kazakh
// suffixes, Russian cases), which keeps them correct for any value and for periods such as
// `2023-Q1`.
import type { Lang } from '../../data/types.js';
import { translations } from '../../internal/translations.js';
import type { LoadErrorKind } from '../../controllers/indicator-source.js';
import { formatNumber } from '../../i18n/format.js';
import type { SparkSummary, Outcome } from '../../shapes/summary.js';
import type { SparkPoint } from '../../shapes/extent.js';

/** Why a sparkline shows no line; each has a reader-facing text. */
export type ProblemCode =
  LoadErrorKind | 'unknown-indicator' | 'unknown-area' | 'bad-values' | 'no-data' | 'area-no-data';

export interface TargetComparison {
  label: string;
  value: number;
  year?: number;
  /** Where the latest value stands against the target. */
  position: 'below' | 'above' | 'equal';
  /** Whether the target is met, when the indicator says which direction is better. */
  met: boolean | null;
}

export interface ComparatorValue {
  label: string;
  value: number;
  period: string;
}

export interface SentenceInput {
  name: string;
  unit: string;
  area: string;
  decimals: number;
  summary: SparkSummary | null;
  /** Points on the axis (including missing ones between the first and the last value). */
  total: number;
  comparators: ComparatorValue[];
  target: TargetComparison | null;
}

export interface Messages {
  sentence(input: SentenceInput): string;
  /** The change over the period in words, for the card. */
  change(summary: SparkSummary, decimals: number, outcome: Outcome | null): string;
  tooltip(period: string, value: string | null, bounds: string | null): string;
  problem: Record<ProblemCode, string>;
  /** Name used when quick values come without a label. */
  trend: string;
  loading: string;
  retry: string;
  source: string;
}

export const NBSP = '\u00a0';

// Formatted numbers, remembered: the same values recur across the sparklines of a page, and
// Intl formatting costs more than a lookup. Bounded.
const formatted = new Map<string, string>();

/** formatNumber, remembered per language, decimals and value. */
export function number(value: number, lang: Lang, decimals: number): string {
  const key = `${lang}${decimals}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatNumber(value, lang, decimals);
    if (formatted.size >= 5000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** The size of a change in percent: whole numbers from 10 %, one decimal below. */
export function percent(value: number, lang: Lang): string {
  const size = Math.abs(value);
  return number(size, lang, size >= 10 ? 0 : 1);
}

export function head(input: SentenceInput): string {
  // "Rate (per 1,000)", or "Rate (UN IGME estimates), per 1,000" when the name ends in brackets.
  const unit = !input.unit ? '' : input.name.endsWith(')') ? `, ${input.unit}` : ` (${input.unit})`;
  const area = input.area ? `, ${input.area}` : '';
  return `${input.name}${unit}${area}`;
}

/** Whether a label already has one of these numbers in it, as a whole number (`25`, not `250`). */
export function mentions(label: string, numbers: string[]): boolean {
  return numbers.some((text) => {
    const pattern = text.replace(/[\\^$*+?()[\]{}|]/g, '\\$&').replace(/[.,]/g, '[.,]');
    return new RegExp(`(^|[^\\d.,])${pattern}($|[^\\d])`).test(label);
  });
}

/**
 * The target as the sentence names it: its label, then its value and year unless the label
 * already says them ("SDG target 3.2: 25 or lower by 2030").
 */
export function targetName(
  t: TargetComparison,
  v: (x: number) => string,
  by: (year: number) => string,
  yearFirst = false,
): string {
  const value = mentions(t.label, [String(t.value), v(t.value)]) ? '' : v(t.value);
  const year = t.year && !mentions(t.label, [String(t.year)]) ? by(t.year) : '';
  const rest = (yearFirst ? [year, value] : [value, year]).filter(Boolean).join(' ');
  return rest ? `${t.label}: ${rest}` : t.label;
}

/** The uncertainty interval of a point, `9.9–10.4`, or '' without bounds. */
export function interval(p: SparkPoint, v: (x: number) => string): string {
  return p.lower != null && p.upper != null ? `${v(p.lower)}–${v(p.upper)}` : '';
}

/** A period in brackets, with the interval when there is one: ` (2020; interval 9,9–10,4)`. */
export function bracket(p: SparkPoint, v: (x: number) => string, word: string): string {
  const range = interval(p, v);
  const inside = [p.period, range ? `${word} ${range}` : ''].filter(Boolean).join('; ');
  return inside ? ` (${inside})` : '';
}

const en: Messages = {
  sentence(input) {
    const { summary: s, decimals } = input;
    const v = (x: number) => number(x, 'en', decimals);
    const at = (p: string) => (p ? ` in ${p}` : '');
    const parts = [head(input) + ':'];
    if (!s) return `${parts[0]} no data.`;
    const range = interval(s.last, v);
    const last = `${v(s.last.value!)}${at(s.last.period)}${range ? ` (uncertainty interval ${range})` : ''}`;
    if (s.count === 1) {
      parts.push(`${last}.`);
    } else {
      const change =
        s.direction === 'flat'
          ? 'unchanged'
          : `${s.direction === 'down' ? 'down' : 'up'} ${
              s.changePercent == null ? v(Math.abs(s.change)) : `${percent(s.changePercent, 'en')}%`
            }`;
      const span = s.first.period
        ? `${v(s.first.value!)} in ${s.first.period}, ${last}`
        : `from ${v(s.first.value!)} to ${last}`;
      parts.push(`${span}, ${change}.`);
    }
    if (s.count >= 3) {
      parts.push(
        `Lowest ${v(s.min.value!)}${at(s.min.period)}, highest ${v(s.max.value!)}${at(s.max.period)}.`,
      );
    }
    if (s.missing > 0) {
      const what = s.first.period ? 'periods' : 'points';
      parts.push(`No data for ${s.missing} of ${input.total} ${what}.`);
    }
    for (const c of input.comparators) parts.push(`${c.label}: ${v(c.value)}${at(c.period)}.`);
    const t = input.target;
    if (t) {
      const where = t.position === 'equal' ? 'equal to' : t.position;
      const met = t.met == null ? '' : t.met ? ' (met)' : ' (not met)';
      parts.push(
        `${targetName(t, v, (year) => `by ${year}`)}; the latest value is ${where} the target${met}.`,
      );
    }
    return parts.join(' ');
  },
  change(s, decimals, outcome) {
    const size =
      s.changePercent == null
        ? number(Math.abs(s.change), 'en', decimals)
        : `${percent(s.changePercent, 'en')}%`;
    const since = s.first.period ? ` since ${s.first.period}` : '';
    const text =
      s.direction === 'flat'
        ? `Unchanged${since}`
        : `${s.direction === 'down' ? 'Down' : 'Up'} ${size}${since}`;
    return outcome && outcome !== 'neutral'
      ? `${text} (${outcome === 'better' ? 'improvement' : 'deterioration'})`
      : text;
  },
  tooltip: (period, value, bounds) =>
    `${period ? `${period}: ` : ''}${value ?? 'no data'}${bounds ? ` (${bounds})` : ''}`,
  problem: {
    network: 'Data could not be loaded. Check the connection and try again.',
    http: 'Data could not be loaded.',
    json: 'The data could not be read.',
    format: 'The data could not be read.',
    missing: 'No data given.',
    'too-large': 'The data file is too large to show here.',
    address: 'The address of the data is not valid.',
    'unknown-indicator': 'This indicator is not in the data.',
    'unknown-area': 'This area is not in the data.',
    'bad-values': 'The values could not be read.',
    'no-data': 'No data.',
    'area-no-data': 'No data for this area.',
  },
  trend: 'Trend',
  loading: 'Loading…',
  retry: 'Try again',
  source: 'Source:',
};

/** Words by language: `MESSAGES.get(lang)`, with `MESSAGES.has(lang)` before the first sentence. */
export const MESSAGES = translations<Messages>('kz-sparkline', en, {
  kk: { load: () => import('./messages-kk.js'), first: { loading: 'Жүктелуде…' } },
  ru: { load: () => import('./messages-ru.js'), first: { loading: 'Загрузка…' } },
});
