/** One indicator: id, texts, source, topic and companions, then its values, references, layouts and breaks. */
import type { Better, Indicator, Observation, Period, Source } from '../types.js';
import { comparePeriods } from '../periods.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { ID, describe, has, join, own, quote, type Obj } from './paths.js';
import { readLocalized } from './texts.js';
import { readSource } from './sources.js';
import { readTopic } from './topics.js';
import { readCompanionIds } from './companions.js';
import { readAreas, type AreaEntry } from './area-values.js';
import { periodLayouts, readLayoutOption } from './period-layouts.js';
import { readReferences } from './references.js';
import { readBreaks } from './breaks.js';

const BETTER: readonly Better[] = ['higher', 'lower', 'neutral'];
const INDICATOR_KEYS = [
  'id',
  'name',
  'unit',
  'decimals',
  'better',
  'source',
  'definition',
  'notes',
  'layout',
  'values',
  'references',
  'topic',
  'companions',
  'breaks',
];

/** Number of decimals written, at most 3 (`10.69` -> 2, `1e-7` -> 3). */
export function decimalsOf(value: number): number {
  for (let d = 0, scaled = value; d < 3; d++, scaled *= 10) {
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 3;
}

export function readIndicator(
  r: Reader,
  obj: Obj,
  path: string,
  docSource: Source | undefined,
  ids: Set<string>,
): Indicator | undefined {
  const before = r.problemTotal;
  const keys = r.keys(obj, path);
  r.unknownKeys(path, INDICATOR_KEYS, keys);

  const idPath = join(path, 'id');
  let id: string | undefined;
  if (!has(obj, 'id')) {
    r.problem(path, 'missing "id"', 'add "id": a short name such as "u5mr"', 'required');
  } else {
    id = r.string(own(obj, 'id'), idPath, LIMITS.id);
    if (id !== undefined && !ID.test(id)) {
      r.problem(
        idPath,
        `the id ${quote(id)} has characters that are not allowed`,
        'use letters, digits, ".", "_", ":" and "-", starting with a letter or digit',
        'id',
      );
      id = undefined;
    } else if (id !== undefined && ids.has(id)) {
      r.problem(
        idPath,
        `the id ${quote(id)} is used by an earlier indicator`,
        'give each indicator its own id',
        'duplicate-id',
      );
    } else if (id !== undefined) ids.add(id);
  }
  const name = readLocalized(r, own(obj, 'name'), join(path, 'name'), LIMITS.name, true);
  const unit = has(obj, 'unit')
    ? readLocalized(r, own(obj, 'unit'), join(path, 'unit'), LIMITS.unit, false)
    : undefined;
  let decimals: number | undefined;
  if (has(obj, 'decimals')) {
    const d = own(obj, 'decimals');
    if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10) decimals = d;
    else
      r.problem(
        join(path, 'decimals'),
        `decimals must be a whole number from 0 to 10, got ${describe(d)}`,
        undefined,
        'decimals',
      );
  }
  let better: Better = 'neutral';
  if (has(obj, 'better'))
    better = r.oneOf(own(obj, 'better'), join(path, 'better'), BETTER, 'better') ?? 'neutral';
  let source: Source | undefined;
  if (has(obj, 'source')) source = readSource(r, own(obj, 'source'), join(path, 'source'));
  else if (docSource) source = docSource;
  else
    r.problem(
      path,
      'missing "source"',
      'add "source": {"name": ..., "url": ..., "licence": ...}, here or for the whole document',
      'required',
    );
  const definition = has(obj, 'definition')
    ? readLocalized(r, own(obj, 'definition'), join(path, 'definition'), LIMITS.text, false)
    : undefined;
  const notes = has(obj, 'notes')
    ? readLocalized(r, own(obj, 'notes'), join(path, 'notes'), LIMITS.text, false)
    : undefined;

  const topic = has(obj, 'topic')
    ? r.softly(() => readTopic(r, own(obj, 'topic'), join(path, 'topic')))
    : undefined;
  const companions = has(obj, 'companions')
    ? readCompanionIds(r, own(obj, 'companions'), join(path, 'companions'), id)
    : undefined;

  const periods = new Map<string, Period>();
  const explicit = has(obj, 'layout')
    ? readLayoutOption(r, own(obj, 'layout'), join(path, 'layout'))
    : undefined;
  const valuesPath = join(path, 'values');
  let areas: AreaEntry[] = [];
  if (!has(obj, 'values')) {
    r.problem(path, 'missing "values"', 'add "values": {"KZ-11": {"2019": 12.5}, ...}', 'required');
  } else {
    areas = readAreas(r, own(obj, 'values'), valuesPath, periods, explicit);
  }
  const areaPeriodIds = new Set(periods.keys());
  const references = has(obj, 'references')
    ? readReferences(r, own(obj, 'references'), join(path, 'references'), periods)
    : [];
  const layouts = periodLayouts(r, areas, areaPeriodIds, periods, explicit, valuesPath);
  const breaks = has(obj, 'breaks')
    ? readBreaks(r, own(obj, 'breaks'), join(path, 'breaks'), periods)
    : undefined;

  if (r.problemTotal > before || id === undefined || !name || !source) return undefined;

  const values: Record<string, Record<string, Observation>> = Object.create(null);
  const counts = [0, 0, 0, 0];
  const count = (v: number | null | undefined) => {
    if (typeof v === 'number' && decimals === undefined) counts[decimalsOf(v)]++;
  };
  for (const area of [...areas].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    for (const periodId in area.periods) count(area.periods[periodId].value);
    values[area.code] = area.periods;
  }
  if (!areas.length && !references.length) {
    r.warn(valuesPath, 'no-values', `indicator "${id}" has no values`);
  }
  for (const ref of references) {
    for (const periodId in ref.values) count(ref.values[periodId].value);
    count(ref.value);
  }
  const indicator: Indicator = {
    id,
    name,
    unit: unit ?? {},
    decimals: decimals ?? mostCommon(counts),
    better,
    source,
    periods: [...periods.values()].sort(comparePeriods),
    layouts,
    values,
    references,
  };
  if (definition) indicator.definition = definition;
  if (notes) indicator.notes = notes;
  if (topic !== undefined) indicator.topic = topic;
  if (companions?.length) indicator.companions = companions;
  if (breaks) indicator.breaks = breaks;
  return indicator;
}

/** The number of decimals seen most often (the larger on a tie); 1 when there are no numbers. */
function mostCommon(counts: number[]): number {
  if (!counts.some((c) => c > 0)) return 1;
  let best = 0;
  for (let d = 1; d < counts.length; d++) if (counts[d] >= counts[best]) best = d;
  return best;
}
