// Words of <kz-sparkline> in English, Kazakh and Russian. Sentences are built so that no word
// has to agree with a number or a period id (Kazakh suffixes, Russian cases), which keeps them
// correct for any value and for periods such as `2023-Q1`.
import type { Lang } from '../../data/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { SparkSummary, Outcome } from '../../shapes/summary.js';
import type { SparkPoint } from '../../shapes/extent.js';

/** Why a sparkline shows no line; each has a reader-facing text. */
export type ProblemCode =
  | 'network'
  | 'http'
  | 'json'
  | 'format'
  | 'missing'
  | 'unknown-indicator'
  | 'unknown-area'
  | 'bad-values'
  | 'no-data'
  | 'area-no-data';

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

const NBSP = '\u00a0';

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
function percent(value: number, lang: Lang): string {
  const size = Math.abs(value);
  return number(size, lang, size >= 10 ? 0 : 1);
}

function head(input: SentenceInput): string {
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
function interval(p: SparkPoint, v: (x: number) => string): string {
  return p.lower != null && p.upper != null ? `${v(p.lower)}–${v(p.upper)}` : '';
}

/** A period in brackets, with the interval when there is one: ` (2020; interval 9,9–10,4)`. */
function bracket(p: SparkPoint, v: (x: number) => string, word: string): string {
  const range = interval(p, v);
  const inside = [p.period, range ? `${word} ${range}` : ''].filter(Boolean).join('; ');
  return inside ? ` (${inside})` : '';
}

function ruPlural(n: number, one: string, many: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? one : many;
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

const ru: Messages = {
  sentence(input) {
    const { summary: s, decimals } = input;
    const v = (x: number) => number(x, 'ru', decimals);
    const at = (p: string) => (p ? ` (${p})` : '');
    const parts = [head(input) + ':'];
    if (!s) return `${parts[0]} нет данных.`;
    const last = `${v(s.last.value!)}${bracket(s.last, v, 'интервал неопределённости')}`;
    if (s.count === 1) {
      parts.push(`${last}.`);
    } else {
      const size =
        s.changePercent == null
          ? v(Math.abs(s.change))
          : `${percent(s.changePercent, 'ru')}${NBSP}%`;
      const change =
        s.direction === 'flat'
          ? 'без изменений'
          : `${s.direction === 'down' ? 'снижение' : 'рост'} на ${size}`;
      parts.push(`с ${v(s.first.value!)}${at(s.first.period)} до ${last}, ${change}.`);
    }
    if (s.count >= 3) {
      parts.push(
        `Минимум ${v(s.min.value!)}${at(s.min.period)}, максимум ${v(s.max.value!)}${at(s.max.period)}.`,
      );
    }
    if (s.missing > 0) {
      const what = s.first.period
        ? ruPlural(input.total, 'периода', 'периодов')
        : ruPlural(input.total, 'точки', 'точек');
      parts.push(`Нет данных за ${s.missing} из ${input.total} ${what}.`);
    }
    for (const c of input.comparators) parts.push(`${c.label}: ${v(c.value)}${at(c.period)}.`);
    const t = input.target;
    if (t) {
      const where =
        t.position === 'equal'
          ? 'на уровне цели'
          : t.position === 'below'
            ? 'ниже цели'
            : 'выше цели';
      const met = t.met == null ? '' : t.met ? ' (цель достигнута)' : ' (цель не достигнута)';
      parts.push(
        `${targetName(t, v, (year) => `к ${year} году`)}; последнее значение ${where}${met}.`,
      );
    }
    return parts.join(' ');
  },
  change(s, decimals, outcome) {
    const size =
      s.changePercent == null
        ? number(Math.abs(s.change), 'ru', decimals)
        : `${percent(s.changePercent, 'ru')}${NBSP}%`;
    const span = s.first.period ? ` за ${s.first.period}–${s.last.period}` : '';
    const text =
      s.direction === 'flat'
        ? `Без изменений${span}`
        : `${s.direction === 'down' ? 'Снижение' : 'Рост'} на ${size}${span}`;
    return outcome && outcome !== 'neutral'
      ? `${text} (${outcome === 'better' ? 'улучшение' : 'ухудшение'})`
      : text;
  },
  tooltip: (period, value, bounds) =>
    `${period ? `${period}: ` : ''}${value ?? 'нет данных'}${bounds ? ` (${bounds})` : ''}`,
  problem: {
    network: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
    http: 'Не удалось загрузить данные.',
    json: 'Не удалось прочитать данные.',
    format: 'Не удалось прочитать данные.',
    missing: 'Данные не указаны.',
    'unknown-indicator': 'Этого показателя нет в данных.',
    'unknown-area': 'Этой территории нет в данных.',
    'bad-values': 'Не удалось прочитать значения.',
    'no-data': 'Нет данных.',
    'area-no-data': 'Нет данных по этой территории.',
  },
  trend: 'Динамика',
  loading: 'Загрузка…',
  retry: 'Повторить',
  source: 'Источник:',
};

const kk: Messages = {
  sentence(input) {
    const { summary: s, decimals } = input;
    const v = (x: number) => number(x, 'kk', decimals);
    const at = (p: string) => (p ? ` (${p})` : '');
    const parts = [head(input) + ':'];
    if (!s) return `${parts[0]} дерек жоқ.`;
    const last = `${v(s.last.value!)}${bracket(s.last, v, 'белгісіздік аралығы')}`;
    if (s.count === 1) {
      parts.push(`${last}.`);
    } else {
      const size =
        s.changePercent == null
          ? `${v(Math.abs(s.change))} бірлікке`
          : `${percent(s.changePercent, 'kk')} пайызға`;
      const change =
        s.direction === 'flat'
          ? 'өзгерген жоқ'
          : `${size} ${s.direction === 'down' ? 'төмендеді' : 'өсті'}`;
      parts.push(
        `${v(s.first.value!)}${at(s.first.period)} мәнінен ${last} мәніне дейін, ${change}.`,
      );
    }
    if (s.count >= 3) {
      parts.push(
        `Ең төменгі мәні ${v(s.min.value!)}${at(s.min.period)}, ең жоғары мәні ${v(s.max.value!)}${at(s.max.period)}.`,
      );
    }
    if (s.missing > 0) {
      const what = s.first.period ? ['кезеңнің', 'кезеңінде'] : ['нүктенің', 'нүктесінде'];
      parts.push(`${input.total} ${what[0]} ${s.missing} ${what[1]} дерек жоқ.`);
    }
    for (const c of input.comparators) parts.push(`${c.label}: ${v(c.value)}${at(c.period)}.`);
    const t = input.target;
    if (t) {
      const where =
        t.position === 'equal'
          ? 'мақсатқа тең'
          : t.position === 'below'
            ? 'мақсаттан төмен'
            : 'мақсаттан жоғары';
      const met =
        t.met == null ? '' : t.met ? ' (мақсатқа қол жеткізілді)' : ' (мақсатқа қол жеткізілмеді)';
      parts.push(
        `${targetName(t, v, (year) => `${year} жылға қарай`, true)}; соңғы мән ${where}${met}.`,
      );
    }
    return parts.join(' ');
  },
  change(s, decimals, outcome) {
    const size =
      s.changePercent == null
        ? `${number(Math.abs(s.change), 'kk', decimals)} бірлікке`
        : `${percent(s.changePercent, 'kk')} пайызға`;
    const span = s.first.period ? `${s.first.period}–${s.last.period} аралығында ` : '';
    const text =
      s.direction === 'flat'
        ? `${span}өзгерген жоқ`
        : `${span}${size} ${s.direction === 'down' ? 'төмендеді' : 'өсті'}`;
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    return outcome && outcome !== 'neutral'
      ? `${sentence} (${outcome === 'better' ? 'жақсару' : 'нашарлау'})`
      : sentence;
  },
  tooltip: (period, value, bounds) =>
    `${period ? `${period}: ` : ''}${value ?? 'дерек жоқ'}${bounds ? ` (${bounds})` : ''}`,
  problem: {
    network: 'Деректер жүктелмеді. Байланысты тексеріп, қайталап көріңіз.',
    http: 'Деректер жүктелмеді.',
    json: 'Деректерді оқу мүмкін болмады.',
    format: 'Деректерді оқу мүмкін болмады.',
    missing: 'Деректер берілмеген.',
    'unknown-indicator': 'Бұл көрсеткіш деректерде жоқ.',
    'unknown-area': 'Бұл аумақ деректерде жоқ.',
    'bad-values': 'Мәндерді оқу мүмкін болмады.',
    'no-data': 'Дерек жоқ.',
    'area-no-data': 'Бұл аумақ бойынша дерек жоқ.',
  },
  trend: 'Динамика',
  loading: 'Жүктелуде…',
  retry: 'Қайталау',
  source: 'Дереккөз:',
};

/** Messages by language. */
export const MESSAGES: Record<Lang, Messages> = { en, kk, ru };
