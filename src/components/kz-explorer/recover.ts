// A document whose only mistakes are topics that are not text (an indicator's `topic`, or a name
// in the document's `topics`) still shows: the explorer reads it again without those topics, and
// says which indicators lost theirs. Any other mistake keeps the document refused.
import type { Dataset } from '../../data/types.js';
import { IndicatorError } from '../../data/parse.js';
import { datasetFrom, inlineJson, LoadError } from '../../controllers/indicator-source.js';

const INDICATOR_TOPIC = /^indicators\[(\d+)\]\.topic$/;
const LISTED_TOPIC = /^topics\[(\d+)\]\.name(?:\.\w+|\[\d+\])?$/;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface WithoutTopics {
  json: Obj;
  /** Ids (or, without one, positions) of the indicators whose topic was left out. */
  indicators: string[];
}

/**
 * withoutBadTopics(json, problems) is the document without the topics the problems are about, or
 * null when a problem is about anything else (or the document is not of the usual form).
 */
export function withoutBadTopics(
  json: unknown,
  problems: readonly { path: string }[],
): WithoutTopics | null {
  if (!isObject(json) || !Array.isArray(json.indicators) || problems.length === 0) return null;
  const indicators = new Set<number>();
  const listed = new Set<number>();
  for (const { path } of problems) {
    const own = INDICATOR_TOPIC.exec(path);
    const name = LISTED_TOPIC.exec(path);
    if (own) indicators.add(Number(own[1]));
    else if (name) listed.add(Number(name[1]));
    else return null;
  }
  const copy: Obj = {
    ...json,
    indicators: json.indicators.map((indicator: unknown, i) => {
      if (!indicators.has(i) || !isObject(indicator)) return indicator;
      const { topic: _dropped, ...rest } = indicator;
      return rest;
    }),
  };
  if (Array.isArray(json.topics)) copy.topics = json.topics.filter((_, i) => !listed.has(i));
  const ids = [...indicators].map((i) => {
    const id = (json.indicators as unknown[])[i];
    return isObject(id) && typeof id.id === 'string' ? id.id : `#${i + 1}`;
  });
  return { json: copy, indicators: ids };
}

/** The problems of a refused document, when the error is one. */
function problemsOf(error: unknown): readonly { path: string }[] | null {
  const cause = error instanceof LoadError ? error.cause : error;
  return cause instanceof IndicatorError ? cause.problems : null;
}

export interface Recovered {
  dataset: Dataset;
  /** Indicators whose topic was not a text. */
  indicators: string[];
}

/**
 * recoverTopics(host, error) reads the host's document again without its bad topics (twice at
 * most: a listed topic left out makes the indicators that named it the next problems). The text
 * of a `src` comes from the browser's cache of the first download.
 */
export async function recoverTopics(
  host: HTMLElement & { data?: unknown; src?: string | null },
  error: unknown,
): Promise<Recovered | null> {
  let problems = problemsOf(error);
  if (!problems) return null;
  let json: unknown = host.data ?? null;
  try {
    if (json == null && host.src)
      json = await (await fetch(host.src, { credentials: 'same-origin' })).json();
    else if (json == null) json = JSON.parse(inlineJson(host) ?? 'null');
    else if (typeof json === 'string') json = JSON.parse(json);
  } catch {
    return null;
  }
  const lost: string[] = [];
  for (let pass = 0; pass < 3 && problems; pass++) {
    const fixed = withoutBadTopics(json, problems);
    if (!fixed) return null;
    lost.push(...fixed.indicators);
    json = fixed.json;
    try {
      return { dataset: datasetFrom(json), indicators: [...new Set(lost)] };
    } catch (next) {
      problems = problemsOf(next);
    }
  }
  return null;
}
