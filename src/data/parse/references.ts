/**
 * References: national, comparator and target series (or a constant target) beside the areas'
 * values.
 */
import type { Period, Reference, ReferenceKind } from '../types.js';
import { areaInfo } from '../areas.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { ID, describe, has, join, own, quote, type Json, type Obj } from './paths.js';
import { readLocalized } from './texts.js';
import { readSource } from './sources.js';
import { readSeries } from './values.js';

const KINDS: readonly ReferenceKind[] = ['national', 'comparator', 'target'];
const REFERENCE_KEYS = ['id', 'kind', 'label', 'values', 'value', 'year', 'source'];

/** The `references` of an indicator; those with a problem are left out (and reported). */
export function readReferences(
  r: Reader,
  json: Json,
  path: string,
  periods: Map<string, Period>,
): Reference[] {
  const value = r.array(json, path, 'references', LIMITS.references);
  if (!value) return [];
  const ids = new Set<string>();
  const out: Reference[] = [];
  for (let i = 0; i < value.length; i++) {
    const p = join(path, i);
    const obj = r.object(
      value[i],
      p,
      'a reference object {"id", "kind", "label", "values" or "value"}',
    );
    if (!obj) continue;
    const before = r.problemTotal;
    const ref = readReference(r, obj, p, ids, periods);
    if (r.problemTotal === before) out.push(ref);
  }
  return out;
}

function readReference(
  r: Reader,
  obj: Obj,
  p: string,
  ids: Set<string>,
  periods: Map<string, Period>,
): Reference {
  r.unknownKeys(p, REFERENCE_KEYS, r.keys(obj, p));
  const id = referenceId(r, obj, p, ids);
  const kind = r.oneOf(own(obj, 'kind'), join(p, 'kind'), KINDS, 'kind');
  const label = readLocalized(r, own(obj, 'label'), join(p, 'label'), LIMITS.name, true);
  const ref: Reference = {
    id: id ?? '',
    kind: kind ?? 'national',
    label: label ?? {},
    values: Object.create(null),
  };
  readReferenceValues(r, obj, p, kind, ref, periods);
  if (has(obj, 'year')) {
    const year = own(obj, 'year');
    if (typeof year === 'number' && Number.isInteger(year) && year >= 1800 && year <= 2200)
      ref.year = year;
    else
      r.problem(
        join(p, 'year'),
        `year must be a whole number such as 2030, got ${describe(year)}`,
        undefined,
        'year',
      );
  }
  if (has(obj, 'source')) {
    const source = readSource(r, own(obj, 'source'), join(p, 'source'));
    if (source) ref.source = source;
  }
  return ref;
}

/** A reference's id: allowed characters, not an area code, used once per indicator. */
function referenceId(r: Reader, obj: Obj, p: string, ids: Set<string>): string | undefined {
  const id = has(obj, 'id') ? r.string(own(obj, 'id'), join(p, 'id'), LIMITS.id) : undefined;
  if (!has(obj, 'id'))
    r.problem(p, 'missing "id"', 'add "id", such as "national" or "sdg-target"', 'required');
  else if (id !== undefined && !ID.test(id)) {
    r.problem(
      join(p, 'id'),
      `the id ${quote(id)} has characters that are not allowed`,
      'use letters, digits, ".", "_", ":" and "-"',
      'id',
    );
  } else if (id !== undefined && areaInfo(id)) {
    r.problem(
      join(p, 'id'),
      `the reference id ${quote(id)} is an area code`,
      'use a name such as "national"',
      'id',
    );
  } else if (id !== undefined && ids.has(id)) {
    r.problem(
      join(p, 'id'),
      `the reference id ${quote(id)} is used twice`,
      'give each reference its own id',
      'duplicate-id',
    );
  } else if (id !== undefined) ids.add(id);
  return id;
}

/** `values` by period, or one constant `value` (targets only), into `ref`. */
function readReferenceValues(
  r: Reader,
  obj: Obj,
  p: string,
  kind: ReferenceKind | undefined,
  ref: Reference,
  periods: Map<string, Period>,
): void {
  const hasValues = has(obj, 'values');
  const hasValue = has(obj, 'value');
  if (hasValues && hasValue) {
    r.problem(
      p,
      'both "values" and "value"',
      'give "values" by period, or one constant "value" for a target',
      'reference',
    );
  } else if (hasValue) {
    if (kind && kind !== 'target') {
      r.problem(
        join(p, 'value'),
        'a constant "value" is for targets',
        'give "values" by period',
        'reference',
      );
    }
    const n = r.number(own(obj, 'value'), join(p, 'value'));
    if (n !== undefined) ref.value = n;
  } else if (hasValues) {
    const series = readSeries(r, own(obj, 'values'), join(p, 'values'), periods);
    if (series) ref.values = series;
  } else {
    r.problem(
      p,
      'a reference needs "values" (by period) or, for a target, "value"',
      undefined,
      'required',
    );
  }
}
