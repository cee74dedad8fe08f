/**
 * SDMX data messages: SDMX-JSON 1.0 and 2.0 (series, flat and cross-section structures), the
 * legacy OECD.Stat SDMX-JSON that predates 1.0, and SDMX-CSV (with codes, labels in separate
 * columns as the UNICEF Data Warehouse writes them, or "ID: label" cells). Each is first read into
 * a flat table of observations (`readSdmx`), then converted like any other source (`convertSdmx`).
 */
import type { Lang, Localized } from '../data/types.js';
import { buildDocument, type SourceRecord } from './build.js';
import { readDelimited } from './csv.js';
import { ConvertError, ProblemList, type ConvertProblem } from './errors.js';
import type { ConvertResult, IndicatorOptions } from './options.js';
import { parseJsonText } from './json.js';

export interface SdmxValue {
  id: string;
  name: Localized;
}

export interface SdmxComponent {
  id: string;
  name: Localized;
  role?: string;
  values: SdmxValue[];
}

export interface SdmxObservation {
  /** JSON path of the observation (SDMX-JSON). */
  path?: string;
  /** Line of the observation (SDMX-CSV). */
  line?: number;
  /** Dimension id -> value id. */
  key: Record<string, string>;
  value: number | string | null;
  /** Attribute id -> value id (or text for uncoded attributes). */
  attributes: Record<string, string>;
}

export type SdmxFormat = 'sdmx-json-1.0' | 'sdmx-json-2.0' | 'sdmx-json-legacy' | 'sdmx-csv';

export interface SdmxTable {
  format: SdmxFormat;
  /** Content languages of the message, as given. */
  languages: string[];
  /** Name of the dataflow or data structure, when the message gives one. */
  name?: Localized;
  dimensions: SdmxComponent[];
  attributes: SdmxComponent[];
  observations: SdmxObservation[];
}

export interface SdmxOptions extends IndicatorOptions {
  /** Dimension holding the areas; default: the one with role REF_AREA, or REF_AREA. */
  area?: string;
  /** Dimension holding the periods; default: role TIME_PERIOD, or TIME_PERIOD / TIME. */
  time?: string;
  /** The period of every observation, for messages without a time dimension. */
  period?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const LANGS: Lang[] = ['en', 'kk', 'ru'];

function langOf(tag: string): Lang | undefined {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return (LANGS as string[]).includes(base) ? (base as Lang) : undefined;
}

/** Texts of an SDMX `names` map or `name` (string or map) in the supported languages. */
function localized(item: Json, languages: string[]): Localized {
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
          const id =
            typeof value.id === 'string'
              ? value.id
              : typeof value.value === 'string' || typeof value.value === 'number'
                ? String(value.value)
                : (Object.values(localized(value, languages))[0] ?? '');
          return { id, name: localized(value, languages) };
        }),
      },
    ];
  });
}

/** Reads an SDMX-JSON data message (1.0, 2.0 or legacy OECD.Stat) into a table of observations. */
export function readSdmxJson(message: unknown): SdmxTable {
  const problems = new ProblemList();
  if (!isObject(message)) {
    throw new ConvertError([{ path: '$', message: 'an SDMX-JSON message must be a JSON object' }]);
  }
  if (Array.isArray(message.indicators)) {
    throw new ConvertError([
      {
        path: '$',
        message: 'this is a kz-indicators document, not an SDMX message',
        hint: 'validate or inspect it instead of converting it',
      },
    ]);
  }
  const data = isObject(message.data) ? message.data : undefined;
  let format: SdmxFormat;
  let structures: unknown[];
  let dataSets: unknown;
  let base: string;
  if (data && Array.isArray(data.structures)) {
    format = 'sdmx-json-2.0';
    structures = data.structures;
    dataSets = data.dataSets;
    base = 'data';
  } else if (data && isObject(data.structure)) {
    format = 'sdmx-json-1.0';
    structures = [data.structure];
    dataSets = data.dataSets;
    base = 'data';
  } else if (isObject(message.structure) && Array.isArray(message.dataSets)) {
    format = 'sdmx-json-legacy';
    structures = [message.structure];
    dataSets = message.dataSets;
    base = '';
  } else {
    const errors = Array.isArray(message.errors) ? message.errors : [];
    const detail = errors
      .map((e) => (isObject(e) ? (e.detail ?? e.title ?? e.message ?? e.code) : e))
      .filter((e) => e !== undefined)
      .join('; ');
    throw new ConvertError([
      {
        path: data ? 'data' : '$',
        message: detail
          ? `the SDMX service answered with an error, not data: ${detail}`
          : data && data.dataSets !== undefined
            ? 'the message has data sets but no structure (data.structure or data.structures), so its keys cannot be decoded'
            : 'not an SDMX-JSON data message: expected data.structure (SDMX-JSON 1.0) or data.structures (2.0)',
        hint: 'request the data with format=sdmx-json (or an Accept header application/vnd.sdmx.data+json)',
      },
    ]);
  }
  const p = (rest: string) => (base ? `${base}.${rest}` : rest);
  const meta = isObject(message.meta)
    ? message.meta
    : isObject(message.header)
      ? message.header
      : {};
  const langList = meta.contentLanguages ?? meta['content-languages'];
  const languages = Array.isArray(langList)
    ? langList.filter((l): l is string => typeof l === 'string')
    : ['en'];
  if (!Array.isArray(dataSets)) {
    throw new ConvertError([{ path: p('dataSets'), message: 'the message has no data sets' }]);
  }

  const table: SdmxTable = { format, languages, dimensions: [], attributes: [], observations: [] };
  const dimIndex = new Map<string, SdmxComponent>();
  const attrIndex = new Map<string, SdmxComponent>();

  dataSets.forEach((ds: unknown, d) => {
    const dsPath = p(`dataSets[${d}]`);
    if (!isObject(ds)) {
      problems.add({ path: dsPath, message: 'a data set must be an object' });
      return;
    }
    const sIndex = typeof ds.structure === 'number' ? ds.structure : 0;
    const s = structures[sIndex];
    const sPath = format === 'sdmx-json-2.0' ? p(`structures[${sIndex}]`) : p('structure');
    if (!isObject(s)) {
      problems.add({ path: `${dsPath}.structure`, message: `structure ${sIndex} does not exist` });
      return;
    }
    table.name ??= Object.keys(localized(s, languages)).length
      ? localized(s, languages)
      : undefined;
    const dims = isObject(s.dimensions) ? s.dimensions : {};
    const atts = isObject(s.attributes) ? s.attributes : {};
    const dsDims = components(dims.dataSet, `${sPath}.dimensions.dataSet`, languages, problems);
    const seriesDims = components(dims.series, `${sPath}.dimensions.series`, languages, problems);
    const obsDims = components(
      dims.observation,
      `${sPath}.dimensions.observation`,
      languages,
      problems,
    );
    const dsAtts = components(atts.dataSet, `${sPath}.attributes.dataSet`, languages, problems);
    const seriesAtts = components(atts.series, `${sPath}.attributes.series`, languages, problems);
    const obsAtts = components(
      atts.observation,
      `${sPath}.attributes.observation`,
      languages,
      problems,
    );
    const measures =
      isObject(s.measures) && Array.isArray(s.measures.observation) ? s.measures.observation : [];
    const measureCount = Math.max(1, measures.length);
    const valueIndex = Math.max(
      0,
      measures.findIndex((m) => isObject(m) && m.id === 'OBS_VALUE'),
    );
    for (const c of [...dsDims, ...seriesDims, ...obsDims]) {
      if (!dimIndex.has(c.id)) {
        dimIndex.set(c.id, c);
        table.dimensions.push(c);
      }
    }
    for (const c of [...dsAtts, ...seriesAtts, ...obsAtts]) {
      if (!attrIndex.has(c.id)) {
        attrIndex.set(c.id, c);
        table.attributes.push(c);
      }
    }

    const baseKey: Record<string, string> = {};
    for (const c of dsDims) if (c.values[0]) baseKey[c.id] = c.values[0].id;
    const baseAttrs: Record<string, string> = {};
    const dsAttrValues = Array.isArray(ds.attributes) ? ds.attributes : [];
    dsAtts.forEach((c, i) => {
      const idx = dsAttrValues[i];
      if (typeof idx === 'number' && c.values[idx]) baseAttrs[c.id] = c.values[idx].id;
      else if (c.values.length === 1) baseAttrs[c.id] = c.values[0].id;
    });

    const decode = (
      keyText: string,
      list: SdmxComponent[],
      path: string,
      into: Record<string, string>,
    ) => {
      const parts = keyText === '' ? [] : keyText.split(':');
      if (parts.length !== list.length) {
        problems.add(
          {
            path,
            message: `key "${keyText}" has ${parts.length} part(s), but the structure lists ${list.length} dimension(s) here (${list.map((c) => c.id).join(', ')})`,
          },
          'key',
        );
        return false;
      }
      for (let i = 0; i < parts.length; i++) {
        const n = Number(parts[i]);
        const value = Number.isInteger(n) ? list[i].values[n] : undefined;
        if (!value) {
          problems.add(
            {
              path,
              message: `key "${keyText}": position ${i + 1} is ${parts[i]}, but dimension ${list[i].id} has ${list[i].values.length} value(s)`,
            },
            'key',
          );
          return false;
        }
        into[list[i].id] = value.id;
      }
      return true;
    };
    const attributes = (
      indices: unknown[],
      all: SdmxComponent[],
      path: string,
      into: Record<string, string>,
    ) => {
      // Legacy OECD.Stat messages leave attributes without values out of the index list.
      const used = all.filter((c) => c.values.length > 0);
      const list = indices.length < all.length && indices.length === used.length ? used : all;
      list.forEach((c, i) => {
        const idx = indices[i];
        if (idx === null || idx === undefined) return;
        const value = typeof idx === 'number' ? c.values[idx] : undefined;
        if (!value) {
          problems.add(
            {
              path,
              message: `attribute ${c.id}: index ${JSON.stringify(idx)} is not one of its ${c.values.length} value(s)`,
            },
            'attribute',
          );
          return;
        }
        into[c.id] = value.id;
      });
    };
    const observation = (
      arr: unknown,
      path: string,
      key: Record<string, string>,
      attrs: Record<string, string>,
    ) => {
      if (!Array.isArray(arr)) {
        problems.add(
          { path, message: 'an observation must be an array [value, attribute indices...]' },
          'obs',
        );
        return;
      }
      const raw = arr[valueIndex];
      let value: number | string | null;
      if (raw === null || raw === undefined) value = null;
      else if (typeof raw === 'number' || typeof raw === 'string') value = raw;
      else {
        problems.add({ path, message: `the value ${JSON.stringify(raw)} is not a number` }, 'obs');
        return;
      }
      const a = { ...attrs };
      attributes(arr.slice(measureCount), obsAtts, path, a);
      table.observations.push({ path, key, value, attributes: a });
    };

    if (isObject(ds.series)) {
      for (const [seriesKey, series] of Object.entries(ds.series)) {
        const path = `${dsPath}.series["${seriesKey}"]`;
        const key = { ...baseKey };
        if (!decode(seriesKey, seriesDims, path, key)) continue;
        if (!isObject(series)) {
          problems.add({ path, message: 'a series must be an object' }, 'obs');
          continue;
        }
        const attrs = { ...baseAttrs };
        attributes(
          Array.isArray(series.attributes) ? series.attributes : [],
          seriesAtts,
          path,
          attrs,
        );
        const observations = isObject(series.observations) ? series.observations : {};
        for (const [obsKey, arr] of Object.entries(observations)) {
          const obsPath = `${path}.observations["${obsKey}"]`;
          const full = { ...key };
          if (decode(obsKey, obsDims, obsPath, full)) observation(arr, obsPath, full, attrs);
        }
      }
    } else if (isObject(ds.observations)) {
      if (seriesDims.length) {
        problems.add({
          path: `${dsPath}.observations`,
          message: 'flat observations, but the structure has series dimensions',
        });
      }
      for (const [obsKey, arr] of Object.entries(ds.observations)) {
        const obsPath = `${dsPath}.observations["${obsKey}"]`;
        const key = { ...baseKey };
        if (decode(obsKey, obsDims, obsPath, key)) observation(arr, obsPath, key, { ...baseAttrs });
      }
    }
  });
  problems.throwIfAny();
  return table;
}

// Attributes of SDMX-CSV files: never breakdowns (the CSV does not say which columns are dimensions).
const CSV_ATTRIBUTES = new Set([
  'OBS_STATUS',
  'OBS_CONF',
  'OBS_FOOTNOTE',
  'COMMENT_OBS',
  'UNIT_MULT',
  'LOWER_BOUND',
  'UPPER_BOUND',
  'COUNTRY_NOTES',
  'REF_PERIOD',
  'TIME_FORMAT',
  'DECIMALS',
  'SOURCE_LINK',
  'SERIES_FOOTNOTE',
  'TITLE',
]);
const CODE = /^[A-Z][A-Z0-9_]*$/;

/** Reads SDMX-CSV (1.0 or 2.0, with or without labels) into a table of observations. */
export function readSdmxCsv(text: string): SdmxTable {
  const { header, rows, lines, headerLine } = readDelimited(text);
  const split = (cell: string) => {
    const m = /^([A-Za-z0-9_@$.-]+): (.*)$/s.exec(cell);
    return m ? { id: m[1], label: m[2] } : { id: cell, label: undefined };
  };
  const cols = header.map((h) => split(h));
  if (!cols.some((c) => c.id === 'TIME_PERIOD') && !cols.some((c) => c.id === 'OBS_VALUE')) {
    throw new ConvertError([
      {
        line: headerLine,
        message: 'not SDMX-CSV: the header has neither TIME_PERIOD nor OBS_VALUE',
        hint: 'convert it as a plain CSV instead',
      },
    ]);
  }
  if (!cols.some((c) => c.id === 'OBS_VALUE')) {
    throw new ConvertError([{ line: headerLine, message: 'SDMX-CSV without an OBS_VALUE column' }]);
  }
  // A column that is not a code (e.g. "Geographic area") holds the labels of the column before it.
  const labelOf = new Map<number, number>();
  const componentIdx: number[] = [];
  cols.forEach((c, i) => {
    if (CODE.test(c.id)) componentIdx.push(i);
    else if (componentIdx.length) labelOf.set(componentIdx[componentIdx.length - 1], i);
  });
  const skip = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'OBS_VALUE']);
  const dims: SdmxComponent[] = [];
  const attrs: SdmxComponent[] = [];
  const byId = new Map<string, { comp: SdmxComponent; seen: Set<string> }>();
  for (const i of componentIdx) {
    const id = cols[i].id;
    if (skip.has(id)) continue;
    const comp: SdmxComponent = {
      id,
      name: cols[i].label
        ? { en: cols[i].label }
        : labelOf.has(i)
          ? { en: header[labelOf.get(i)!] }
          : {},
      values: [],
      ...(id === 'TIME_PERIOD'
        ? { role: 'TIME_PERIOD' }
        : id === 'REF_AREA'
          ? { role: 'REF_AREA' }
          : {}),
    };
    (CSV_ATTRIBUTES.has(id) ? attrs : dims).push(comp);
    byId.set(id, { comp, seen: new Set() });
  }
  const valueIdx = cols.findIndex((c) => c.id === 'OBS_VALUE');
  const observations: SdmxObservation[] = rows.map((row, r) => {
    const key: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    for (const i of componentIdx) {
      const entry = byId.get(cols[i].id);
      if (!entry) continue;
      const cell = split(row[i].trim());
      const label = cell.label ?? (labelOf.has(i) ? row[labelOf.get(i)!].trim() : undefined);
      if (!entry.seen.has(cell.id)) {
        entry.seen.add(cell.id);
        entry.comp.values.push({ id: cell.id, name: label ? { en: label } : {} });
      }
      if (CSV_ATTRIBUTES.has(cols[i].id)) {
        if (cell.id !== '') attributes[cols[i].id] = cell.id;
      } else key[cols[i].id] = cell.id;
    }
    return { line: lines[r], key, value: row[valueIdx], attributes };
  });
  return {
    format: 'sdmx-csv',
    languages: ['en'],
    dimensions: dims,
    attributes: attrs,
    observations,
  };
}

/** Reads an SDMX message given as text (JSON or CSV) or as parsed JSON. */
export function readSdmx(input: string | unknown): SdmxTable {
  if (typeof input !== 'string') return readSdmxJson(input);
  const text = input.replace(/^\ufeff/, '');
  if (/^\s*[{[]/.test(text)) return readSdmxJson(parseJsonText(text));
  return readSdmxCsv(text);
}

const AREA_DIMS = ['REF_AREA', 'LOCATION', 'COUNTRY', 'GEO', 'REF_AREA_CODE'];
const TIME_DIMS = ['TIME_PERIOD', 'TIME', 'YEAR'];

function pick(list: SdmxComponent[], given: string | undefined, role: string, ids: string[]) {
  if (given !== undefined)
    return (
      list.find((c) => c.id === given) ??
      list.find((c) => c.id.toLowerCase() === given.toLowerCase())
    );
  return list.find((c) => c.role === role) ?? list.find((c) => ids.includes(c.id));
}

/** Converts an SDMX message (text, parsed JSON, or a table from `readSdmx`) to an indicator document. */
export function convertSdmx(input: string | unknown, options: SdmxOptions = {}): ConvertResult {
  const table: SdmxTable = isTable(input) ? input : readSdmx(input);
  const problems: ConvertProblem[] = [];
  const where = table.format === 'sdmx-csv' ? {} : { path: 'structure.dimensions' };
  const ids = table.dimensions.map((d) => d.id).join(', ');
  const areaDim = pick(table.dimensions, options.area, 'REF_AREA', AREA_DIMS);
  const timeDim = pick(table.dimensions, options.time, 'TIME_PERIOD', TIME_DIMS);
  if (!areaDim) {
    problems.push({
      ...where,
      message: options.area
        ? `there is no dimension "${options.area}"`
        : 'no area dimension (REF_AREA, or a dimension with that role)',
      hint: `dimensions: ${ids}; name the one holding the areas: --area-column (option area)`,
    });
  }
  if (!timeDim && options.period === undefined) {
    const legacy =
      table.format === 'sdmx-json-legacy'
        ? 'this legacy OECD.Stat message (older than SDMX-JSON 1.0) has '
        : '';
    problems.push({
      ...where,
      message: options.time
        ? `there is no dimension "${options.time}"`
        : `${legacy}no time dimension (TIME_PERIOD)`,
      hint: `dimensions: ${ids}; name the time dimension: --period-column (option time), or give one period for all observations: --period (option period)`,
    });
  }
  if (!table.observations.length) problems.push({ message: 'the message holds no observations' });
  if (problems.length) throw new ConvertError(problems);

  const labels = new Map(areaDim!.values.map((v) => [v.id, v.name]));
  const others = table.dimensions.filter((d) => d !== areaDim && d !== timeDim).map((d) => d.id);
  const records: SourceRecord[] = table.observations.map((obs) => {
    const dims: Record<string, string> = {};
    for (const id of others) dims[id] = obs.key[id] ?? '';
    const rec: SourceRecord = {
      area: obs.key[areaDim!.id] ?? '',
      period: options.period ?? obs.key[timeDim!.id] ?? '',
      value: obs.value,
      dims,
    };
    if (obs.path !== undefined) rec.path = obs.path;
    if (obs.line !== undefined) rec.line = obs.line;
    const a = obs.attributes;
    if (a.LOWER_BOUND !== undefined) rec.lower = a.LOWER_BOUND;
    if (a.UPPER_BOUND !== undefined) rec.upper = a.UPPER_BOUND;
    if (a.OBS_STATUS !== undefined) rec.status = a.OBS_STATUS;
    const note = a.COMMENT_OBS ?? a.OBS_FOOTNOTE;
    if (note !== undefined) rec.note = note;
    const label = labels.get(rec.area);
    if (label && Object.keys(label).length) rec.areaLabel = label;
    return rec;
  });
  const single = (id: string): Localized | undefined => {
    const comp = [...table.dimensions, ...table.attributes].find((c) => c.id === id);
    if (!comp || comp.values.length !== 1) return undefined;
    const name = comp.values[0].name;
    return Object.keys(name).length ? name : undefined;
  };
  const indicatorDim = table.dimensions.find((d) => d.id === 'INDICATOR');
  const defaultId =
    indicatorDim?.values.length === 1
      ? indicatorDim.values[0].id.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : undefined;
  return buildDocument(
    records,
    {
      columns: {
        area: areaDim!.id,
        period: timeDim?.id ?? 'period',
        value: 'OBS_VALUE',
        lower: 'LOWER_BOUND',
        upper: 'UPPER_BOUND',
        status: 'OBS_STATUS',
      },
      dimOrder: others,
      warnings: [],
      defaults: {
        id: defaultId,
        name: single('INDICATOR') ?? table.name,
        unit: single('UNIT_MEASURE'),
      },
    },
    options,
  );
}

function isTable(input: unknown): input is SdmxTable {
  return isObject(input) && typeof input.format === 'string' && Array.isArray(input.observations);
}
