/** The areas of `values`: each key read as an area (codes, aliases, names) with its series. */
import type { LayoutId, Observation, Period } from '../types.js';
import { areaInfo, resolveArea, type AreaLevel, type AreaVia } from '../areas.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { dataKey, own, quote, type Json } from './paths.js';
import { readSeries } from './values.js';

export interface AreaEntry {
  key: string;
  code: string;
  path: string;
  /** Period id -> observation (no prototype). */
  periods: Record<string, Observation>;
}

const VIA_NAMES: Record<AreaVia, string> = {
  canonical: 'code spelling',
  'former-alpha': 'former ISO alpha code',
  'sdg-platform': 'SDG platform code',
  kato: 'KATO code',
  pcode: 'P-code',
  name: 'name',
};

/** An area as written and as read: `"KZONT" = KZ-51 (South Kazakhstan Region)`. */
export function areaRef(entry: { key: string; code: string }): string {
  const label = areaLabel(entry.code);
  return entry.key === entry.code ? label : `${quote(entry.key)} = ${label}`;
}

/** `KZ-11 (Akmola Region)`. */
export function areaLabel(code: string): string {
  const info = areaInfo(code);
  return info ? `${code} (${info.names.en})` : code;
}

export function readAreas(
  r: Reader,
  value: Json,
  path: string,
  periods: Map<string, Period>,
  explicit: LayoutId | Map<string, LayoutId> | undefined,
): AreaEntry[] {
  const read = r.keyed(
    value,
    path,
    'an object of areas',
    'for example {"KZ-11": {"2019": 12.5}}',
    'areas',
    LIMITS.areas,
  );
  if (!read) return [];
  const { obj, keys } = read;
  const level = nameLevel(keys, explicit);
  const entries: AreaEntry[] = [];
  const seen = new Map<string, string>();
  for (const key of keys) {
    const p = dataKey(path, key);
    const code = areaOfKey(r, key, p, level);
    if (code === undefined) continue;
    const other = seen.get(code);
    if (other !== undefined) {
      r.problem(
        p,
        `${quote(key)} and ${quote(other)} are the same area, ${areaLabel(code)}`,
        'keep one of them',
        'duplicate-area',
      );
      continue;
    }
    seen.set(code, key);
    const series = readSeries(r, own(obj, key), p, periods);
    if (series) entries.push({ key, code, path: p, periods: series });
  }
  return entries;
}

/** Names are read as district names when the codes or the stated layout say districts. */
function nameLevel(
  keys: string[],
  explicit: LayoutId | Map<string, LayoutId> | undefined,
): AreaLevel {
  const statesDistricts =
    explicit === 'districts' ||
    (explicit instanceof Map && [...explicit.values()].includes('districts'));
  if (statesDistricts) return 'district';
  let districtCodes = 0;
  let regionCodes = 0;
  for (const key of keys) {
    const area = resolveArea(key, { suggest: false });
    if (area.code && area.via !== 'name') {
      if (areaInfo(area.code)?.level === 'district') districtCodes++;
      else regionCodes++;
    }
  }
  return districtCodes > regionCodes ? 'district' : 'region';
}

/** The canonical code of an area key, with a warning when it was written otherwise. */
function areaOfKey(r: Reader, key: string, path: string, level: AreaLevel): string | undefined {
  if (key.length > LIMITS.key) {
    r.problem(
      path,
      `area key too long (${key.length} characters)`,
      'use an area code such as KZ-11',
      'too-long',
    );
    return undefined;
  }
  const area = resolveArea(key, { level, suggest: r.suggestions++ < 50 });
  if (area.code === null) {
    if (area.candidates) {
      r.problem(
        path,
        `${quote(key)} fits several areas: ${area.candidates.map(areaLabel).join(', ')}`,
        'write the code of the one you mean',
        'ambiguous-area',
      );
    } else {
      r.problem(
        path,
        `unknown area ${quote(key)}${area.suggestion ? `; did you mean ${areaLabel(area.suggestion)}?` : ''}`,
        'use an ISO 3166-2 code such as KZ-11, a district code such as KZ101000, or a region name',
        'unknown-area',
      );
    }
    return undefined;
  }
  if (area.code !== key) {
    r.warn(
      path,
      'area-alias',
      `${quote(key)} read as ${area.code} ${areaInfo(area.code)?.names.en ?? ''} (${VIA_NAMES[area.via]})`,
      `area|${key}`,
    );
  }
  return area.code;
}
