import type {
  Dataset,
  Indicator,
  LayoutId,
  Observation,
  Period,
  Reference,
  ReferenceKind,
  Source,
  Topic,
} from './types.js';
import { LAYOUT_AREAS } from './areas.js';

/** One point of a series: an area's or a reference's observation at a period. */
export interface SeriesPoint {
  period: Period;
  /** Same as `observation.value`. */
  value: number | null;
  observation: Observation;
  /** Boundary layout of the period, for area series (a change of layout is a break in the series). */
  layout?: LayoutId;
}

export interface ExtentOptions {
  /** Only these period ids (default: every period). */
  periods?: Iterable<string>;
  /** Include reference series and constant targets (default false). */
  references?: boolean;
  /** Include the lower and upper bounds of observations (default false). */
  bounds?: boolean;
}

/** The indicator's periods in time order (areas and references). */
export function periodsOf(indicator: Indicator): Period[] {
  return indicator.periods;
}

/** The boundary layout of a period, or undefined when the period has no area values. */
export function layoutAt(indicator: Indicator, periodId: string): LayoutId | undefined {
  return Object.hasOwn(indicator.layouts, periodId) ? indicator.layouts[periodId] : undefined;
}

/**
 * Area -> observation at one period, in the order of the period's layout; areas without an
 * entry for the period are absent. Empty for a period without area values.
 */
export function valuesAt(indicator: Indicator, periodId: string): Map<string, Observation> {
  const out = new Map<string, Observation>();
  const layout = layoutAt(indicator, periodId);
  if (!layout) return out;
  for (const code of LAYOUT_AREAS[layout]) {
    const byPeriod = indicator.values[code];
    if (byPeriod && Object.hasOwn(byPeriod, periodId)) {
      out.set(code, byPeriod[periodId]);
    }
  }
  return out;
}

/**
 * The time series of an area code or a reference id, in time order. A constant target gives
 * one point per period of the indicator. Empty when the id is unknown.
 */
export function seriesOf(indicator: Indicator, id: string): SeriesPoint[] {
  if (Object.hasOwn(indicator.values, id)) {
    const byPeriod = indicator.values[id];
    const points: SeriesPoint[] = [];
    for (const period of indicator.periods) {
      if (!Object.hasOwn(byPeriod, period.id)) continue;
      const observation = byPeriod[period.id];
      const point: SeriesPoint = { period, value: observation.value, observation };
      const layout = layoutAt(indicator, period.id);
      if (layout) point.layout = layout;
      points.push(point);
    }
    return points;
  }
  const reference = indicator.references.find((r) => r.id === id);
  if (!reference) return [];
  if (reference.value !== undefined) {
    const observation: Observation = { value: reference.value };
    return indicator.periods.map((period) => ({ period, value: reference.value!, observation }));
  }
  return indicator.periods
    .filter((period) => Object.hasOwn(reference.values, period.id))
    .map((period) => {
      const observation = reference.values[period.id];
      return { period, value: observation.value, observation };
    });
}

/** [min, max] of the values (by default: area values over every period), or undefined when none. */
export function extentOf(
  indicator: Indicator,
  options: ExtentOptions = {},
): [number, number] | undefined {
  const only = options.periods ? new Set(options.periods) : undefined;
  let min = Infinity;
  let max = -Infinity;
  const add = (obs: Observation) => {
    for (const v of options.bounds ? [obs.value, obs.lower, obs.upper] : [obs.value]) {
      if (typeof v !== 'number') continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  };
  const scan = (byPeriod: Record<string, Observation>) => {
    for (const periodId in byPeriod) {
      if (!only || only.has(periodId)) add(byPeriod[periodId]);
    }
  };
  for (const code in indicator.values) scan(indicator.values[code]);
  if (options.references) {
    for (const reference of indicator.references) {
      scan(reference.values);
      if (reference.value !== undefined) add({ value: reference.value });
    }
  }
  return min <= max ? [min, max] : undefined;
}

/** The reference series, all or of one kind, in document order. */
export function referencesOf(indicator: Indicator, kind?: ReferenceKind): Reference[] {
  return kind ? indicator.references.filter((r) => r.kind === kind) : indicator.references;
}

/** An indicator by id; without an id, the first one. */
export function indicatorById(dataset: Dataset, id?: string | null): Indicator | undefined {
  if (id == null || id === '') return dataset.indicators[0];
  return dataset.indicators.find((indicator) => indicator.id === id);
}

/** The latest period in which some area has a number (not null), or undefined. */
export function latestPeriodWithData(indicator: Indicator): Period | undefined {
  for (let i = indicator.periods.length - 1; i >= 0; i--) {
    const period = indicator.periods[i];
    for (const code in indicator.values) {
      const obs = indicator.values[code][period.id];
      if (obs && obs.value !== null) return period;
    }
  }
  return undefined;
}

/** The indicators of one topic, in document order. */
export interface TopicGroup {
  /** Undefined for the indicators that have no topic (the last group). */
  topic?: Topic;
  indicators: Indicator[];
}

/**
 * The indicators grouped by topic, topics in display order (the document's list, then topics
 * written only on indicators), indicators without a topic last; topics without indicators are
 * left out.
 */
export function topicsOf(dataset: Dataset): TopicGroup[] {
  const groups: TopicGroup[] = (dataset.topics ?? []).map((topic) => ({ topic, indicators: [] }));
  const loose: Indicator[] = [];
  for (const indicator of dataset.indicators) {
    const group = groups.find((g) => g.topic!.id === indicator.topic);
    (group ? group.indicators : loose).push(indicator);
  }
  const filled = groups.filter((g) => g.indicators.length);
  return loose.length ? [...filled, { indicators: loose }] : filled;
}

/** The topic of an indicator, or undefined when it has none. */
export function topicOf(dataset: Dataset, indicator: Indicator): Topic | undefined {
  return indicator.topic === undefined
    ? undefined
    : dataset.topics?.find((topic) => topic.id === indicator.topic);
}

/** A reference series with where it is written and where its numbers come from. */
export interface ReferenceLine {
  /** Unique among the lines of one indicator: the reference id, `companion/reference` for a companion's. */
  key: string;
  reference: Reference;
  /** The indicator the series is written in: the one asked about, or a companion. */
  indicator: Indicator;
  /** The reference's own source, else that of the indicator it is written in. */
  source: Source;
  /** Written in a companion indicator. */
  companion: boolean;
}

/**
 * The reference series to show with an indicator: its own, then those of its companions (in
 * the order of `companions`), each with its source, so that every line can be credited.
 */
export function referenceLinesOf(
  dataset: Dataset,
  indicator: Indicator,
  kind?: ReferenceKind,
): ReferenceLine[] {
  const lines: ReferenceLine[] = [];
  const add = (owner: Indicator, companion: boolean) => {
    for (const reference of referencesOf(owner, kind)) {
      lines.push({
        key: companion ? `${owner.id}/${reference.id}` : reference.id,
        reference,
        indicator: owner,
        source: reference.source ?? owner.source,
        companion,
      });
    }
  };
  add(indicator, false);
  for (const id of indicator.companions ?? []) {
    const companion = dataset.indicators.find((other) => other.id === id);
    if (companion && companion !== indicator) add(companion, true);
  }
  return lines;
}
