// The indicator picker's groups: indicators by topic, in the document's topic order, those
// without a topic last. Pure.
import type { Dataset, Indicator, Lang } from '../../data/types.js';
import { topicsOf } from '../../data/accessors.js';
import { localize } from '../../i18n/format.js';
import type { Notice } from './view-state.js';

export interface PickerGroup {
  /** The topic's name in the reader's language; '' when no indicator has a topic. */
  label: string;
  indicators: readonly Indicator[];
}

/**
 * pickerGroups(dataset, lang, other) groups the indicators by topic in the document's order of
 * topics, then those without one under `other`. Without any topic: one group, label ''.
 */
export function pickerGroups(dataset: Dataset, lang: Lang, other: string): PickerGroup[] {
  const groups = topicsOf(dataset);
  if (groups.length === 1 && !groups[0].topic)
    return [{ label: '', indicators: groups[0].indicators }];
  return groups.map((g) => ({
    label: g.topic ? localize(g.topic.name, lang) || g.topic.id : other,
    indicators: g.indicators,
  }));
}

/** The indicators in the picker's order (the first regional one is the default view). */
export function pickerOrder(groups: readonly PickerGroup[]): Indicator[] {
  return groups.flatMap((g) => g.indicators);
}

/**
 * topicNotices(dataset) names the indicators whose topic the reader cannot see: the format leaves
 * out a topic that is not a text (warning `topic`) or that the document's list does not hold
 * (`unknown-topic`), and the indicator is listed under "Other".
 */
export function topicNotices(dataset: Dataset): Notice[] {
  const notices: Notice[] = [];
  for (const warning of dataset.warnings) {
    const at = /^indicators\[(\d+)\]\.topic\b/.exec(warning.path);
    const indicator = at ? dataset.indicators[Number(at[1])] : undefined;
    if (!indicator) continue;
    if (warning.code === 'topic') notices.push({ code: 'topic-not-text', indicator: indicator.id });
    if (warning.code === 'unknown-topic')
      notices.push({ code: 'topic-unknown', indicator: indicator.id });
  }
  return notices;
}
