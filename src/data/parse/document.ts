/** The document: a list of indicators with a shared source and topics, or a single indicator. */
import type { Dataset, Indicator, Source } from '../types.js';
import { StopReading, type Reader } from './reader.js';
import { FORMAT, LIMITS } from './limits.js';
import { describe, errorText, has, isObject, join, own, type Json } from './paths.js';
import { readSource } from './sources.js';
import { readTopicList } from './topics.js';
import { checkCompanions } from './companions.js';
import { readIndicator } from './indicator.js';

const DOC_KEYS = ['format', 'source', 'topics', 'indicators'];

/** The whole document, JSON text or parsed; undefined when it has a problem. */
export function readDocument(r: Reader, json: Json): Dataset | undefined {
  let root = json;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root);
    } catch (error) {
      r.problem(
        '$',
        `not valid JSON: ${errorText(error)}`,
        'check quotes, commas and brackets',
        'json',
      );
      return undefined;
    }
  }
  try {
    return readRoot(r, root);
  } catch (error) {
    if (error instanceof StopReading) return undefined;
    throw error;
  }
}

/** A list of indicators, a document `{"format", "source", "topics", "indicators"}`, or one. */
function readRoot(r: Reader, root: Json): Dataset | undefined {
  if (Array.isArray(root)) return readList(r, root, '', undefined);
  if (isObject(root) && has(root, 'indicators')) {
    const keys = r.keys(root, '');
    r.unknownKeys('', DOC_KEYS, keys);
    let docSource: Source | undefined;
    if (has(root, 'format')) readFormat(r, own(root, 'format'));
    if (has(root, 'source')) docSource = readSource(r, own(root, 'source'), 'source');
    if (has(root, 'topics'))
      r.listedTopics = r.softly(() => readTopicList(r, own(root, 'topics'), 'topics'));
    return readList(r, own(root, 'indicators'), 'indicators', docSource);
  }
  if (isObject(root) && (has(root, 'values') || has(root, 'id'))) {
    const ids = new Set<string>();
    const indicator = readIndicator(r, root, '', undefined, ids);
    checkCompanions(r, ids);
    return r.failed || !indicator ? undefined : datasetOf(r, [indicator]);
  }
  r.problem(
    '$',
    `expected an indicator document, got ${describe(root)}`,
    'write {"indicators": [{"id": ..., "name": ..., "source": ..., "values": {...}}]} or a single indicator',
    'type',
  );
  return undefined;
}

/** The indicators, each with the document's source unless it has its own. */
function readList(
  r: Reader,
  list: Json,
  listPath: string,
  docSource: Source | undefined,
): Dataset | undefined {
  if (!Array.isArray(list)) {
    r.problem(
      listPath,
      `expected an array of indicators, got ${describe(list)}`,
      undefined,
      'type',
    );
    return undefined;
  }
  if (!list.length) {
    r.problem(listPath, 'no indicators', 'add at least one indicator', 'required');
    return undefined;
  }
  if (list.length > LIMITS.indicators) {
    r.tooMany(listPath, 'indicators', list.length, LIMITS.indicators, 'split the document');
    return undefined;
  }
  const ids = new Set<string>();
  const indicators: Indicator[] = [];
  for (let i = 0; i < list.length; i++) {
    const path = join(listPath, i);
    const item = r.object(list[i], path, 'an indicator object');
    if (!item) continue;
    const indicator = readIndicator(r, item, path, docSource, ids);
    if (indicator) indicators.push(indicator);
  }
  checkCompanions(r, ids);
  return r.failed ? undefined : datasetOf(r, indicators);
}

/** `format`: this library reads version 1 only. */
function readFormat(r: Reader, value: Json): void {
  if (value === FORMAT) return;
  const m = typeof value === 'string' ? /^kz-indicators\/(\d+)$/.exec(value.trim()) : null;
  if (m) {
    r.problem(
      'format',
      `format version ${m[1]} is not supported; this library reads ${FORMAT}`,
      'update kz-indicators, or write the document in version 1',
      'format',
    );
  } else {
    r.problem(
      'format',
      `unknown format ${describe(value)}`,
      `write "format": "${FORMAT}", or leave it out`,
      'format',
    );
  }
}

/** The dataset of the indicators read, with the document's topics. */
function datasetOf(r: Reader, indicators: Indicator[]): Dataset {
  const dataset: Dataset = { version: 1, indicators, warnings: r.warnings };
  const topics = [...(r.listedTopics ?? []), ...r.inlineTopics];
  if (topics.length) dataset.topics = topics;
  return dataset;
}
