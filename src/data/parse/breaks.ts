/**
 * Breaks in series: a note by period, for periods whose values are not comparable with the
 * earlier ones.
 */
import type { Localized, Period } from '../types.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import type { Json } from './paths.js';
import { readLocalized } from './texts.js';

/** Breaks in series by period: `{"2018": "why"}`; a period without values gets a warning. */
export function readBreaks(
  r: Reader,
  value: Json,
  path: string,
  periods: Map<string, Period>,
): Record<string, Localized> | undefined {
  const obj = r.object(value, path, 'an object of notes by period');
  const notes =
    obj &&
    r.byPeriod(obj, path, (v, p, id) => {
      if (!periods.has(id))
        r.warn(p, 'unused-break', `a break is given for period ${id}, which has no values`);
      return readLocalized(r, v, p, LIMITS.note, true);
    });
  if (!notes?.size) return undefined;
  const out: Record<string, Localized> = Object.create(null);
  for (const [id, note] of notes) out[id] = note;
  return out;
}
