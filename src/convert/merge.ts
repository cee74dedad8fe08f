/** Combining converted documents into one (several indicators in one file). */
import type { DocumentInput, IndicatorInput, TopicInput } from '../data/types.js';
import { ConvertError } from './errors.js';

/** Every form of document that the parser reads: a document, an array of indicators, or one. */
export type AnyDocumentInput = DocumentInput | IndicatorInput[] | IndicatorInput;

/** The indicators of any document form, and its document-level source. */
function partsOf(doc: AnyDocumentInput): Pick<DocumentInput, 'indicators' | 'source' | 'topics'> {
  if (Array.isArray(doc)) return { indicators: doc };
  if ('indicators' in doc && Array.isArray(doc.indicators)) return doc;
  return { indicators: [doc as IndicatorInput] };
}

/**
 * Puts the indicators of several documents (in any form the parser reads) into one; indicator ids
 * must be unique. Topic lists are joined in order; a topic id listed twice must have the same
 * name.
 */
export function mergeDocuments(documents: AnyDocumentInput[]): DocumentInput {
  const indicators: IndicatorInput[] = [];
  const seen = new Map<string, number>();
  const topics = new Map<string, { topic: TopicInput; document: number }>();
  const problems: { message: string; hint: string }[] = [];
  documents.forEach((input, d) => {
    const doc = partsOf(input);
    for (const topic of doc.topics ?? []) {
      const first = topics.get(topic.id);
      if (!first) topics.set(topic.id, { topic, document: d });
      else if (JSON.stringify(first.topic.name) !== JSON.stringify(topic.name)) {
        problems.push({
          message: `topic "${topic.id}" has one name in document ${first.document + 1} and another in document ${d + 1}`,
          hint: 'give the topic the same name in every document',
        });
      }
    }
    for (const indicator of doc.indicators) {
      const first = seen.get(indicator.id);
      if (first !== undefined) {
        problems.push({
          message: `indicator id "${indicator.id}" is in document ${first + 1} and document ${d + 1}`,
          hint: 'give each indicator its own id (--id)',
        });
        continue;
      }
      seen.set(indicator.id, d);
      // A document-level source applies to indicators that have none of their own.
      indicators.push(
        indicator.source || !doc.source ? indicator : { ...indicator, source: doc.source },
      );
    }
  });
  if (problems.length) throw new ConvertError(problems);
  const list = [...topics.values()].map((entry) => entry.topic);
  return { format: 'kz-indicators/1', ...(list.length ? { topics: list } : {}), indicators };
}
