// What the map shows for one indicator and period, computed without the DOM: the value, class,
// colour, rank and difference from the national value of every area, the class counts of the
// legend, and the extremes for the summary.
import type {
  Better,
  Indicator,
  LayoutId,
  Localized,
  MissingReason,
  Observation,
  ReferenceKind,
} from '../../data/types.js';
import type { ColorScale } from '../../scales/color.js';

/** Why an area has no colour: no observation or a null one, or a null marked not applicable. */
export type Missing = 'no-data' | 'not-applicable';

export interface AreaDatum {
  id: string;
  value: number | null;
  observation?: Observation;
  missing: Missing | null;
  /** Why the value is null, as the data says (`suppressed`, `not-available`, `not-applicable`). */
  reason?: MissingReason;
  /** Class index (stepped scales), 0 (continuous) or -1 when missing. */
  cls: number;
  color?: string;
  /** Competition rank ("1224") in the direction of `better`, or null when missing. */
  rank: number | null;
  tied: boolean;
  /** value - national value, or null. */
  diff: number | null;
}

export interface ReferenceValue {
  id: string;
  kind: ReferenceKind;
  label: Localized;
  value: number;
  /** Target year, for targets. */
  year?: number;
}

/** The observation of an area in a period, if any. */
export function observationOf(
  indicator: Indicator,
  area: string,
  period: string,
): Observation | undefined {
  return indicator.values[area]?.[period];
}

/** Reference values in force for a period: national and comparators of that period, targets. */
export function referencesAt(indicator: Indicator, period: string): ReferenceValue[] {
  const out: ReferenceValue[] = [];
  for (const r of indicator.references) {
    const value = r.kind === 'target' && r.value != null ? r.value : r.values[period]?.value;
    if (typeof value === 'number' && Number.isFinite(value)) {
      out.push({ id: r.id, kind: r.kind, label: r.label, value, year: r.year });
    }
  }
  return out;
}

/** The national value of a period (the first `national` reference), or null. */
export function nationalValue(indicator: Indicator, period: string): number | null {
  const ref = indicator.references.find((r) => r.kind === 'national');
  const value = ref?.values[period]?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Periods that have at least one area value, in time order. */
export function areaPeriods(indicator: Indicator, ids?: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [area, byPeriod] of Object.entries(indicator.values)) {
    if (ids && !ids.has(area)) continue;
    for (const [period, obs] of Object.entries(byPeriod)) {
      if (obs.value != null || obs.reason) found.add(period);
    }
  }
  return indicator.periods.map((p) => p.id).filter((id) => found.has(id));
}

/** Every finite area value of every period (or of one), for a scale fixed across periods. */
export function scaleValues(
  indicator: Indicator,
  ids: ReadonlySet<string> | null,
  period?: string,
): number[] {
  const out: number[] = [];
  for (const [area, byPeriod] of Object.entries(indicator.values)) {
    if (ids && !ids.has(area)) continue;
    if (period !== undefined) {
      const v = byPeriod[period]?.value;
      if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
      continue;
    }
    for (const obs of Object.values(byPeriod)) {
      if (typeof obs.value === 'number' && Number.isFinite(obs.value)) out.push(obs.value);
    }
  }
  return out;
}

/**
 * Competition ranks ("1224"): equal values share a rank and the next rank skips. Rank 1 is the
 * lowest value when `better` is `lower`, the highest otherwise.
 */
export function rankValues(
  values: ReadonlyArray<{ id: string; value: number | null }>,
  better: Better,
): Map<string, { rank: number; tied: boolean }> {
  const present = values.filter(
    (d): d is { id: string; value: number } =>
      typeof d.value === 'number' && Number.isFinite(d.value),
  );
  const sign = better === 'lower' ? 1 : -1;
  present.sort((a, b) => sign * (a.value - b.value));
  const out = new Map<string, { rank: number; tied: boolean }>();
  let rank = 0;
  present.forEach((d, i) => {
    // Sorted, so equal values are neighbours.
    const same = (j: number) => present[j]?.value === d.value;
    if (!same(i - 1)) rank = i + 1;
    out.set(d.id, { rank, tied: same(i - 1) || same(i + 1) });
  });
  return out;
}

/** The data of every area of a layout for one period. */
export function areaData(
  ids: readonly string[],
  indicator: Indicator,
  period: string,
  scale: ColorScale,
): AreaDatum[] {
  const national = nationalValue(indicator, period);
  const base = ids.map((id) => {
    const observation = observationOf(indicator, id, period);
    const v = observation?.value;
    const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    return { id, observation, value };
  });
  const ranks = rankValues(base, indicator.better);
  return base.map(({ id, observation, value }) => {
    const reason = observation?.reason;
    const missing: Missing | null =
      value !== null ? null : reason === 'not-applicable' ? 'not-applicable' : 'no-data';
    const r = ranks.get(id);
    return {
      id,
      value,
      observation,
      missing,
      reason: value === null ? reason : undefined,
      cls: scale.classOf(value),
      color: scale.color(value),
      rank: r?.rank ?? null,
      tied: r?.tied ?? false,
      diff: value !== null && national !== null ? value - national : null,
    };
  });
}

export interface ClassCounts {
  /** Areas per class (stepped) or one entry with all areas with a value (continuous). */
  counts: number[];
  noData: number;
  notApplicable: number;
}

/** How many areas fall in each class, and how many have no colour and why. */
export function classCounts(data: readonly AreaDatum[], scale: ColorScale): ClassCounts {
  const counts = new Array(Math.max(1, scale.classes.length)).fill(0);
  let noData = 0;
  let notApplicable = 0;
  for (const d of data) {
    if (d.missing === 'no-data') noData++;
    else if (d.missing === 'not-applicable') notApplicable++;
    else if (d.cls >= 0) counts[Math.min(d.cls, counts.length - 1)]++;
  }
  return { counts, noData, notApplicable };
}

/** Areas with the highest and the lowest value (several on ties); empty when none has a value. */
export function extremes(data: readonly AreaDatum[]): {
  highest: AreaDatum[];
  lowest: AreaDatum[];
} {
  const present = data.filter((d) => d.value !== null);
  const values = present.map((d) => d.value as number);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    highest: present.filter((d) => d.value === max),
    lowest: present.filter((d) => d.value === min),
  };
}

/** The latest period with area values (or '' when there is none). */
export function latestPeriod(indicator: Indicator, ids?: ReadonlySet<string>): string {
  const periods = areaPeriods(indicator, ids);
  return periods[periods.length - 1] ?? '';
}

/** Layout of a period as the data states or implies it; null when the period has no areas. */
export function layoutOf(indicator: Indicator, period: string): LayoutId | null {
  return indicator.layouts[period] ?? null;
}
