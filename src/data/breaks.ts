/** Breaks in series: where values on either side of a period are not comparable. */
import type { Indicator, LayoutId, Localized, Period } from './types.js';
import { seriesOf, type SeriesPoint } from './accessors.js';

export interface SeriesBreak {
  /** The first period after the break: its values are not comparable with the earlier ones. */
  period: Period;
  /** Why, in the document's words: the indicator's `breaks` note, else the value's note. */
  note?: Localized;
  /** The boundary layout changes here (area series and the map). */
  layoutChange?: { from: LayoutId; to: LayoutId };
}

const own = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** The stated break notes that fall after `before` and at or before `at`, first one wins. */
function statedBetween(indicator: Indicator, before: Period, at: Period): Localized | undefined {
  if (!indicator.breaks) return undefined;
  for (const period of indicator.periods) {
    if (period.start > before.start && period.start <= at.start && own(indicator.breaks, period.id))
      return indicator.breaks[period.id];
  }
  return undefined;
}

/** Whether the indicator's stated breaks apply to a series: areas, and references of its source. */
function takesStatedBreaks(indicator: Indicator, id: string): boolean {
  if (own(indicator.values, id)) return true;
  const reference = indicator.references.find((r) => r.id === id);
  return reference !== undefined && reference.source === undefined && reference.value === undefined;
}

function breakAt(
  point: SeriesPoint,
  previous: SeriesPoint,
  stated: Localized | undefined,
): SeriesBreak | undefined {
  const marked = point.observation.status === 'break';
  const layoutChange =
    point.layout && previous.layout && point.layout !== previous.layout
      ? { from: previous.layout, to: point.layout }
      : undefined;
  if (!stated && !marked && !layoutChange) return undefined;
  const found: SeriesBreak = { period: point.period };
  const note = stated ?? (marked ? point.observation.note : undefined);
  if (note) found.note = note;
  if (layoutChange) found.layoutChange = layoutChange;
  return found;
}

/**
 * The breaks in the series of an area code or a reference id, in time order: a value marked
 * `"status": "break"`, a break stated for the indicator (for area series and references without
 * their own source), or a change of boundary layout between two points of an area's series.
 * A chart draws a gap mark before each `period`. Empty for an unknown id or a constant target.
 */
export function breaksOf(indicator: Indicator, id: string): SeriesBreak[] {
  const points = seriesOf(indicator, id);
  const stated = takesStatedBreaks(indicator, id);
  const out: SeriesBreak[] = [];
  for (let i = 1; i < points.length; i++) {
    const note = stated
      ? statedBetween(indicator, points[i - 1].period, points[i].period)
      : undefined;
    const found = breakAt(points[i], points[i - 1], note);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The breaks that concern the map: at each period with area values, a stated break since the
 * previous such period, a change of layout, or an area value marked as a break (the first note
 * found). For a note in the map's period control.
 */
export function periodBreaksOf(indicator: Indicator): SeriesBreak[] {
  const withAreas = indicator.periods.filter((period) => own(indicator.layouts, period.id));
  const out: SeriesBreak[] = [];
  for (let i = 1; i < withAreas.length; i++) {
    const period = withAreas[i];
    const from = indicator.layouts[withAreas[i - 1].id];
    const to = indicator.layouts[period.id];
    let note = statedBetween(indicator, withAreas[i - 1], period);
    let marked = false;
    for (const code in indicator.values) {
      const observation = indicator.values[code][period.id];
      if (observation?.status !== 'break') continue;
      marked = true;
      note ??= observation.note;
      if (note) break;
    }
    if (!note && !marked && from === to) continue;
    const found: SeriesBreak = { period };
    if (note) found.note = note;
    if (from !== to) found.layoutChange = { from, to };
    out.push(found);
  }
  return out;
}

/** The break just before a period of the map, if any. */
export function breakBefore(indicator: Indicator, periodId: string): SeriesBreak | undefined {
  return periodBreaksOf(indicator).find((found) => found.period.id === periodId);
}
