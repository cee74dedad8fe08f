// The reader's view in <kz-explorer> (indicator, period, area) resolved against a dataset: what
// to show for the attributes or link given, and what to keep when the reader switches indicator.
// Pure: no DOM, tested in node. Every input may come from a URL: it is only compared with the
// dataset's ids, never used otherwise.
import type { Dataset, Indicator, Period } from '../../data/types.js';
import { areaInfo, resolveArea } from '../../data/areas.js';
import { periodOf } from '../../data/periods.js';

/** What the explorer shows; `area` is '' for the whole country. */
export interface ExplorerView {
  indicator: string;
  period: string;
  area: string;
}

/** Something the reader is told about the view, worded in messages.ts by its code. */
export type NoticeCode =
  | 'unknown-indicator'
  | 'unknown-period'
  | 'unknown-area'
  | 'period-moved'
  | 'area-no-value'
  | 'period-no-values'
  | 'national-only'
  | 'no-regional'
  | 'no-indicators'
  | 'topic-not-text'
  | 'topic-unknown';

export interface Notice {
  code: NoticeCode;
  /** Ids, periods and names the message names (filled in the reader's language later). */
  indicator?: string;
  area?: string;
  period?: string;
  /** The input as given (from an attribute or a link), for unknown ids. */
  given?: string;
}

export interface Resolved {
  view: ExplorerView;
  notices: Notice[];
}

/** The periods in which some area of the indicator has a value or a stated absence, in order. */
export function mapPeriods(indicator: Indicator): Period[] {
  return indicator.periods.filter((p) => indicator.layouts[p.id] !== undefined);
}

/** True when the indicator has values by area (a map and a ranking can be drawn). */
export function isRegional(indicator: Indicator): boolean {
  return mapPeriods(indicator).length > 0;
}

/** The latest map period in which an area has a number; else the latest map period; else ''. */
export function latestMapPeriod(indicator: Indicator): string {
  const periods = mapPeriods(indicator);
  for (let i = periods.length - 1; i >= 0; i--) {
    const id = periods[i].id;
    for (const code in indicator.values) {
      if (indicator.values[code][id]?.value != null) return id;
    }
  }
  return periods.at(-1)?.id ?? '';
}

/**
 * nearestPeriod(indicator, wanted) is `wanted` when the indicator maps it; else the map period
 * whose start is nearest to it (the later one on a tie); else the latest with data.
 */
export function nearestPeriod(indicator: Indicator, wanted: string): string {
  const periods = mapPeriods(indicator);
  if (periods.some((p) => p.id === wanted)) return wanted;
  const target = wanted ? periodOf(wanted) : undefined;
  if (!target) return latestMapPeriod(indicator);
  let best = '';
  let distance = Infinity;
  for (const p of periods) {
    const d = Math.abs(p.start - target.start);
    if (d <= distance) [best, distance] = [p.id, d];
  }
  return best;
}

/** The default indicator: the first with values by area, else the first. */
export function defaultIndicator(dataset: Dataset, order?: readonly Indicator[]): Indicator {
  const list = order?.length ? order : dataset.indicators;
  return list.find(isRegional) ?? list[0];
}

/** A canonical area code for an input (`KZ-11`, `Akmola`, `KZ-AKM`), or '' when unknown. */
export function areaCode(input: string): string {
  const text = input.trim();
  if (!text) return '';
  if (areaInfo(text)) return text;
  return resolveArea(text.slice(0, 200), { suggest: false }).code ?? '';
}

/** Notices about the area and period of a view: an area or a period without a value. */
export function valueNotices(indicator: Indicator, view: ExplorerView): Notice[] {
  const id = indicator.id;
  if (!isRegional(indicator)) return [{ code: 'national-only', indicator: id }];
  const { period, area } = view;
  const anyValue = Object.values(indicator.values).some((v) => v[period]?.value != null);
  if (!anyValue) return [{ code: 'period-no-values', indicator: id, period }];
  if (area && indicator.values[area]?.[period]?.value == null) {
    return [{ code: 'area-no-value', indicator: id, area, period }];
  }
  return [];
}

/**
 * resolveView(dataset, wanted, order) is the view to show for the inputs given (attributes or a
 * link): unknown ids fall back to the default with a notice saying so.
 */
export function resolveView(
  dataset: Dataset,
  wanted: Partial<ExplorerView>,
  order?: readonly Indicator[],
): Resolved {
  const notices: Notice[] = [];
  if (dataset.indicators.length === 0) {
    return { view: { indicator: '', period: '', area: '' }, notices: [{ code: 'no-indicators' }] };
  }
  const first = defaultIndicator(dataset, order);
  if (!isRegional(first)) notices.push({ code: 'no-regional' });
  const given = wanted.indicator?.trim() ?? '';
  let indicator = given ? dataset.indicators.find((i) => i.id === given) : first;
  if (!indicator) {
    notices.push({ code: 'unknown-indicator', given, indicator: first.id });
    indicator = first;
  }
  const givenArea = wanted.area?.trim() ?? '';
  const area = areaCode(givenArea);
  if (givenArea && !area) notices.push({ code: 'unknown-area', given: givenArea });
  const givenPeriod = wanted.period?.trim() ?? '';
  const period = nearestPeriod(indicator, givenPeriod);
  if (givenPeriod && period !== givenPeriod && isRegional(indicator)) {
    notices.push({
      code: periodOf(givenPeriod) ? 'period-moved' : 'unknown-period',
      indicator: indicator.id,
      given: givenPeriod,
      period,
    });
  }
  const view = { indicator: indicator.id, period, area };
  return { view, notices: [...notices, ...valueNotices(indicator, view)] };
}

/**
 * switchIndicator(dataset, view, id) keeps the reader's area and moves to the nearest period the
 * new indicator has, saying when the period moved or the area has no value.
 */
export function switchIndicator(dataset: Dataset, view: ExplorerView, id: string): Resolved {
  const indicator = dataset.indicators.find((i) => i.id === id);
  if (!indicator) return { view, notices: [] };
  const period = nearestPeriod(indicator, view.period);
  const next = { indicator: id, period, area: view.area };
  const notices: Notice[] = [];
  if (view.period && period && period !== view.period) {
    notices.push({ code: 'period-moved', indicator: id, given: view.period, period });
  }
  return { view: next, notices: [...notices, ...valueNotices(indicator, next)] };
}
