/**
 * The area registry's public face: reading an area as people and sources write it
 * (`resolveArea`), the country as a whole (`isNational`), district names, and the registry's
 * lookups. The parts live in `areas/`: the registry, spelling, names, codes, hints and layout
 * inference.
 */
import type { AreaResolution, AreaLevel, DistrictNameRecord } from './areas/types.js';
import { byCode, sortCodes } from './areas/registry.js';
import { nameKey, nameKeys } from './areas/spelling.js';
import { addDistrictNames, districtNames, lookupName, regionNames } from './areas/names.js';
import { compactCode, known, resolveCode } from './areas/codes.js';
import { suggest } from './areas/hints.js';

export type * from './areas/types.js';
export type { RegionLayoutId } from './layouts.js';
export { LAYOUTS } from './layouts.js';
export { LAYOUT_AREAS, areaInfo, isAreaCode } from './areas/registry.js';
export { kazakhLatin, nameKey } from './areas/spelling.js';
export { editDistance } from './areas/hints.js';
export { inferLayout } from './areas/layout-inference.js';

/**
 * Gives districts their names in en, kk and ru (Kazakh Latin is derived), for display and for
 * reading district names in data. Idempotent; unknown codes are ignored. The converters and the
 * command-line tool register the full list (`district-names.ts`); the map registers the names
 * carried by the district map when it loads.
 */
export function registerDistrictNames(rows: Iterable<DistrictNameRecord>): void {
  if (addDistrictNames(rows)) cache.clear();
}

export interface ResolveOptions {
  /** Which names to search: region names (default) or district names. Codes resolve either way. */
  level?: AreaLevel;
  /** Compute a suggestion for unknown input (default true). */
  suggest?: boolean;
  /**
   * Read a name written without a generic word as this kind of unit: in a table that also lists
   * `Almaty city`, a bare `Almaty` is the region. Default: the city, as a bare name usually is.
   */
  bareAs?: 'region' | 'city';
}

const MAX_INPUT = 200;
const cache = new Map<string, AreaResolution>();

/**
 * Reads an area as people and sources write it and returns its canonical code:
 * - ISO 3166-2 numeric codes, any case or spacing: `KZ-11`, `kz 11` (via `canonical`);
 * - former ISO alpha codes `KZ-AKM` ... and the geokz codes `KZ-ABY`, `KZ-ZHT`, `KZ-ULT`
 *   (`former-alpha`; `KZ-YUZ` is Turkistan, as ISO used it from 2018);
 * - national SDG platform codes `KZAKM`, `KZNS`, `KZONT` (South Kazakhstan, `KZ-51`) ... (`sdg-platform`);
 * - KATO codes: 9 digits, 6 digits (district) or the 2-digit region prefix (`kato`);
 * - geokz P-codes `KZ11` and district codes `KZ101000` (`pcode`);
 * - names in English, Kazakh (both scripts) and Russian with the usual variants (`name`).
 * Unknown input gives `{ code: null }` with the closest code as `suggestion`.
 */
export function resolveArea(input: string, options: ResolveOptions = {}): AreaResolution {
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text || text.length > MAX_INPUT) return { code: null };
  const level = options.level ?? 'region';
  const cacheKey = `${level}|${options.suggest === false ? 0 : 1}|${options.bareAs ?? ''}|${text}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  let result = /^kz[\s_\-\u2010-\u2015\u2212]+\d{2}$/i.test(text)
    ? known(`KZ-${text.slice(-2)}`, 'canonical')
    : resolveCode(compactCode(text));
  if (!result || result.code === null) {
    const index = level === 'district' ? districtNames() : regionNames();
    const codes = lookupName(index, text, options.bareAs);
    if (codes.length === 1) result = { code: codes[0], via: 'name' };
    else if (codes.length > 1) result = { code: null, candidates: sortCodes([...codes]) };
  }
  if (!result || (result.code === null && !result.candidates)) {
    const suggestion = options.suggest === false ? undefined : suggest(text, level);
    result = suggestion ? { code: null, suggestion } : { code: null };
  }
  if (cache.size > 5000) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

/**
 * The labels of one table that name a region by its bare name although the same name alone means
 * a city: a table that lists `Almaty city` (or `г. Алматы`, `Алматы қаласы`) beside a bare
 * `Almaty` (or `Алматы`) uses the bare name for Almaty Region, as the bureau's tables do. Resolve
 * the returned labels with `bareAs: 'region'`.
 */
export function bareRegionLabels(labels: Iterable<string>): Set<string> {
  const bare = new Map<string, string>();
  const markedCities = new Set<string>();
  for (const label of new Set(labels)) {
    const res = resolveArea(label, { suggest: false });
    if (res.code === null || res.via !== 'name' || byCode.get(res.code)?.type !== 'city') continue;
    if (nameKey(label).marker) markedCities.add(res.code);
    else bare.set(label, res.code);
  }
  const out = new Set<string>();
  for (const [label, city] of bare) {
    if (!markedCities.has(city)) continue;
    const region = resolveArea(label, { suggest: false, bareAs: 'region' });
    if (region.code !== null && region.code !== city) out.add(label);
  }
  return out;
}

// Made on first use: the name keys are work that a page whose data name areas by code never needs.
let national: Set<string> | undefined;
const nationalKeys = () =>
  (national ??= new Set(
    nameKeys([
      'Kazakhstan',
      'Republic of Kazakhstan',
      'Казахстан',
      'Республика Казахстан',
      'Қазақстан',
      'Қазақстан Республикасы',
      'Qazaqstan',
      'Qazaqstan Respublikasy',
    ]),
  ));

/**
 * True for the country as a whole as sources write it: `KZ`, `KAZ`, `Kazakhstan`,
 * `The Republic of Kazakhstan`, `Республика Казахстан`, `Қазақстан Республикасы` ... Converters use
 * it to route a row to the national reference series instead of an area.
 */
export function isNational(input: string): boolean {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return false;
  const code = compactCode(input.trim());
  if (code === 'KZ' || code === 'KAZ' || code === '398') return true;
  return nationalKeys().has(nameKey(input).key);
}
