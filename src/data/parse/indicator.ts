/**
 * One indicator: id, texts, source, topic and companions, then its values, references, the layout
 * of each period and breaks.
 */
import type {
  Better,
  Indicator,
  LayoutId,
  Localized,
  Observation,
  Period,
  Reference,
  Source,
} from '../types.js';
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

/** An indicator's values and what is read with them. */
interface Data {
  periods: Map<string, Period>;
  areas: AreaEntry[];
  references: Reference[];
  layouts: Record<string, LayoutId>;
  breaks: Record<string, Localized> | undefined;
  valuesPath: string;
}

/** One indicator; undefined when it has a problem. `ids` collects the ids read so far. */
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
  const id = readId(r, obj, path, ids);
  const text = (key: string, max: number, required = false) =>
    required || has(obj, key)
      ? readLocalized(r, own(obj, key), join(path, key), max, required)
      : undefined;
  const name = text('name', LIMITS.name, true);
  const unit = text('unit', LIMITS.unit);
  const decimals = has(obj, 'decimals') ? readDecimals(r, own(obj, 'decimals'), path) : undefined;
  let better: Better = 'neutral';
  if (has(obj, 'better'))
    better = r.oneOf(own(obj, 'better'), join(path, 'better'), BETTER, 'better') ?? 'neutral';
  const source = has(obj, 'source')
    ? readSource(r, own(obj, 'source'), join(path, 'source'))
    : (docSource ?? missingSource(r, path));
  const definition = text('definition', LIMITS.text);
  const notes = text('notes', LIMITS.text);
  const topic = has(obj, 'topic')
    ? r.softly(() => readTopic(r, own(obj, 'topic'), join(path, 'topic')))
    : undefined;
  const companions = has(obj, 'companions')
    ? readCompanionIds(r, own(obj, 'companions'), join(path, 'companions'), id)
    : undefined;
  const { periods, areas, references, layouts, breaks, valuesPath } = readData(r, obj, path);

  if (r.problemTotal > before || id === undefined || !name || !source) return undefined;
  if (!areas.length && !references.length) {
    r.warn(valuesPath, 'no-values', `indicator "${id}" has no values`);
  }
  const indicator: Indicator = {
    id,
    name,
    unit: unit ?? {},
    decimals: decimals ?? decimalsSeen(areas, references),
    better,
    source,
    periods: [...periods.values()].sort(comparePeriods),
    layouts,
    values: valuesByArea(areas),
    references,
  };
  if (definition) indicator.definition = definition;
  if (notes) indicator.notes = notes;
  if (topic !== undefined) indicator.topic = topic;
  if (companions?.length) indicator.companions = companions;
  if (breaks) indicator.breaks = breaks;
  return indicator;
}

function missingSource(r: Reader, path: string): undefined {
  r.problem(
    path,
    'missing "source"',
    'add "source": {"name": ..., "url": ..., "licence": ...}, here or for the whole document',
    'required',
  );
  return undefined;
}

function readId(r: Reader, obj: Obj, path: string, ids: Set<string>): string | undefined {
  if (!has(obj, 'id')) {
    r.problem(path, 'missing "id"', 'add "id": a short name such as "u5mr"', 'required');
    return undefined;
  }
  const idPath = join(path, 'id');
  const id = r.string(own(obj, 'id'), idPath, LIMITS.id);
  if (id !== undefined && !ID.test(id)) {
    r.problem(
      idPath,
      `the id ${quote(id)} has characters that are not allowed`,
      'use letters, digits, ".", "_", ":" and "-", starting with a letter or digit',
      'id',
    );
    return undefined;
  } else if (id !== undefined && ids.has(id)) {
    r.problem(
      idPath,
      `the id ${quote(id)} is used by an earlier indicator`,
      'give each indicator its own id',
      'duplicate-id',
    );
  } else if (id !== undefined) ids.add(id);
  return id;
}

function readDecimals(r: Reader, d: unknown, path: string): number | undefined {
  if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10) return d;
  r.problem(
    join(path, 'decimals'),
    `decimals must be a whole number from 0 to 10, got ${describe(d)}`,
    undefined,
    'decimals',
  );
  return undefined;
}

/** Values by area, references, the layout of each period and breaks, in this order. */
function readData(r: Reader, obj: Obj, path: string): Data {
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
  return { periods, areas, references, layouts, breaks, valuesPath };
}

/** The areas' series by code, in code order. */
function valuesByArea(areas: AreaEntry[]): Record<string, Record<string, Observation>> {
  const values: Record<string, Record<string, Observation>> = Object.create(null);
  for (const area of [...areas].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    values[area.code] = area.periods;
  }
  return values;
}

/** The number of decimals the values are written with most often, references included. */
function decimalsSeen(areas: AreaEntry[], references: Reference[]): number {
  const counts = [0, 0, 0, 0];
  const count = (v: number | null | undefined) => {
    if (typeof v === 'number') counts[decimalsOf(v)]++;
  };
  for (const area of areas) {
    for (const periodId in area.periods) count(area.periods[periodId].value);
  }
  for (const ref of references) {
    for (const periodId in ref.values) count(ref.values[periodId].value);
    count(ref.value);
  }
  return mostCommon(counts);
}

/** The number of decimals seen most often (the larger on a tie); 1 when there are no numbers. */
function mostCommon(counts: number[]): number {
  if (!counts.some((c) => c > 0)) return 1;
  let best = 0;
  for (let d = 1; d < counts.length; d++) if (counts[d] >= counts[best]) best = d;
  return best;
}
