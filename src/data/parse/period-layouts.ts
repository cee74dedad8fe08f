/** The boundary layout of each period: stated (`layout`) or inferred from the areas' codes. */
import type { LayoutId, Period } from '../types.js';
import { LAYOUT_AREAS, areaInfo, inferLayout } from '../areas.js';
import { LAYOUTS, LAYOUT_FACTS, layoutMarkedBy } from '../layouts.js';
import { comparePeriods } from '../periods.js';
import type { Reader } from './reader.js';
import { dataKey, type Json } from './paths.js';
import { areaRef, type AreaEntry } from './area-values.js';

/** `layout`: one layout for every period, or layouts by period. */
export function readLayoutOption(
  r: Reader,
  value: Json,
  path: string,
): LayoutId | Map<string, LayoutId> | undefined {
  if (typeof value === 'string') return r.oneOf(value, path, LAYOUTS, 'layout');
  const obj = r.object(
    value,
    path,
    `a layout (${LAYOUTS.map((id) => `"${id}"`).join(', ')}) or an object of layouts by period`,
  );
  return obj && r.byPeriod(obj, path, (v, p) => r.oneOf(v, p, LAYOUTS, 'layout'));
}

/**
 * The layout of each period with area values: the stated one when its areas fit it, else the one
 * the codes point to. `areaPeriods` are the periods with area values.
 */
export function periodLayouts(
  r: Reader,
  areas: AreaEntry[],
  areaPeriods: Set<string>,
  periods: Map<string, Period>,
  explicit: LayoutId | Map<string, LayoutId> | undefined,
  valuesPath: string,
): Record<string, LayoutId> {
  const layouts: Record<string, LayoutId> = Object.create(null);
  if (explicit instanceof Map) {
    for (const periodId of explicit.keys()) {
      if (!areaPeriods.has(periodId)) {
        r.warn(
          valuesPath,
          'unused-layout',
          `a layout is given for period ${periodId}, which has no area values`,
        );
      }
    }
  }
  const byPeriod = areasByPeriod(areas);
  const open: string[] = [];
  for (const periodId of areaPeriods) {
    const present = byPeriod.get(periodId) ?? [];
    const stated = explicit instanceof Map ? explicit.get(periodId) : explicit;
    if (stated) {
      if (fitsStated(r, periodId, present, stated)) layouts[periodId] = stated;
      continue;
    }
    const inferred = inferredLayout(r, periodId, present);
    if (!inferred) continue;
    layouts[periodId] = inferred.layout;
    if (inferred.candidates.length > 2) open.push(periodId);
  }
  if (open.length) settleOpen(layouts, open, areaPeriods, periods);
  return layouts;
}

/** The areas with an entry in each period, in one pass over the values (not periods x areas). */
function areasByPeriod(areas: AreaEntry[]): Map<string, AreaEntry[]> {
  const byPeriod = new Map<string, AreaEntry[]>();
  for (const area of areas) {
    for (const periodId in area.periods) {
      const list = byPeriod.get(periodId);
      if (list) list.push(area);
      else byPeriod.set(periodId, [area]);
    }
  }
  return byPeriod;
}

/** Whether every area of the period is a unit of the stated layout (a problem if not). */
function fitsStated(r: Reader, periodId: string, present: AreaEntry[], stated: LayoutId): boolean {
  const allowed = new Set(LAYOUT_AREAS[stated]);
  const strays = present.filter((a) => !allowed.has(a.code));
  if (!strays.length) return true;
  r.problem(
    dataKey(strays[0].path, periodId),
    `period ${periodId} is stated as the ${LAYOUT_FACTS[stated].name}, which has no ${strays.map(areaRef).join(', ')}`,
    'state another layout for this period, or remove these values',
    'layout-mix',
  );
  return false;
}

/** The layout the period's codes point to; a problem naming the strays when they disagree. */
function inferredLayout(
  r: Reader,
  periodId: string,
  present: AreaEntry[],
): { layout: LayoutId; candidates: LayoutId[] } | undefined {
  const inferred = inferLayout(present.map((a) => a.code));
  if (!('conflict' in inferred)) return inferred;
  const offending = new Set(inferred.conflict.codes);
  const strays = present.filter((a) => offending.has(a.code));
  const [layoutA, layoutB] = inferred.conflict.layouts;
  let message: string;
  if (layoutA === 'districts') {
    const kind = areaInfo(strays[0].code)?.level === 'district' ? 'district' : 'region';
    message = `period ${periodId} mixes districts and regions: ${strays.map(areaRef).join(', ')} ${strays.length === 1 ? 'is a' : 'are'} ${kind}${strays.length === 1 ? '' : 's'} among ${kind === 'district' ? 'regions' : 'districts'}`;
  } else {
    const old = strays.filter((a) => layoutOfCode(a.code) === 'pre2018');
    const recent = strays.filter((a) => layoutOfCode(a.code) !== 'pre2018');
    message = `period ${periodId} mixes layouts; ${LAYOUT_FACTS[layoutB].name}: ${old.map(areaRef).join(', ')}; ${LAYOUT_FACTS[layoutA].name}: ${recent.map(areaRef).join(', ')}`;
  }
  r.problem(
    dataKey(strays[0].path, periodId),
    message,
    'give each period one layout: remove the values of one layout, or split the indicator',
    'layout-mix',
  );
  return undefined;
}

/**
 * A period whose codes fit every region layout takes the layout of the nearest period that is
 * determined (the later one on a tie); with none, the most recent layout (already set).
 */
function settleOpen(
  layouts: Record<string, LayoutId>,
  open: string[],
  areaPeriods: Set<string>,
  periods: Map<string, Period>,
): void {
  const openSet = new Set(open);
  const determined = [...areaPeriods]
    .filter((id) => !openSet.has(id) && layouts[id] && layouts[id] !== 'districts')
    .map((id) => periods.get(id)!)
    .sort(comparePeriods);
  for (const periodId of open) {
    const period = periods.get(periodId)!;
    let best: Period | undefined;
    let bestDistance = Infinity;
    for (const other of determined) {
      const distance = Math.abs(other.start - period.start);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = other;
      }
    }
    if (best) layouts[periodId] = layouts[best.id];
  }
}

/** The layout that a conflicting code stands for, for grouping the codes in messages. */
function layoutOfCode(code: string): LayoutId {
  const info = areaInfo(code);
  if (info?.level === 'district') return 'districts';
  return layoutMarkedBy(code) ?? '2022';
}
