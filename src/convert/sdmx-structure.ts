/**
 * The structure part of an SDMX-JSON message: its components (dimensions and attributes at the
 * data set, series and observation levels), their coded values and their names in the languages
 * the format carries.
 */
import type { Lang, Localized } from '../data/types.js';
import type { ProblemList } from './errors.js';
import { isObject, type Json, type SdmxComponent } from './sdmx-table.js';

const LANGS: Lang[] = ['en', 'kk', 'ru'];

function langOf(tag: string): Lang | undefined {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return (LANGS as string[]).includes(base) ? (base as Lang) : undefined;
}

/** Texts of an SDMX `names` map or `name` (string or map) in the supported languages. */
export function localized(item: Json, languages: string[]): Localized {
  const out: Localized = {};
  const maps = [item.names, item.name].filter(isObject);
  for (const map of maps) {
    for (const [tag, text] of Object.entries(map)) {
      const lang = langOf(tag);
      if (lang && typeof text === 'string' && text && !out[lang]) out[lang] = text;
    }
  }
  if (typeof item.name === 'string' && item.name) {
    const lang = langOf(languages[0] ?? 'en') ?? 'en';
    out[lang] ??= item.name;
  }
  if (!Object.keys(out).length) {
    // Only languages the format does not carry (e.g. French): keep the first text as a fallback.
    for (const map of maps) {
      const first = Object.values(map).find((t) => typeof t === 'string' && t);
      if (typeof first === 'string') return { en: first };
    }
  }
  return out;
}

function roleOf(item: Json): string | undefined {
  if (typeof item.role === 'string') return item.role;
  if (Array.isArray(item.roles) && typeof item.roles[0] === 'string') return item.roles[0];
  if (Array.isArray(item.role) && typeof item.role[0] === 'string') return item.role[0];
  return undefined;
}

function valueId(value: Json, languages: string[]): string {
  if (typeof value.id === 'string') return value.id;
  if (typeof value.value === 'string' || typeof value.value === 'number') {
    return String(value.value);
  }
  return Object.values(localized(value, languages))[0] ?? '';
}

function components(
  list: unknown,
  path: string,
  languages: string[],
  problems: ProblemList,
): SdmxComponent[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.add({ path, message: 'expected a list of components' });
    return [];
  }
  return list.flatMap((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') {
      problems.add({ path: `${path}[${i}]`, message: 'a component needs an "id"' });
      return [];
    }
    const values = Array.isArray(item.values) ? item.values : [];
    return [
      {
        id: item.id,
        name: localized(item, languages),
        role: roleOf(item),
        values: values.map((v: unknown) => {
          const value = isObject(v) ? v : {};
          return { id: valueId(value, languages), name: localized(value, languages) };
        }),
      },
    ];
  });
}

/** Components of one kind (dimensions or attributes) at the three levels of a data set. */
export interface Levels {
  dataSet: SdmxComponent[];
  series: SdmxComponent[];
  observation: SdmxComponent[];
}

/** The `dimensions` or `attributes` of a structure, level by level. */
export function levelsOf(
  structure: Json,
  kind: 'dimensions' | 'attributes',
  path: string,
  languages: string[],
  problems: ProblemList,
): Levels {
  const declared = structure[kind];
  const given = isObject(declared) ? declared : {};
  const read = (level: keyof Levels) =>
    components(given[level], `${path}.${kind}.${level}`, languages, problems);
  const dataSet = read('dataSet');
  const series = read('series');
  return { dataSet, series, observation: read('observation') };
}
