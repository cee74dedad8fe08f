/**
 * Boundary layouts per period: the stated one (areas outside it are left out with a warning) or
 * the one the codes imply; a period that mixes layouts is a problem with the option to write.
 */
import type { LayoutId } from '../data/types.js';
import { areaInfo, inferLayout, LAYOUT_AREAS } from '../data/areas.js';
import { areaName, listValues, type BuildState, type Entry } from './build-common.js';
import { matchesRange, sortPeriods } from './periods.js';
import { shellFlag } from './shell.js';

type Conflict = { periods: string[]; codes: string[]; layouts: LayoutId[] };

/**
 * Applies the stated layout per period (dropping areas outside it from `areaValues`) and checks
 * the others; returns the stated layout of each period.
 */
export function applyLayouts(
  state: BuildState,
  areaValues: Map<string, Map<string, Entry>>,
): Record<string, LayoutId> {
  const { options, problems, warn } = state;
  const periods = new Map<string, string[]>();
  for (const [code, byPeriod] of areaValues) {
    for (const period of byPeriod.keys()) {
      const list = periods.get(period) ?? [];
      list.push(code);
      periods.set(period, list);
    }
  }
  const stated = options.layout;
  const statedFor = (period: string): LayoutId | undefined => {
    if (stated === undefined) return undefined;
    if (typeof stated === 'string') return stated;
    for (const [range, layout] of Object.entries(stated))
      if (matchesRange(period, range)) return layout;
    return undefined;
  };
  const layoutOut: Record<string, LayoutId> = {};
  const dropped = new Map<string, { codes: string[]; periods: string[] }>();
  const conflicts = new Map<string, { periods: string[]; codes: string[]; layouts: LayoutId[] }>();
  for (const period of sortPeriods(periods.keys())) {
    const codes = periods.get(period)!;
    const layout = statedFor(period);
    if (layout) {
      layoutOut[period] = layout;
      const members = new Set(LAYOUT_AREAS[layout]);
      const out = codes.filter((c) => !members.has(c)).sort();
      if (out.length) {
        for (const c of out) areaValues.get(c)!.delete(period);
        const key = `${layout}|${out.join(',')}`;
        const d = dropped.get(key) ?? { codes: out, periods: [] };
        d.periods.push(period);
        dropped.set(key, d);
      }
      continue;
    }
    const inferred = inferLayout(codes);
    if ('conflict' in inferred) {
      const key = `${inferred.conflict.codes.join(',')}|${inferred.conflict.layouts.join(',')}`;
      const c = conflicts.get(key) ?? { ...inferred.conflict, periods: [] };
      c.periods.push(period);
      conflicts.set(key, c);
    }
  }
  for (const [key, d] of dropped) {
    const layout = key.split('|')[0];
    warn({
      code: 'rows-dropped',
      message: `left out ${d.codes.map(areaName).join(', ')} in ${listValues(d.periods, 12)}: not part of the stated layout ${layout}`,
    });
  }
  for (const c of conflicts.values()) reportConflict(state, c);
  problems.throwIfAny();
  return layoutOut;
}

function reportConflict({ problems }: BuildState, c: Conflict): void {
  const byLayout = (layout: LayoutId) =>
    c.codes.filter((code) => areaInfo(code)?.layouts.includes(layout));
  const layoutName = (l: LayoutId) => (l === 'pre2018' ? 'before 2018' : `layout ${l}`);
  const detail = c.layouts
    .map((l) =>
      byLayout(l).length
        ? `${byLayout(l).join(', ')} (${layoutName(l)})`
        : `other areas (${layoutName(l)})`,
    )
    .join(' with ');
  const keep = c.layouts[c.layouts.length - 1];
  const kept = byLayout(keep);
  const range =
    c.periods.length > 1 ? `${c.periods[0]}..${c.periods[c.periods.length - 1]}` : c.periods[0];
  problems.add({
    message: `${c.periods.length > 1 ? 'periods' : 'period'} ${c.periods.join(', ')} ${c.periods.length > 1 ? 'mix' : 'mixes'} boundary layouts: ${detail}`,
    hint: `state the layout of these periods: ${shellFlag('layout', `${range}=${keep}`)} (option layout) keeps ${kept.length ? kept.join(', ') : `the areas of layout ${keep}`} and leaves out the others`,
  });
}
