// Whether a period starts a break in series: values from it on are not comparable with the
// period before, because the regions' boundaries changed or the source marks a break (a new
// definition, a new method). The map's period control says so. Pure.
import type { Indicator, Lang, Localized } from '../../data/types.js';
import { localize } from '../../i18n/format.js';
import { fill, type ChoroplethMessages } from './messages.js';

export interface PeriodBreak {
  /** The first period after the break. */
  period: string;
  /** The boundaries changed at this period (from one layout to another). */
  layoutChange: boolean;
  /** The source marks a break here: for these areas' values (`status: "break"`). */
  areas: string[];
  /** The source's own explanation, when it gives one. */
  note?: Localized;
}

/**
 * periodBreak(indicator, period, periods) says whether `period` starts a break in series, among
 * the periods the map steps through; null for the first period, or when nothing changed.
 */
export function periodBreak(
  indicator: Indicator,
  period: string,
  periods: readonly string[],
): PeriodBreak | null {
  const at = periods.indexOf(period);
  if (at <= 0) return null;
  const before = periods[at - 1];
  const layoutChange =
    !!indicator.layouts[period] && indicator.layouts[period] !== indicator.layouts[before];
  const areas: string[] = [];
  let note: Localized | undefined;
  for (const [area, byPeriod] of Object.entries(indicator.values)) {
    const observation = byPeriod[period];
    if (observation?.status !== 'break') continue;
    areas.push(area);
    note ??= observation.note;
  }
  // Indicator-wide breaks, where the format states them per period.
  const stated = (indicator as { breaks?: Record<string, Localized | undefined> }).breaks;
  if (stated && Object.prototype.hasOwnProperty.call(stated, period)) {
    note = stated[period] && Object.keys(stated[period]!).length ? stated[period] : note;
    if (!areas.length) areas.push(...Object.keys(indicator.values));
  }
  if (!layoutChange && !areas.length) return null;
  return { period, layoutChange, areas, note };
}

/** Whether any period the map steps through starts a break (to keep room for the note). */
export function hasBreaks(indicator: Indicator, periods: readonly string[]): boolean {
  return periods.some((p) => periodBreak(indicator, p, periods) !== null);
}

/**
 * The period control's note for `period`, in the reader's language: why it does not compare with
 * the period before ('' when it does), and whether to keep room for a note at all.
 */
export function periodNote(
  indicator: Indicator,
  period: string,
  periods: readonly string[],
  m: Pick<ChoroplethMessages, 'breakLayout' | 'breakSeries'>,
  lang: Lang,
): { note: string; reserve: boolean } {
  const reserve = hasBreaks(indicator, periods);
  const found = reserve ? periodBreak(indicator, period, periods) : null;
  if (!found) return { note: '', reserve };
  const said = found.areas.length
    ? fill(m.breakSeries, { period })
    : fill(m.breakLayout, { period });
  const why = localize(found.note, lang);
  return { note: why ? `${said} ${why}` : said, reserve };
}
