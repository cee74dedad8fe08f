// The indicator picker's groups: indicators by topic, in the document's topic order, those
// without a topic last. Pure.
import type { Dataset, Indicator, Lang, Localized } from '../../data/types.js';
import { localize } from '../../i18n/format.js';
import type { Notice } from './view-state.js';

/** A topic as the format gives it (`dataset.topics`, `indicator.topic`). */
interface TopicLike {
  id: string;
  name: Localized;
}
type WithTopics = Dataset & { topics?: readonly TopicLike[] };
type WithTopic = Indicator & { topic?: string };

export interface PickerGroup {
  /** The topic's name in the reader's language; '' for indicators without a topic. */
  label: string;
  indicators: readonly Indicator[];
}

/**
 * pickerGroups(dataset, lang, other) groups the indicators by topic in the document's order of
 * topics, then those without one under `other`. Without any topic: one group, label ''.
 */
export function pickerGroups(dataset: Dataset, lang: Lang, other: string): PickerGroup[] {
  const topics = (dataset as WithTopics).topics ?? [];
  const byTopic = new Map<string, Indicator[]>(topics.map((t) => [t.id, []]));
  const loose: Indicator[] = [];
  for (const indicator of dataset.indicators) {
    const topic = (indicator as WithTopic).topic;
    const group = topic !== undefined ? byTopic.get(topic) : undefined;
    if (group) group.push(indicator);
    else loose.push(indicator);
  }
  if (loose.length === dataset.indicators.length) return [{ label: '', indicators: loose }];
  const groups: PickerGroup[] = topics
    .filter((t) => byTopic.get(t.id)!.length > 0)
    .map((t) => ({ label: localize(t.name, lang) || t.id, indicators: byTopic.get(t.id)! }));
  if (loose.length) groups.push({ label: other, indicators: loose });
  return groups;
}

/** The indicators in the picker's order (the first regional one is the default view). */
export function pickerOrder(groups: readonly PickerGroup[]): Indicator[] {
  return groups.flatMap((g) => g.indicators);
}

/**
 * topicNotices(dataset) names the indicators whose topic the reader cannot see because it was
 * not a text (the format drops such a topic with a warning on its path).
 */
export function topicNotices(dataset: Dataset): Notice[] {
  const notices: Notice[] = [];
  for (const warning of dataset.warnings) {
    const match = /^indicators\[(\d+)\]\.topic$/.exec(warning.path);
    const indicator = match ? dataset.indicators[Number(match[1])] : undefined;
    if (indicator) notices.push({ code: 'topic-not-text', indicator: indicator.id });
  }
  return notices;
}
