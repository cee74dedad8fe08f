/**
 * Values: one observation (a number, null, or a value with bounds, status, note or reason) and a
 * series of them by period.
 */
import type { MissingReason, Observation, ObservationStatus, Period } from '../types.js';
import { StopReading, type Reader } from './reader.js';
import { LIMITS } from './limits.js';
import type { Json, Obj } from './paths.js';
import { dataKey, describe, has, isObject, join, own, quote } from './paths.js';
import { readLocalized } from './texts.js';

const STATUS: readonly ObservationStatus[] = ['provisional', 'estimated', 'break'];
const REASONS: readonly MissingReason[] = ['not-available', 'not-applicable', 'suppressed'];
const OBSERVATION_KEYS = ['value', 'lower', 'upper', 'status', 'note', 'reason'];

/** One value: a number, null, or `{"value", "lower", "upper", "status", "note", "reason"}`. */
export function readObservation(r: Reader, value: Json, path: string): Observation | undefined {
  if (value === null) return { value: null };
  if (typeof value === 'number' || typeof value === 'string') {
    const n = r.number(value, path);
    return n === undefined ? undefined : { value: n };
  }
  if (!isObject(value)) {
    r.problem(
      path,
      `expected a number, null or {"value": ...}, got ${describe(value)}`,
      'write a number, or null for a missing value',
      'type',
    );
    return undefined;
  }
  const keys = r.keys(value, path);
  r.unknownKeys(path, OBSERVATION_KEYS, keys);
  if (!has(value, 'value')) {
    r.problem(path, 'missing "value"', 'add "value": a number, or null when missing', 'required');
    return undefined;
  }
  const obs = observationFields(r, value, path);
  return obs && boundsFit(r, obs, path) ? obs : undefined;
}

/** The fields of an observation object, or undefined when one of them is wrong. */
function observationFields(r: Reader, value: Obj, path: string): Observation | undefined {
  let ok = true;
  const raw = own(value, 'value');
  const obs: Observation = { value: null };
  if (raw !== null) {
    const n = r.number(raw, join(path, 'value'));
    if (n === undefined) ok = false;
    else obs.value = n;
  }
  for (const bound of ['lower', 'upper'] as const) {
    if (!has(value, bound)) continue;
    const n = r.number(own(value, bound), join(path, bound), `${bound} bound`);
    if (n === undefined) ok = false;
    else obs[bound] = n;
  }
  if (has(value, 'status')) {
    const status = r.oneOf(own(value, 'status'), join(path, 'status'), STATUS, 'status');
    if (status) obs.status = status;
    else ok = false;
  }
  if (has(value, 'note')) {
    const note = readLocalized(r, own(value, 'note'), join(path, 'note'), LIMITS.note, false);
    if (note) obs.note = note;
  }
  if (has(value, 'reason')) {
    const reason = r.oneOf(own(value, 'reason'), join(path, 'reason'), REASONS, 'reason');
    if (reason && raw !== null) {
      r.problem(
        join(path, 'reason'),
        'a reason is for missing values only',
        'set "value": null, or remove "reason"',
        'reason',
      );
      ok = false;
    } else if (reason) obs.reason = reason;
    else ok = false;
  }
  return ok ? obs : undefined;
}

/** Bounds go with a value, in order, around it. */
function boundsFit(r: Reader, obs: Observation, path: string): boolean {
  const { lower, upper } = obs;
  if ((lower !== undefined || upper !== undefined) && obs.value === null) {
    r.problem(
      path,
      'bounds without a value',
      'give "value", or remove "lower" and "upper"',
      'bounds',
    );
    return false;
  }
  if (lower !== undefined && upper !== undefined && lower > upper) {
    r.problem(path, `lower bound ${lower} is above upper bound ${upper}`, 'swap them', 'bounds');
    return false;
  }
  if (
    obs.value !== null &&
    ((lower !== undefined && obs.value < lower) || (upper !== undefined && obs.value > upper))
  ) {
    r.problem(
      path,
      `value ${obs.value} lies outside its bounds`,
      'check "lower" and "upper"',
      'bounds',
    );
    return false;
  }
  return true;
}

/** Period-keyed observations; the map is keyed by normalised period id. */
export function readSeries(
  r: Reader,
  value: Json,
  path: string,
  periods: Map<string, Period>,
): Record<string, Observation> | undefined {
  const read = r.keyed(
    value,
    path,
    'an object of values by period',
    'for example {"2019": 12.5, "2020": null}',
    'periods',
    LIMITS.periods,
  );
  if (!read) return undefined;
  const { obj, keys } = read;
  const out: Record<string, Observation> = Object.create(null);
  const written = new Map<string, string>();
  for (const key of keys) {
    const reading = r.period(key);
    if (!reading.period) {
      r.problem(dataKey(path, key), reading.error, reading.hint, 'period');
      continue;
    }
    const period = reading.period;
    if (reading.warning) {
      r.warn(dataKey(path, key), 'period-format', reading.warning, `period|${key}`);
    }
    const before = written.get(period.id);
    if (before !== undefined) {
      r.problem(
        dataKey(path, key),
        `${quote(key)} and ${quote(before)} are the same period ${period.id}`,
        'keep one of them',
        'duplicate-period',
      );
      continue;
    }
    written.set(period.id, key);
    if (!periods.has(period.id)) periods.set(period.id, period);
    const raw = own(obj, key);
    // Plain numbers and nulls, by far the most common, skip the detailed checks.
    const obs =
      raw === null
        ? { value: null }
        : typeof raw === 'number' && Math.abs(raw) <= LIMITS.magnitude
          ? { value: raw === 0 ? 0 : raw }
          : readObservation(r, raw, dataKey(path, key));
    if (obs) {
      out[period.id] = obs;
      if (++r.observations > LIMITS.observations) {
        r.problem(
          path,
          `too many values (more than ${LIMITS.observations})`,
          'split the document',
          'too-large',
        );
        throw new StopReading();
      }
    }
  }
  return out;
}
