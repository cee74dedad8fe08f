import type {
  Better,
  Dataset,
  Indicator,
  Lang,
  LayoutId,
  Localized,
  MissingReason,
  Observation,
  ObservationStatus,
  ParseProblem,
  ParseWarning,
  Period,
  Reference,
  ReferenceKind,
  Source,
  Topic,
} from './types.js';
import {
  LAYOUT_AREAS,
  areaInfo,
  editDistance,
  inferLayout,
  resolveArea,
  type AreaLevel,
  type AreaVia,
} from './areas.js';
import { comparePeriods, parsePeriod, type PeriodReading } from './periods.js';
import { LAYOUTS, LAYOUT_FACTS, layoutMarkedBy } from './layouts.js';

/** The value of `format` in a version 1 document. */
export const FORMAT = 'kz-indicators/1';

/** Limits that keep a hostile or broken document from exhausting memory or time. */
export const LIMITS = Object.freeze({
  indicators: 1000,
  areas: 1000,
  periods: 2000,
  references: 50,
  topics: 100,
  observations: 5_000_000,
  /** Largest magnitude of a value or bound. */
  magnitude: 1e15,
  id: 100,
  name: 300,
  unit: 100,
  text: 5000,
  note: 1000,
  url: 2000,
  licence: 300,
  key: 200,
  /** Problems kept in `IndicatorError.problems` (the rest are counted in a last entry). */
  problems: 200,
  warnings: 500,
});

/**
 * The one error `parseIndicators` throws: every problem found in the document, each with its
 * JSON path, what is wrong and how to fix it.
 */
export class IndicatorError extends Error {
  readonly problems: ParseProblem[];
  constructor(problems: ParseProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `\n- ${p.path}: ${p.message}`);
    const more = problems.length > 10 ? `\n- … ${problems.length - 10} more` : '';
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the indicator document:${shown.join('')}${more}`,
    );
    this.name = 'IndicatorError';
    this.problems = problems;
  }
}

export interface Validation {
  /** The dataset, when there is no problem. */
  dataset: Dataset | undefined;
  problems: ParseProblem[];
  warnings: ParseWarning[];
}

/**
 * Validates an indicator document (parsed JSON, or a JSON string) and returns the normalised
 * dataset. Throws one `IndicatorError` listing every problem; warnings (normalised aliases,
 * unknown keys ...) are in `dataset.warnings`.
 */
export function parseIndicators(json: unknown): Dataset {
  const result = validateIndicators(json);
  if (!result.dataset) throw new IndicatorError(result.problems);
  return result.dataset;
}

/** Like `parseIndicators`, without throwing: for editors and command-line tools. */
export function validateIndicators(json: unknown): Validation {
  const reader = new Reader();
  let dataset: Dataset | undefined;
  try {
    dataset = reader.document(json);
  } catch (error) {
    // Only a getter or proxy on a JavaScript object (never JSON) can get here.
    reader.problem('$', `could not read the document: ${errorText(error)}`, undefined, 'internal');
  }
  const problems = reader.finishProblems();
  return {
    dataset: problems.length ? undefined : dataset,
    problems,
    warnings: reader.warnings,
  };
}

// ---------------------------------------------------------------------------------------------

type Json = unknown;
type Obj = Record<string, Json>;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const BETTER: readonly Better[] = ['higher', 'lower', 'neutral'];
const STATUS: readonly ObservationStatus[] = ['provisional', 'estimated', 'break'];
const REASONS: readonly MissingReason[] = ['not-available', 'not-applicable', 'suppressed'];
const KINDS: readonly ReferenceKind[] = ['national', 'comparator', 'target'];
const VIA_NAMES: Record<AreaVia, string> = {
  canonical: 'code spelling',
  'former-alpha': 'former ISO alpha code',
  'sdg-platform': 'SDG platform code',
  kato: 'KATO code',
  pcode: 'P-code',
  name: 'name',
};

const DOC_KEYS = ['format', 'source', 'topics', 'indicators'];
const TOPIC_KEYS = ['id', 'name'];
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
const SOURCE_KEYS = ['name', 'url', 'licence', 'date'];
const OBSERVATION_KEYS = ['value', 'lower', 'upper', 'status', 'note', 'reason'];
const REFERENCE_KEYS = ['id', 'kind', 'label', 'values', 'value', 'year', 'source'];

const LANG_ALIASES: Record<string, Lang> = Object.assign(Object.create(null), {
  en: 'en',
  kk: 'kk',
  ru: 'ru',
  kz: 'kk',
  'kk-cyrl': 'kk',
  'kk-kz': 'kk',
  'kk-cyrl-kz': 'kk',
  'ru-ru': 'ru',
  'ru-kz': 'ru',
  'en-gb': 'en',
  'en-us': 'en',
});

function isObject(value: Json): value is Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  // Plain objects from any realm (JSON.parse, literals, Object.create(null)).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function own(obj: Obj, key: string): Json {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function has(obj: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(clip(text));
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return isObject(value)
        ? 'an object'
        : 'an object that is not plain data (a class instance or a changed prototype)';
    default:
      return `a ${typeof value}`;
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** `a.b`, `a[0]`, `a["KZ-11"]`: identifiers with a dot, data keys quoted. */
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !UNSAFE_KEYS.has(key)) {
    return path ? `${path}.${key}` : key;
  }
  return `${path}[${quote(key)}]`;
}

const at = (path: string) => path || '$';

/** A key that comes from the data (area, period): always quoted, `values["KZ-11"]["2019"]`. */
function dataKey(path: string, key: string): string {
  return `${path}[${quote(key)}]`;
}

/** An area as written and as read: `"KZONT" = KZ-51 (South Kazakhstan Region)`. */
function areaRef(entry: { key: string; code: string }): string {
  const label = areaLabel(entry.code);
  return entry.key === entry.code ? label : `${quote(entry.key)} = ${label}`;
}

/** `KZ-11 (Akmola Region)`. */
function areaLabel(code: string): string {
  const info = areaInfo(code);
  return info ? `${code} (${info.names.en})` : code;
}

function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best;
}

/** Number of decimals written, at most 3 (`10.69` -> 2, `1e-7` -> 3). */
export function decimalsOf(value: number): number {
  for (let d = 0, scaled = value; d < 3; d++, scaled *= 10) {
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 3;
}

function detectLang(text: string): Lang {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) return 'kk';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

interface AreaEntry {
  key: string;
  code: string;
  path: string;
  /** Period id -> observation (no prototype). */
  periods: Record<string, Observation>;
}

class Reader {
  readonly warnings: ParseWarning[] = [];
  private readonly problems: ParseProblem[] = [];
  private problemTotal = 0;
  private warnedKeys = new Set<string>();
  private observations = 0;
  private suggestions = 0;
  /** The document's `topics`, when it has them. */
  private listedTopics: Topic[] | undefined;
  /** Topics written only on indicators, in order of first appearance. */
  private readonly inlineTopics: Topic[] = [];
  /** Companion ids to check once every indicator id is known. */
  private readonly companionLinks: { path: string; id: string; owner: string | undefined }[] = [];

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

  /** An array of at most `max` items; `noun` is plural (`references`). */
  array(value: Json, path: string, noun: string, max: number, hint?: string): Json[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, `expected an array of ${noun}, got ${describe(value)}`, hint, 'type');
      return undefined;
    }
    if (value.length > max) {
      this.problem(
        path,
        `too many ${noun} (${value.length}; at most ${max})`,
        undefined,
        'too-large',
      );
      return undefined;
    }
    return value;
  }

  localized(value: Json, path: string, max: number, required: boolean): Localized | undefined {
    if (value === undefined) {
      if (required) {
        this.problem(
          path,
          'missing',
          'give a text, or {"en": ..., "kk": ..., "ru": ...}',
          'required',
        );
      }
      return undefined;
    }
    if (typeof value === 'string') {
      const text = this.string(value, path, max);
      if (text === undefined) return undefined;
      if (!text) {
        if (required) this.problem(path, 'empty text', 'write a text', 'required');
        return undefined;
      }
      return { [detectLang(text)]: text };
    }
    const obj = this.object(
      value,
      path,
      'a text or an object of texts by language',
      'for example {"en": "Under-five mortality", "ru": "Детская смертность"}',
    );
    if (!obj) return undefined;
    const out: Localized = {};
    for (const key of this.keys(obj, path)) {
      const p = join(path, key);
      const lang = LANG_ALIASES[key.toLowerCase()];
      if (!lang) {
        this.warn(
          p,
          'unknown-language',
          `language ${quote(key)} ignored; texts are read in en, kk and ru`,
        );
        continue;
      }
      if (lang !== key) this.warn(p, 'language-alias', `language ${quote(key)} read as "${lang}"`);
      const text = this.string(own(obj, key), p, max);
      if (text) out[lang] = text;
    }
    if (!out.en && !out.kk && !out.ru) {
      if (required) {
        this.problem(
          path,
          'no text in en, kk or ru',
          'give the text in at least one language',
          'required',
        );
      }
      return undefined;
    }
    return out;
  }

  url(value: Json, path: string): string | undefined {
    const text = this.string(value, path, LIMITS.url);
    if (text === undefined || text === '') return undefined;
    if (hasSpaceOrControl(text)) {
      this.problem(
        path,
        'a URL cannot contain spaces or control characters',
        'encode spaces as %20',
        'url',
      );
      return undefined;
    }
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
    if (scheme && !/^https?$/i.test(scheme[1])) {
      this.problem(
        path,
        `the URL scheme "${clip(scheme[1], 20)}:" is not allowed`,
        'use an http(s) address or a relative one',
        'url',
      );
      return undefined;
    }
    return text;
  }

  date(value: Json, path: string): string | undefined {
    const text = this.string(value, path, 10);
    if (text === undefined) return undefined;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    const month = m?.[2] ? Number(m[2]) : 1;
    const day = m?.[3] ? Number(m[3]) : 1;
    const valid =
      m &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    if (!valid) {
      this.problem(
        path,
        `${describe(value)} is not a date`,
        'write YYYY, YYYY-MM or YYYY-MM-DD',
        'date',
      );
      return undefined;
    }
    return text;
  }

  source(value: Json, path: string): Source | undefined {
    if (typeof value === 'string') {
      const name = this.localized(value, path, LIMITS.name, true);
      return name ? { name } : undefined;
    }
    const obj = this.object(
      value,
      path,
      'a source {"name": ..., "url": ..., "licence": ..., "date": ...}',
    );
    if (!obj) return undefined;
    const keys = this.keys(obj, path);
    this.unknownKeys(path, SOURCE_KEYS, keys);
    const name = this.localized(own(obj, 'name'), join(path, 'name'), LIMITS.name, true);
    const source: Source = { name: name ?? {} };
    if (has(obj, 'url')) {
      const url = this.url(own(obj, 'url'), join(path, 'url'));
      if (url) source.url = url;
    }
    if (has(obj, 'licence')) {
      const licence = this.localized(
        own(obj, 'licence'),
        join(path, 'licence'),
        LIMITS.licence,
        false,
      );
      if (licence && Object.keys(licence).length) source.licence = licence;
    }
    if (has(obj, 'date')) {
      const date = this.date(own(obj, 'date'), join(path, 'date'));
      if (date) source.date = date;
    }
    return name ? source : undefined;
  }

  // ---- values --------------------------------------------------------------------------------

  observation(value: Json, path: string): Observation | undefined {
    if (value === null) return { value: null };
    if (typeof value === 'number' || typeof value === 'string') {
      const n = this.number(value, path);
      return n === undefined ? undefined : { value: n };
    }
    if (!isObject(value)) {
      this.problem(
        path,
        `expected a number, null or {"value": ...}, got ${describe(value)}`,
        'write a number, or null for a missing value',
        'type',
      );
      return undefined;
    }
    const keys = this.keys(value, path);
    this.unknownKeys(path, OBSERVATION_KEYS, keys);
    let ok = true;
    const raw = own(value, 'value');
    if (!has(value, 'value')) {
      this.problem(
        path,
        'missing "value"',
        'add "value": a number, or null when missing',
        'required',
      );
      return undefined;
    }
    const obs: Observation = { value: null };
    if (raw !== null) {
      const n = this.number(raw, join(path, 'value'));
      if (n === undefined) ok = false;
      else obs.value = n;
    }
    for (const bound of ['lower', 'upper'] as const) {
      if (!has(value, bound)) continue;
      const n = this.number(own(value, bound), join(path, bound), `${bound} bound`);
      if (n === undefined) ok = false;
      else obs[bound] = n;
    }
    if (has(value, 'status')) {
      const status = this.oneOf(own(value, 'status'), join(path, 'status'), STATUS, 'status');
      if (status) obs.status = status;
      else ok = false;
    }
    if (has(value, 'note')) {
      const note = this.localized(own(value, 'note'), join(path, 'note'), LIMITS.note, false);
      if (note) obs.note = note;
    }
    if (has(value, 'reason')) {
      const reason = this.oneOf(own(value, 'reason'), join(path, 'reason'), REASONS, 'reason');
      if (reason && raw !== null) {
        this.problem(
          join(path, 'reason'),
          'a reason is for missing values only',
          'set "value": null, or remove "reason"',
          'reason',
        );
        ok = false;
      } else if (reason) obs.reason = reason;
      else ok = false;
    }
    if (!ok) return undefined;
    const { lower, upper } = obs;
    if ((lower !== undefined || upper !== undefined) && obs.value === null) {
      this.problem(
        path,
        'bounds without a value',
        'give "value", or remove "lower" and "upper"',
        'bounds',
      );
      return undefined;
    }
    if (lower !== undefined && upper !== undefined && lower > upper) {
      this.problem(
        path,
        `lower bound ${lower} is above upper bound ${upper}`,
        'swap them',
        'bounds',
      );
      return undefined;
    }
    if (
      obs.value !== null &&
      ((lower !== undefined && obs.value < lower) || (upper !== undefined && obs.value > upper))
    ) {
      this.problem(
        path,
        `value ${obs.value} lies outside its bounds`,
        'check "lower" and "upper"',
        'bounds',
      );
      return undefined;
    }
    return obs;
  }

  /** Period-keyed observations; the map is keyed by normalised period id. */
  series(
    value: Json,
    path: string,
    periods: Map<string, Period>,
  ): Record<string, Observation> | undefined {
    const obj = this.object(
      value,
      path,
      'an object of values by period',
      'for example {"2019": 12.5, "2020": null}',
    );
    if (!obj) return undefined;
    const keys = this.keys(obj, path);
    if (keys.length > LIMITS.periods) {
      this.problem(
        path,
        `too many periods (${keys.length}; at most ${LIMITS.periods})`,
        undefined,
        'too-large',
      );
      return undefined;
    }
    const out: Record<string, Observation> = Object.create(null);
    const written = new Map<string, string>();
    for (const key of keys) {
      const reading = this.period(key);
      if (!reading.period) {
        this.problem(dataKey(path, key), reading.error, reading.hint, 'period');
        continue;
      }
      const period = reading.period;
      if (reading.warning) {
        this.warn(dataKey(path, key), 'period-format', reading.warning, `period|${key}`);
      }
      const before = written.get(period.id);
      if (before !== undefined) {
        this.problem(
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
            : this.observation(raw, dataKey(path, key));
      if (obs) {
        out[period.id] = obs;
        if (++this.observations > LIMITS.observations) {
          this.problem(
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

  // ---- document ------------------------------------------------------------------------------

  document(json: Json): Dataset | undefined {
    let root = json;
    if (typeof root === 'string') {
      try {
        root = JSON.parse(root);
      } catch (error) {
        this.problem(
          '$',
          `not valid JSON: ${errorText(error)}`,
          'check quotes, commas and brackets',
          'json',
        );
        return undefined;
      }
    }
    let docSource: Source | undefined;
    let list: Json;
    let listPath: string;
    try {
      if (Array.isArray(root)) {
        list = root;
        listPath = '';
      } else if (isObject(root) && has(root, 'indicators')) {
        const keys = this.keys(root, '');
        this.unknownKeys('', DOC_KEYS, keys);
        if (has(root, 'format')) this.format(own(root, 'format'));
        if (has(root, 'source')) docSource = this.source(own(root, 'source'), 'source');
        if (has(root, 'topics'))
          this.listedTopics = this.softly(() => this.topicList(own(root, 'topics'), 'topics'));
        list = own(root, 'indicators');
        listPath = 'indicators';
      } else if (isObject(root) && (has(root, 'values') || has(root, 'id'))) {
        const ids = new Set<string>();
        const indicator = this.indicator(root, '', undefined, ids);
        this.checkCompanions(ids);
        return this.failed || !indicator ? undefined : this.dataset([indicator]);
      } else {
        this.problem(
          '$',
          `expected an indicator document, got ${describe(root)}`,
          'write {"indicators": [{"id": ..., "name": ..., "source": ..., "values": {...}}]} or a single indicator',
          'type',
        );
        return undefined;
      }
      if (!Array.isArray(list)) {
        this.problem(
          listPath,
          `expected an array of indicators, got ${describe(list)}`,
          undefined,
          'type',
        );
        return undefined;
      }
      if (!list.length) {
        this.problem(listPath, 'no indicators', 'add at least one indicator', 'required');
        return undefined;
      }
      if (list.length > LIMITS.indicators) {
        this.problem(
          listPath,
          `too many indicators (${list.length}; at most ${LIMITS.indicators})`,
          'split the document',
          'too-large',
        );
        return undefined;
      }
      const ids = new Set<string>();
      const indicators: Indicator[] = [];
      for (let i = 0; i < list.length; i++) {
        const path = join(listPath, i);
        const item = this.object(list[i], path, 'an indicator object');
        if (!item) continue;
        const indicator = this.indicator(item, path, docSource, ids);
        if (indicator) indicators.push(indicator);
      }
      this.checkCompanions(ids);
      return this.failed ? undefined : this.dataset(indicators);
    } catch (error) {
      if (error instanceof StopReading) return undefined;
      throw error;
    }
  }

  format(value: Json): void {
    if (value === FORMAT) return;
    const m = typeof value === 'string' ? /^kz-indicators\/(\d+)$/.exec(value.trim()) : null;
    if (m) {
      this.problem(
        'format',
        `format version ${m[1]} is not supported; this library reads ${FORMAT}`,
        'update kz-indicators, or write the document in version 1',
        'format',
      );
    } else {
      this.problem(
        'format',
        `unknown format ${describe(value)}`,
        `write "format": "${FORMAT}", or leave it out`,
        'format',
      );
    }
  }

  indicator(
    obj: Obj,
    path: string,
    docSource: Source | undefined,
    ids: Set<string>,
  ): Indicator | undefined {
    const before = this.problemTotal;
    const keys = this.keys(obj, path);
    this.unknownKeys(path, INDICATOR_KEYS, keys);

    const idPath = join(path, 'id');
    let id: string | undefined;
    if (!has(obj, 'id')) {
      this.problem(path, 'missing "id"', 'add "id": a short name such as "u5mr"', 'required');
    } else {
      id = this.string(own(obj, 'id'), idPath, LIMITS.id);
      if (id !== undefined && !ID.test(id)) {
        this.problem(
          idPath,
          `the id ${quote(id)} has characters that are not allowed`,
          'use letters, digits, ".", "_", ":" and "-", starting with a letter or digit',
          'id',
        );
        id = undefined;
      } else if (id !== undefined && ids.has(id)) {
        this.problem(
          idPath,
          `the id ${quote(id)} is used by an earlier indicator`,
          'give each indicator its own id',
          'duplicate-id',
        );
      } else if (id !== undefined) ids.add(id);
    }
    const name = this.localized(own(obj, 'name'), join(path, 'name'), LIMITS.name, true);
    const unit = has(obj, 'unit')
      ? this.localized(own(obj, 'unit'), join(path, 'unit'), LIMITS.unit, false)
      : undefined;
    let decimals: number | undefined;
    if (has(obj, 'decimals')) {
      const d = own(obj, 'decimals');
      if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 10) decimals = d;
      else
        this.problem(
          join(path, 'decimals'),
          `decimals must be a whole number from 0 to 10, got ${describe(d)}`,
          undefined,
          'decimals',
        );
    }
    let better: Better = 'neutral';
    if (has(obj, 'better'))
      better = this.oneOf(own(obj, 'better'), join(path, 'better'), BETTER, 'better') ?? 'neutral';
    let source: Source | undefined;
    if (has(obj, 'source')) source = this.source(own(obj, 'source'), join(path, 'source'));
    else if (docSource) source = docSource;
    else
      this.problem(
        path,
        'missing "source"',
        'add "source": {"name": ..., "url": ..., "licence": ...}, here or for the whole document',
        'required',
      );
    const definition = has(obj, 'definition')
      ? this.localized(own(obj, 'definition'), join(path, 'definition'), LIMITS.text, false)
      : undefined;
    const notes = has(obj, 'notes')
      ? this.localized(own(obj, 'notes'), join(path, 'notes'), LIMITS.text, false)
      : undefined;

    const topic = has(obj, 'topic')
      ? this.softly(() => this.topicOf(own(obj, 'topic'), join(path, 'topic')))
      : undefined;
    const companions = has(obj, 'companions')
      ? this.companionIds(own(obj, 'companions'), join(path, 'companions'), id)
      : undefined;

    const periods = new Map<string, Period>();
    const explicit = has(obj, 'layout')
      ? this.layoutOption(own(obj, 'layout'), join(path, 'layout'))
      : undefined;
    const valuesPath = join(path, 'values');
    let areas: AreaEntry[] = [];
    if (!has(obj, 'values')) {
      this.problem(
        path,
        'missing "values"',
        'add "values": {"KZ-11": {"2019": 12.5}, ...}',
        'required',
      );
    } else {
      areas = this.areas(own(obj, 'values'), valuesPath, periods, explicit);
    }
    const areaPeriodIds = new Set(periods.keys());
    const references = has(obj, 'references')
      ? this.references(own(obj, 'references'), join(path, 'references'), periods)
      : [];
    const layouts = this.layouts(areas, areaPeriodIds, periods, explicit, valuesPath);
    const breaks = has(obj, 'breaks')
      ? this.breaks(own(obj, 'breaks'), join(path, 'breaks'), periods)
      : undefined;

    if (this.problemTotal > before || id === undefined || !name || !source) return undefined;

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
      this.warn(valuesPath, 'no-values', `indicator "${id}" has no values`);
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

  /** Breaks in series by period: `{"2018": "why"}`; a period without values gets a warning. */
  breaks(
    value: Json,
    path: string,
    periods: Map<string, Period>,
  ): Record<string, Localized> | undefined {
    const obj = this.object(value, path, 'an object of notes by period');
    const notes =
      obj &&
      this.byPeriod(obj, path, (v, p, id) => {
        if (!periods.has(id))
          this.warn(p, 'unused-break', `a break is given for period ${id}, which has no values`);
        return this.localized(v, p, LIMITS.note, true);
      });
    if (!notes?.size) return undefined;
    const out: Record<string, Localized> = Object.create(null);
    for (const [id, note] of notes) out[id] = note;
    return out;
  }

  dataset(indicators: Indicator[]): Dataset {
    const dataset: Dataset = { version: 1, indicators, warnings: this.warnings };
    const topics = [...(this.listedTopics ?? []), ...this.inlineTopics];
    if (topics.length) dataset.topics = topics;
    return dataset;
  }

  // ---- topics and companions -----------------------------------------------------------------

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
  topicList(json: Json, path: string): Topic[] {
    const value = this.array(
      json,
      path,
      'topics',
      LIMITS.topics,
      'for example [{"id": "health", "name": "Health"}]',
    );
    const topics: Topic[] = [];
    if (!value) return topics;
    for (let i = 0; i < value.length; i++) {
      const p = join(path, i);
      const topic = this.softly(() => {
        const obj = this.object(value[i], p, 'a topic {"id": ..., "name": ...}');
        if (!obj) return undefined;
        this.unknownKeys(p, TOPIC_KEYS, this.keys(obj, p));
        const id = this.topicId(obj, p, topics);
        const name = this.localized(own(obj, 'name'), join(p, 'name'), LIMITS.name, true);
        return id !== undefined && name ? { id, name } : undefined;
      });
      if (topic) topics.push(topic);
    }
    return topics;
  }

  topicId(obj: Obj, path: string, earlier: Topic[]): string | undefined {
    if (!has(obj, 'id')) {
      this.problem(path, 'missing "id"', 'add "id", such as "health"', 'required');
      return undefined;
    }
    const idPath = join(path, 'id');
    const id = this.string(own(obj, 'id'), idPath, LIMITS.id, 'a topic id');
    const twice = earlier.some((topic) => topic.id === id);
    if (id === undefined || !ID.test(id) || twice) {
      if (id !== undefined) {
        this.problem(
          idPath,
          `the topic id ${quote(id)} ${twice ? 'is used twice' : 'has characters that are not allowed'}`,
          twice ? 'give each topic its own id' : 'use letters, digits, ".", "_", ":" and "-"',
          twice ? 'duplicate-id' : 'id',
        );
      }
      return undefined;
    }
    return id;
  }

  /**
   * An indicator's topic: an id of the document's list, or a text. With a list, a text must name
   * one of its topics; without one, equal texts make one topic.
   */
  topicOf(value: Json, path: string): string | undefined {
    const listed = this.listedTopics;
    const written = typeof value === 'string' ? value.trim() : undefined;
    if (listed && written !== undefined) {
      const lower = written.toLowerCase();
      const match = listed.find(
        (topic) =>
          topic.id === written ||
          Object.values(topic.name).some((text) => text.toLowerCase() === lower),
      );
      if (match) return match.id;
    }
    const name = this.localized(value, path, LIMITS.name, true);
    if (!name) return undefined;
    const langs = Object.keys(name) as Lang[];
    const sameName = (topic: Topic) =>
      langs.some((lang) => topic.name[lang]?.toLowerCase() === name[lang]!.toLowerCase());
    if (listed) {
      const match = written === undefined ? listed.find(sameName) : undefined;
      if (match) return match.id;
      const text = written ?? name.en ?? name.ru ?? name.kk!;
      this.warn(
        path,
        'unknown-topic',
        `unknown topic ${quote(text)}, left out; the document's topics are ${listed.map((t) => `"${t.id}"`).join(', ') || 'none'}`,
      );
      return undefined;
    }
    const id = name.en ?? name.ru ?? name.kk!;
    if (!this.inlineTopics.some((topic) => topic.id === id)) this.inlineTopics.push({ id, name });
    return id;
  }

  companionIds(json: Json, path: string, owner: string | undefined): string[] | undefined {
    const value = this.array(
      json,
      path,
      'indicator ids',
      LIMITS.references,
      'for example ["u5mr-igme"]',
    );
    if (!value) return undefined;
    const ids: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const p = join(path, i);
      const id = this.string(value[i], p, LIMITS.id, 'an indicator id');
      if (id === undefined) continue;
      if (ids.includes(id)) {
        this.problem(p, `the companion ${quote(id)} is listed twice`, 'keep one', 'duplicate-id');
        continue;
      }
      ids.push(id);
      this.companionLinks.push({ path: p, id, owner });
    }
    return ids;
  }

  /** Every companion names another indicator of the document. */
  checkCompanions(ids: Set<string>): void {
    const known = [...ids];
    for (const link of this.companionLinks) {
      if (link.id === link.owner) {
        this.problem(
          link.path,
          `the indicator ${quote(link.id)} cannot be its own companion`,
          'name another indicator of the document',
          'companion',
        );
      } else if (!ids.has(link.id)) {
        const close = closestKey(link.id, known);
        this.problem(
          link.path,
          `no indicator ${quote(link.id)} in this document${close ? `; did you mean "${close}"?` : ''}`,
          'name the id of another indicator of the same document',
          'unknown-indicator',
        );
      }
    }
  }

  layoutOption(value: Json, path: string): LayoutId | Map<string, LayoutId> | undefined {
    if (typeof value === 'string') return this.oneOf(value, path, LAYOUTS, 'layout');
    const obj = this.object(
      value,
      path,
      `a layout (${LAYOUTS.map((id) => `"${id}"`).join(', ')}) or an object of layouts by period`,
    );
    return obj && this.byPeriod(obj, path, (v, p) => this.oneOf(v, p, LAYOUTS, 'layout'));
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

  areas(
    value: Json,
    path: string,
    periods: Map<string, Period>,
    explicit: LayoutId | Map<string, LayoutId> | undefined,
  ): AreaEntry[] {
    const obj = this.object(
      value,
      path,
      'an object of areas',
      'for example {"KZ-11": {"2019": 12.5}}',
    );
    if (!obj) return [];
    const keys = this.keys(obj, path);
    if (keys.length > LIMITS.areas) {
      this.problem(
        path,
        `too many areas (${keys.length}; at most ${LIMITS.areas})`,
        undefined,
        'too-large',
      );
      return [];
    }
    // Names are read as district names when the codes or the stated layout say districts.
    const statesDistricts =
      explicit === 'districts' ||
      (explicit instanceof Map && [...explicit.values()].includes('districts'));
    let level: AreaLevel = statesDistricts ? 'district' : 'region';
    if (!statesDistricts) {
      let districtCodes = 0;
      let regionCodes = 0;
      for (const key of keys) {
        const r = resolveArea(key, { suggest: false });
        if (r.code && r.via !== 'name') {
          if (areaInfo(r.code)?.level === 'district') districtCodes++;
          else regionCodes++;
        }
      }
      if (districtCodes > regionCodes) level = 'district';
    }
    const entries: AreaEntry[] = [];
    const seen = new Map<string, string>();
    for (const key of keys) {
      const p = dataKey(path, key);
      if (key.length > LIMITS.key) {
        this.problem(
          p,
          `area key too long (${key.length} characters)`,
          'use an area code such as KZ-11',
          'too-long',
        );
        continue;
      }
      const r = resolveArea(key, { level, suggest: this.suggestions++ < 50 });
      if (r.code === null) {
        if (r.candidates) {
          this.problem(
            p,
            `${quote(key)} fits several areas: ${r.candidates.map(areaLabel).join(', ')}`,
            'write the code of the one you mean',
            'ambiguous-area',
          );
        } else {
          this.problem(
            p,
            `unknown area ${quote(key)}${r.suggestion ? `; did you mean ${areaLabel(r.suggestion)}?` : ''}`,
            'use an ISO 3166-2 code such as KZ-11, a district code such as KZ101000, or a region name',
            'unknown-area',
          );
        }
        continue;
      }
      if (r.code !== key) {
        this.warn(
          p,
          'area-alias',
          `${quote(key)} read as ${r.code} ${areaInfo(r.code)?.names.en ?? ''} (${VIA_NAMES[r.via]})`,
          `area|${key}`,
        );
      }
      const other = seen.get(r.code);
      if (other !== undefined) {
        this.problem(
          p,
          `${quote(key)} and ${quote(other)} are the same area, ${areaLabel(r.code)}`,
          'keep one of them',
          'duplicate-area',
        );
        continue;
      }
      seen.set(r.code, key);
      const series = this.series(own(obj, key), p, periods);
      if (series) entries.push({ key, code: r.code, path: p, periods: series });
    }
    return entries;
  }

  layouts(
    areas: AreaEntry[],
    areaPeriods: Set<string>,
    periods: Map<string, Period>,
    explicit: LayoutId | Map<string, LayoutId> | undefined,
    valuesPath: string,
  ): Record<string, LayoutId> {
    const layouts: Record<string, LayoutId> = Object.create(null);
    if (explicit instanceof Map) {
      for (const periodId of explicit.keys()) {
        if (!areaPeriods.has(periodId)) {
          this.warn(
            valuesPath,
            'unused-layout',
            `a layout is given for period ${periodId}, which has no area values`,
          );
        }
      }
    }
    // The areas with an entry in each period, in one pass over the values (not periods x areas).
    const byPeriod = new Map<string, AreaEntry[]>();
    for (const area of areas) {
      for (const periodId in area.periods) {
        const list = byPeriod.get(periodId);
        if (list) list.push(area);
        else byPeriod.set(periodId, [area]);
      }
    }
    const open: string[] = [];
    for (const periodId of areaPeriods) {
      const present = byPeriod.get(periodId) ?? [];
      const codes = present.map((a) => a.code);
      const stated = explicit instanceof Map ? explicit.get(periodId) : explicit;
      if (stated) {
        const allowed = new Set(LAYOUT_AREAS[stated]);
        const strays = present.filter((a) => !allowed.has(a.code));
        if (strays.length) {
          this.problem(
            dataKey(strays[0].path, periodId),
            `period ${periodId} is stated as the ${LAYOUT_FACTS[stated].name}, which has no ${strays.map(areaRef).join(', ')}`,
            'state another layout for this period, or remove these values',
            'layout-mix',
          );
        } else layouts[periodId] = stated;
        continue;
      }
      const inferred = inferLayout(codes);
      if ('conflict' in inferred) {
        const offending = new Set(inferred.conflict.codes);
        const strays = present.filter((a) => offending.has(a.code));
        const [layoutA, layoutB] = inferred.conflict.layouts;
        let message: string;
        if (layoutA === 'districts') {
          const kind = areaInfo(strays[0].code)?.level === 'district' ? 'district' : 'region';
          message = `period ${periodId} mixes districts and regions: ${strays.map(areaRef).join(', ')} ${strays.length === 1 ? 'is a' : 'are'} ${kind}${strays.length === 1 ? '' : 's'} among ${kind === 'district' ? 'regions' : 'districts'}`;
        } else {
          const old = strays.filter((a) => layoutOfCode(a.code) === 'pre2018');
          const recent = strays.filter((a) => layoutOfCode(a.code) !== 'pre2018');
          message = `period ${periodId} mixes layouts; ${LAYOUT_FACTS[layoutB].name}: ${old.map(areaRef).join(', ')}; ${LAYOUT_FACTS[layoutA].name}: ${recent.map(areaRef).join(', ')}`;
        }
        this.problem(
          dataKey(strays[0].path, periodId),
          message,
          'give each period one layout: remove the values of one layout, or split the indicator',
          'layout-mix',
        );
        continue;
      }
      layouts[periodId] = inferred.layout;
      if (inferred.candidates.length > 2) open.push(periodId);
    }
    // A period whose codes fit every region layout takes the layout of the nearest period that
    // is determined (the later one on a tie); with none, the most recent layout.
    if (open.length) {
      const openSet = new Set(open);
      const determined = [...areaPeriods]
        .filter((id) => !openSet.has(id) && layouts[id] && layouts[id] !== 'districts')
        .map((id) => periods.get(id)!)
        .sort(comparePeriods);
      for (const periodId of open) {
        const period = periods.get(periodId)!;
        let best: Period | undefined;
        let bestDistance = Infinity;
        for (const other of determined) {
          const distance = Math.abs(other.start - period.start);
          if (distance <= bestDistance) {
            bestDistance = distance;
            best = other;
          }
        }
        if (best) layouts[periodId] = layouts[best.id];
      }
    }
    return layouts;
  }

  references(json: Json, path: string, periods: Map<string, Period>): Reference[] {
    const value = this.array(json, path, 'references', LIMITS.references);
    if (!value) return [];
    const ids = new Set<string>();
    const out: Reference[] = [];
    for (let i = 0; i < value.length; i++) {
      const p = join(path, i);
      const obj = this.object(
        value[i],
        p,
        'a reference object {"id", "kind", "label", "values" or "value"}',
      );
      if (!obj) continue;
      const before = this.problemTotal;
      this.unknownKeys(p, REFERENCE_KEYS, this.keys(obj, p));
      const id = has(obj, 'id') ? this.string(own(obj, 'id'), join(p, 'id'), LIMITS.id) : undefined;
      if (!has(obj, 'id'))
        this.problem(p, 'missing "id"', 'add "id", such as "national" or "sdg-target"', 'required');
      else if (id !== undefined && !ID.test(id)) {
        this.problem(
          join(p, 'id'),
          `the id ${quote(id)} has characters that are not allowed`,
          'use letters, digits, ".", "_", ":" and "-"',
          'id',
        );
      } else if (id !== undefined && areaInfo(id)) {
        this.problem(
          join(p, 'id'),
          `the reference id ${quote(id)} is an area code`,
          'use a name such as "national"',
          'id',
        );
      } else if (id !== undefined && ids.has(id)) {
        this.problem(
          join(p, 'id'),
          `the reference id ${quote(id)} is used twice`,
          'give each reference its own id',
          'duplicate-id',
        );
      } else if (id !== undefined) ids.add(id);
      const kind = this.oneOf(own(obj, 'kind'), join(p, 'kind'), KINDS, 'kind');
      const label = this.localized(own(obj, 'label'), join(p, 'label'), LIMITS.name, true);
      const ref: Reference = {
        id: id ?? '',
        kind: kind ?? 'national',
        label: label ?? {},
        values: Object.create(null),
      };
      const hasValues = has(obj, 'values');
      const hasValue = has(obj, 'value');
      if (hasValues && hasValue) {
        this.problem(
          p,
          'both "values" and "value"',
          'give "values" by period, or one constant "value" for a target',
          'reference',
        );
      } else if (hasValue) {
        if (kind && kind !== 'target') {
          this.problem(
            join(p, 'value'),
            'a constant "value" is for targets',
            'give "values" by period',
            'reference',
          );
        }
        const n = this.number(own(obj, 'value'), join(p, 'value'));
        if (n !== undefined) ref.value = n;
      } else if (hasValues) {
        const series = this.series(own(obj, 'values'), join(p, 'values'), periods);
        if (series) ref.values = series;
      } else {
        this.problem(
          p,
          'a reference needs "values" (by period) or, for a target, "value"',
          undefined,
          'required',
        );
      }
      if (has(obj, 'year')) {
        const year = own(obj, 'year');
        if (typeof year === 'number' && Number.isInteger(year) && year >= 1800 && year <= 2200)
          ref.year = year;
        else
          this.problem(
            join(p, 'year'),
            `year must be a whole number such as 2030, got ${describe(year)}`,
            undefined,
            'year',
          );
      }
      if (has(obj, 'source')) {
        const source = this.source(own(obj, 'source'), join(p, 'source'));
        if (source) ref.source = source;
      }
      if (this.problemTotal === before) out.push(ref);
    }
    return out;
  }
}

/** Whitespace or a control character (C0, DEL, C1), which have no place in a URL. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || /\s/.test(text[i])) return true;
  }
  return false;
}

/** Thrown internally to stop at a hard limit; never leaves the module. */
class StopReading extends Error {}

/** The layout that a conflicting code stands for, for grouping the codes in messages. */
function layoutOfCode(code: string): LayoutId {
  const info = areaInfo(code);
  if (info?.level === 'district') return 'districts';
  return layoutMarkedBy(code) ?? '2022';
}

/** The number of decimals seen most often (the larger on a tie); 1 when there are no numbers. */
function mostCommon(counts: number[]): number {
  if (!counts.some((c) => c > 0)) return 1;
  let best = 0;
  for (let d = 1; d < counts.length; d++) if (counts[d] >= counts[best]) best = d;
  return best;
}
