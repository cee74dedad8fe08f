// The period control's note at a break in series: values from a period on are not comparable with
// the period before, because the regions' boundaries changed or the source states or marks a break
// (a new definition, a new method). Which periods break is `periodBreaksOf` (data/breaks.ts);
// this words it, and keeps the words while their inputs stay. Pure.
import type { Indicator, Lang } from '../../data/types.js';
import { periodBreaksOf, type SeriesBreak } from '../../data/breaks.js';
import { kept } from '../../internal/same.js';
import { localize } from '../../i18n/format.js';
import { fill, type ChoroplethMessages } from './messages.js';

type BreakMessages = Pick<ChoroplethMessages, 'breakLayout' | 'breakSeries'>;

/** The note of a period control: why `period` does not compare, and whether to keep its room. */
export interface PeriodNote {
  /** '' when the period compares with the one before. */
  note: string;
  /** Whether any period steps over a break: the note's room is kept at every period. */
  reserve: boolean;
}

/**
 * The note for `period` among the breaks of the periods the map steps through, in the reader's
 * language: new boundaries, or a break in series (stated or marked) with the source's reason.
 */
export function periodNote(
  breaks: readonly SeriesBreak[],
  period: string,
  m: BreakMessages,
  lang: Lang,
): PeriodNote {
  const reserve = breaks.length > 0;
  const found = breaks.find((b) => b.period.id === period);
  if (!found) return { note: '', reserve };
  const said = fill(found.note || found.marked ? m.breakSeries : m.breakLayout, { period });
  const why = localize(found.note, lang);
  return { note: why ? `${said} ${why}` : said, reserve };
}

/**
 * The period note of one map, kept on `owner` (the period control) and worked out again only
 * when its inputs change: the breaks when the data or the periods do, the words when the period
 * or the language does. A redraw for the reader's pointer or focus reuses both.
 */
export function keptPeriodNote(
  owner: object,
  indicator: Indicator,
  period: string,
  periods: readonly string[],
  m: BreakMessages,
  lang: Lang,
): PeriodNote {
  const breaks = kept(owner, 'breaks', [indicator, ...periods], () =>
    periodBreaksOf(indicator, periods),
  );
  return kept(owner, 'note', [breaks, period, m, lang], () => periodNote(breaks, period, m, lang));
}
