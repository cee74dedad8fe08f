/**
 * The parser's cursor over one document: it collects problems and warnings with their paths,
 * reads the generic shapes (keys, objects, strings, numbers, choices, arrays, objects keyed by
 * period) and keeps what the document's sections share (topics, companion links, counters).
 */
import type { ParseProblem, ParseWarning, Topic } from '../types.js';
import { parsePeriod, type PeriodReading } from '../periods.js';
import { LIMITS } from './limits.js';
import {
  UNSAFE_KEYS,
  at,
  clip,
  closestKey,
  dataKey,
  describe,
  isObject,
  join,
  own,
  quote,
  type Json,
  type Obj,
} from './paths.js';

/** Thrown to stop at a hard limit; `readDocument` catches it, so it never leaves the parser. */
export class StopReading extends Error {}

export class Reader {
  readonly warnings: ParseWarning[] = [];
  private readonly problems: ParseProblem[] = [];
  /** Problems found so far, also those past `LIMITS.problems`. */
  problemTotal = 0;
  private warnedKeys = new Set<string>();
  /** Values read so far, against `LIMITS.observations`. */
  observations = 0;
  /** Unknown areas given a suggestion so far (suggestions cost an edit-distance search). */
  suggestions = 0;
  /** The document's `topics`, when it has them. */
  listedTopics: Topic[] | undefined;
  /** Topics written only on indicators, in order of first appearance. */
  readonly inlineTopics: Topic[] = [];
  /** Companion ids to check once every indicator id is known. */
  readonly companionLinks: { path: string; id: string; owner: string | undefined }[] = [];

  problem(path: string, message: string, hint?: string, code?: string): void {
    this.problemTotal++;
    if (this.problems.length < LIMITS.problems) {
      const problem: ParseProblem = { path: at(path), message };
      if (hint) problem.hint = hint;
      if (code) problem.code = code;
      this.problems.push(problem);
    }
  }

  warn(path: string, code: string, message: string, once?: string): void {
    if (once !== undefined) {
      if (this.warnedKeys.has(once)) return;
      this.warnedKeys.add(once);
    }
    if (this.warnings.length < LIMITS.warnings)
      this.warnings.push({ path: at(path), code, message });
  }

  finishProblems(): ParseProblem[] {
    const list = this.problems.slice();
    if (this.problemTotal > list.length) {
      list.push({
        path: '$',
        message: `… and ${this.problemTotal - list.length} more problems`,
        code: 'more',
      });
    }
    return list;
  }

  private readonly periodCache = new Map<string, PeriodReading>();

  /** parsePeriod, memoised: the same period keys repeat for every area. */
  period(key: string): PeriodReading {
    let reading = this.periodCache.get(key);
    if (!reading) {
      reading = parsePeriod(key);
      if (this.periodCache.size < 10_000) this.periodCache.set(key, reading);
    }
    return reading;
  }

  get failed(): boolean {
    return this.problemTotal > 0;
  }

  // ---- generic readers -----------------------------------------------------------------------

  /** Own string keys of an object, refusing prototype-polluting and symbol keys. */
  keys(obj: Obj, path: string): string[] {
    const keys = Object.keys(obj);
    const safe: string[] = [];
    for (const key of keys) {
      if (UNSAFE_KEYS.has(key)) {
        this.problem(
          join(path, key),
          `the key ${quote(key)} is not allowed`,
          'remove it: it could alter objects in the page',
          'unsafe-key',
        );
      } else safe.push(key);
    }
    if (Object.getOwnPropertySymbols(obj).length) {
      this.problem(path, 'keys must be strings', 'remove the symbol keys', 'type');
    }
    return safe;
  }

  unknownKeys(path: string, known: readonly string[], keys: string[]): void {
    for (const key of keys) {
      if (known.includes(key)) continue;
      const close = closestKey(key, known);
      this.warn(
        join(path, key),
        'unknown-key',
        `unknown key ${quote(key)} ignored${close ? `; did you mean "${close}"?` : ''}`,
      );
    }
  }

  object(value: Json, path: string, what: string, hint?: string): Obj | undefined {
    if (isObject(value)) return value;
    this.problem(path, `expected ${what}, got ${describe(value)}`, hint, 'type');
    return undefined;
  }

  string(value: Json, path: string, max: number, what = 'a string'): string | undefined {
    if (typeof value !== 'string') {
      this.problem(path, `expected ${what}, got ${describe(value)}`, undefined, 'type');
      return undefined;
    }
    const text = value.trim();
    if (text.length > max) {
      this.problem(
        path,
        `text too long (${text.length} characters; at most ${max})`,
        'shorten it',
        'too-long',
      );
      return undefined;
    }
    return text;
  }

  number(value: Json, path: string, what = 'value'): number | undefined {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        this.problem(
          path,
          `${what} is not a finite number`,
          'write a number such as 12.5',
          'number',
        );
        return undefined;
      }
      if (Math.abs(value) > LIMITS.magnitude) {
        this.problem(
          path,
          `${what} ${value} is too large (at most ${LIMITS.magnitude} in magnitude)`,
          'check the unit: give the value in a larger unit',
          'number',
        );
        return undefined;
      }
      return value === 0 ? 0 : value; // no negative zero
    }
    if (typeof value === 'string') {
      const numeric = /^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*$/.test(value);
      this.problem(
        path,
        `${what} must be a number, got ${describe(value)}`,
        numeric
          ? `write the number without quotes (${clip(value.trim().replace(',', '.'), 20)})`
          : 'write a number, or null for a missing value',
        'number',
      );
      return undefined;
    }
    this.problem(path, `${what} must be a number, got ${describe(value)}`, undefined, 'number');
    return undefined;
  }

  oneOf<T extends string>(
    value: Json,
    path: string,
    options: readonly T[],
    what: string,
  ): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value))
      return value as T;
    this.problem(
      path,
      `${what} must be one of ${options.map((o) => `"${o}"`).join(', ')}; got ${describe(value)}`,
      undefined,
      'enum',
    );
    return undefined;
  }

  /** `too many areas (1200; at most 1000)`. */
  tooMany(path: string, noun: string, count: number, max: number, hint?: string): void {
    this.problem(path, `too many ${noun} (${count}; at most ${max})`, hint, 'too-large');
  }

  /**
   * An object of at most `max` keys, which `noun` names (`periods`), and its safe keys; or a
   * problem and `undefined`.
   */
  keyed(
    value: Json,
    path: string,
    what: string,
    hint: string,
    noun: string,
    max: number,
  ): { obj: Obj; keys: string[] } | undefined {
    const obj = this.object(value, path, what, hint);
    if (!obj) return undefined;
    const keys = this.keys(obj, path);
    if (keys.length > max) {
      this.tooMany(path, noun, keys.length, max);
      return undefined;
    }
    return { obj, keys };
  }

  /** An array of at most `max` items; `noun` is plural (`references`). */
  array(value: Json, path: string, noun: string, max: number, hint?: string): Json[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, `expected an array of ${noun}, got ${describe(value)}`, hint, 'type');
      return undefined;
    }
    if (value.length > max) {
      this.tooMany(path, noun, value.length, max);
      return undefined;
    }
    return value;
  }

  /** An object keyed by period, each entry read by `read`; keyed by normalised period id. */
  byPeriod<T>(
    obj: Obj,
    path: string,
    read: (value: Json, path: string, id: string) => T | undefined,
  ): Map<string, T> {
    const out = new Map<string, T>();
    for (const key of this.keys(obj, path)) {
      const p = dataKey(path, key);
      const reading = this.period(key);
      if (!reading.period) {
        this.problem(p, reading.error, reading.hint, 'period');
        continue;
      }
      const entry = read(own(obj, key), p, reading.period.id);
      if (entry !== undefined) out.set(reading.period.id, entry);
    }
    return out;
  }

  /**
   * Runs a reader of a field that only groups indicators (topics): its problems become warnings
   * (code `topic`) and the field is left out, so that the rest of the document still shows.
   */
  softly<T>(read: () => T | undefined): T | undefined {
    const kept = this.problems.length;
    const total = this.problemTotal;
    const value = read();
    if (this.problemTotal === total) return value;
    const found = this.problems.splice(kept);
    this.problemTotal = total;
    for (const p of found) this.warn(p.path, 'topic', `${p.message}; the topic is left out`);
    return undefined;
  }

  /** The document's list of topics, in display order. */
}
