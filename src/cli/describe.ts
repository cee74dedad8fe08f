/**
 * A description of an indicator for `inspect`: its periods as compact ranges, the boundary layout
 * of each run of periods, its reference series, and coverage (which areas of each period's layout
 * lack a value).
 */
import type { Indicator } from '../data/types.js';
import { LAYOUT_AREAS } from '../data/areas.js';

/** Next to each other: years one apart, or other periods adjacent in the indicator's list. */
function consecutive(a: string, b: string, pos: Map<string, number>): boolean {
  if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b)) return Number(b) === Number(a) + 1;
  return pos.get(b)! === pos.get(a)! + 1;
}

/** Periods as compact ranges: 2010..2017, 2019 (consecutive in the indicator's period list). */
export function ranges(ids: string[], order: string[]): string {
  const pos = new Map(order.map((p, i) => [p, i]));
  const sorted = [...ids].sort((a, b) => pos.get(a)! - pos.get(b)!);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && consecutive(sorted[i - 1], sorted[i], pos)) continue;
    out.push(i - 1 > start ? `${sorted[start]}..${sorted[i - 1]}` : sorted[start]);
    start = i;
  }
  return out.join(', ');
}

export interface Coverage {
  /** Area -> periods in which it has no observation although the period's layout includes it. */
  missing: Record<string, string[]>;
  /** Area -> periods with an explicit null (value not available, suppressed ...). */
  nulls: Record<string, string[]>;
}

/** Which areas of each period's layout lack a value. */
export function coverageOf(indicator: Indicator): Coverage {
  const missing: Record<string, string[]> = {};
  const nulls: Record<string, string[]> = {};
  for (const period of indicator.periods) {
    const layout = indicator.layouts[period.id];
    if (!layout) continue;
    for (const code of LAYOUT_AREAS[layout]) {
      const obs = indicator.values[code]?.[period.id];
      if (!obs) (missing[code] ??= []).push(period.id);
      else if (obs.value === null) (nulls[code] ??= []).push(period.id);
    }
  }
  return { missing, nulls };
}

/** The layouts of an indicator, each with the periods drawn on it and its number of areas. */
function layoutsOf(ind: Indicator, order: string[]) {
  const byLayout = new Map<string, string[]>();
  for (const p of order) {
    const l = ind.layouts[p];
    if (!l) continue;
    byLayout.set(l, [...(byLayout.get(l) ?? []), p]);
  }
  return [...byLayout].map(([layout, periods]) => ({
    layout,
    periods: ranges(periods, order),
    areas: LAYOUT_AREAS[layout as keyof typeof LAYOUT_AREAS].length,
  }));
}

export function describeIndicator(ind: Indicator) {
  const order = ind.periods.map((p) => p.id);
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    better: ind.better,
    decimals: ind.decimals,
    source: ind.source,
    periods: order,
    layouts: layoutsOf(ind, order),
    areas: Object.keys(ind.values).length,
    references: ind.references.map((r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      ...(r.value !== undefined ? { value: r.value } : {}),
      ...(r.year !== undefined ? { year: r.year } : {}),
      periods: Object.keys(r.values),
    })),
    coverage: coverageOf(ind),
  };
}

export type IndicatorDescription = ReturnType<typeof describeIndicator>;
