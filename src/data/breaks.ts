/**
 * Breaks in series: where values on either side of a period are not comparable. The one place
 * that says what a break is, for the format's accessors, the map's period control and the
 * sparkline's line (which `breaksOf` cuts).
 */
import type { Indicator, LayoutId, Localized, Observation, Period } from './types.js';

export interface SeriesBreak {
  /** The first period after the break: its values are not comparable with the earlier ones. */
  period: Period;
  /** Why, in the document's words: the indicator's `breaks` note, else the value's note. */
  note?: Localized;
  /** The boundary layout changes here (area series and the map). */
  layoutChange?: { from: LayoutId; to: LayoutId };
  /** A value at this period is marked `"status": "break"`. */
  marked?: true;
}

/**
 * The breaks at the periods that are steps of a series (those for which `at` gives the values,
 * not false; in time order): at each step after the first, a break stated since the step before
 * (when `stated`: the first one), a value marked as a break among `at(step)` (its note when none
 * is stated), or a change of layout.
 */
function breaksAlong(
  indicator: Indicator,
  at: (period: Period) => (Observation | undefined)[] | false,
  stated: boolean,
  layouts: Readonly<Record<string, LayoutId>>,
): SeriesBreak[] {
  const { breaks } = indicator;
  const out: SeriesBreak[] = [];
  let before: Period | undefined;
  let note: Localized | undefined;
  for (const period of indicator.periods) {
    if (stated && breaks && Object.hasOwn(breaks, period.id)) note ??= breaks[period.id];
    const values = at(period);
    if (!values) continue;
    if (before) {
      const marks = values.filter((o) => o?.status === 'break');
      const from = layouts[before.id];
      const to = layouts[period.id];
      const found: SeriesBreak = { period };
      note ??= marks.find((o) => o!.note)?.note;
      if (note) found.note = note;
      if (marks.length) found.marked = true;
      if (from && to && from !== to) found.layoutChange = { from, to };
      if (Object.keys(found).length > 1) out.push(found);
    }
    before = period;
    note = undefined;
  }
  return out;
}

/**
 * The breaks in the series of an area code or a reference id, in time order: a value marked
 * `"status": "break"`, a break stated for the indicator (for area series and references without
 * their own source), or a change of boundary layout between two points of an area's series.
 * A chart draws a gap mark before each `period`. Empty for an unknown id or a constant target.
 */
export function breaksOf(indicator: Indicator, id: string): SeriesBreak[] {
  const area = Object.hasOwn(indicator.values, id);
  const reference = indicator.references.find((r) => r.id === id);
  const series = area ? indicator.values[id] : reference?.value === undefined && reference?.values;
  if (!series) return [];
  return breaksAlong(
    indicator,
    (period) => Object.hasOwn(series, period.id) && [series[period.id]],
    area || reference?.source === undefined,
    area ? indicator.layouts : {},
  );
}

/**
 * The breaks that concern the map, among the periods it steps through (`periods`; by default
 * every period with area values): at each, a break stated since the previous one, a change of
 * layout, or an area value marked as a break (the stated note, else the first marked value's).
 * For the note of the map's period control.
 */
export function periodBreaksOf(
  indicator: Indicator,
  periods: readonly string[] = Object.keys(indicator.layouts),
): SeriesBreak[] {
  return breaksAlong(
    indicator,
    (period) =>
      periods.includes(period.id) &&
      Object.values(indicator.values).map((byPeriod) => byPeriod[period.id]),
    true,
    indicator.layouts,
  );
}

/** The break just before a period of the map, if any. */
export function breakBefore(indicator: Indicator, periodId: string): SeriesBreak | undefined {
  return periodBreaksOf(indicator).find((found) => found.period.id === periodId);
}
