import type { LayoutId } from './types.js';
import { REGIONS, DISTRICTS } from './areas.generated.js';
import { LAYOUTS, REGION_LAYOUTS, layoutMarkedBy, type RegionLayoutId } from './layouts.js';

export type { RegionLayoutId };
export { LAYOUTS };

/** Regions (oblasts and cities of republican significance) or 2024 districts. */
export type AreaLevel = 'region' | 'district';
export type AreaType = 'region' | 'city' | 'district';

export interface AreaNames {
  en: string;
  /** Kazakh, Cyrillic script. */
  kk: string;
  /** Kazakh, Latin script. */
  kkLatn: string;
  ru: string;
}

export interface AreaInfo {
  /** Canonical id: `KZ-11` (ISO 3166-2 numeric), `KZ-51` (South Kazakhstan), `KZ101000` (district). */
  code: string;
  level: AreaLevel;
  type: AreaType;
  /** 9-digit KATO code. */
  kato: string;
  names: AreaNames;
  /** Names without the generic word (`Akmola`, `Ақмола`, `Акмолинская`); same as `names` for cities and districts. */
  shortNames: { en: string; kk: string; ru: string };
  /** Layouts the area belongs to, most recent first. */
  layouts: readonly LayoutId[];
  /** Districts: the region that holds the district in each region layout. */
  parents?: Readonly<Record<RegionLayoutId, string>>;
  /** Former ISO 3166-2 alpha code (`KZ-AKM`), when there was one. */
  formerAlpha?: string;
  /** National SDG platform codes (`KZAKM`). */
  sdg?: readonly string[];
  /** ISO date (or year) the unit came into being, or ceased to exist. */
  validFrom?: string;
  validTo?: string;
}

/** Shape of a region row in areas.generated.ts. */
export interface RegionRecord {
  code: string;
  kato: string;
  type: 'region' | 'city';
  names: AreaNames;
  shortNames: { en: string };
  layouts: RegionLayoutId[];
  formerAlpha?: string;
  geokzAlpha?: string;
  sdg: string[];
  validFrom?: string;
  validTo?: string;
  variants: string[];
}

/**
 * Shape of a district row in areas.generated.ts: P-code, then, when they differ, the region in 2018
 * ('' = as in 2022) and before 2018 ('' = as in 2018).
 */
export type DistrictRecord =
  readonly [string] | readonly [string, string] | readonly [string, string, string];

/**
 * District names, registered with `registerDistrictNames`: P-code, en, kk (Cyrillic), ru, and
 * optional variants. They ship apart from the core (`district-names.ts`, the district map's
 * properties) so that pages that never show districts do not download 224 names in three languages.
 */
export type DistrictNameRecord =
  | readonly [string, string, string, string]
  | readonly [string, string, string, string, readonly string[]];

/** How an input string was recognised. */
export type AreaVia = 'canonical' | 'former-alpha' | 'sdg-platform' | 'kato' | 'pcode' | 'name';

export type AreaResolution =
  | { code: string; via: AreaVia }
  | {
      code: null;
      /** Closest known code, by edit distance on codes and names. */
      suggestion?: string;
      /** Set when a name fits several areas equally well (`Almaty` district names...). */
      candidates?: string[];
    };

export type LayoutInference =
  | {
      layout: LayoutId;
      /** Every layout that holds all the codes: `layout` first, then the others, most recent first. */
      candidates: LayoutId[];
    }
  | { conflict: { codes: string[]; layouts: LayoutId[] } };

// Kazakh Cyrillic to Latin script, the transliteration of the Latin names in the geography's
// names.csv (checked against every region in the tests); district names are derived with it.
// prettier-ignore
const KK_LATN: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'gh', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'ö', п: 'p',
  р: 'r', с: 's', т: 't', у: 'ū', ұ: 'u', ү: 'ü', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Kazakh Cyrillic text in Latin script (`Талдықорған` -> `Taldyqorghan`). */
export function kazakhLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = KK_LATN[lower];
    if (latin === undefined) out += ch;
    else if (lower !== ch && latin) out += latin[0].toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}

// ---- registry ------------------------------------------------------------------------------

const byCode = new Map<string, AreaInfo>();
const regionByKato2 = new Map<string, string>();
const byKato = new Map<string, string>();
const byAlpha = new Map<string, string>();
const bySdg = new Map<string, string>();

const stripWord = (name: string, word: RegExp) => name.replace(word, '').trim() || name;

for (const r of REGIONS) {
  const info: AreaInfo = {
    code: r.code,
    level: 'region',
    type: r.type,
    kato: r.kato,
    names: r.names,
    shortNames: {
      en: r.shortNames.en,
      kk: stripWord(r.names.kk, /\s+облысы$/),
      ru: stripWord(r.names.ru, /\s+область$/),
    },
    layouts: r.layouts,
    formerAlpha: r.formerAlpha,
    sdg: r.sdg,
    validFrom: r.validFrom,
    validTo: r.validTo,
  };
  byCode.set(r.code, info);
  regionByKato2.set(r.kato.slice(0, 2), r.code);
  byKato.set(r.kato, r.code);
  if (r.formerAlpha) byAlpha.set(r.formerAlpha, r.code);
  if (r.geokzAlpha) byAlpha.set(r.geokzAlpha, r.code);
  for (const s of r.sdg) bySdg.set(s, r.code);
}
// ISO carried South Kazakhstan's alpha code KZ-YUZ over to Turkistan Region (2018-2024).
byAlpha.set('KZ-YUZ', 'KZ-61');

for (const row of DISTRICTS) {
  const code = row[0];
  const kato = `${code.slice(2)}000`;
  const r2022 = `KZ-${code.slice(2, 4)}`;
  const r2018 = row[1] || r2022;
  const rPre = row[2] || r2018;
  // Until names are registered a district is known by its code alone.
  const names = { en: code, kk: code, kkLatn: code, ru: code };
  byCode.set(code, {
    code,
    level: 'district',
    type: 'district',
    kato,
    names,
    shortNames: { en: code, kk: code, ru: code },
    layouts: ['districts'],
    parents: { '2022': r2022, '2018': r2018, pre2018: rPre },
  });
  byKato.set(kato, code);
}

const sortCodes = (codes: string[]) => codes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Area ids of each layout, sorted by code. */
export const LAYOUT_AREAS: Readonly<Record<LayoutId, readonly string[]>> = Object.freeze({
  '2022': Object.freeze(
    sortCodes(REGIONS.filter((r) => r.layouts.includes('2022')).map((r) => r.code)),
  ),
  '2018': Object.freeze(
    sortCodes(REGIONS.filter((r) => r.layouts.includes('2018')).map((r) => r.code)),
  ),
  pre2018: Object.freeze(
    sortCodes(REGIONS.filter((r) => r.layouts.includes('pre2018')).map((r) => r.code)),
  ),
  districts: Object.freeze(sortCodes(DISTRICTS.map((d) => d[0]))),
});

/** Everything known about an area, by canonical code; `undefined` for anything else. */
export function areaInfo(code: string): AreaInfo | undefined {
  return typeof code === 'string' ? byCode.get(code) : undefined;
}

/** True when `code` is a canonical area id (`KZ-11`, `KZ-51`, `KZ101000`). */
export function isAreaCode(code: string): boolean {
  return byCode.has(code);
}

// ---- names ---------------------------------------------------------------------------------

type Marker = '' | 'region' | 'city' | 'district';

const MARKERS: Record<string, Marker> = Object.create(null);
for (const w of [
  'region',
  'oblast',
  'oblys',
  'oblysy',
  'obl',
  'province',
  'область',
  'обл',
  'облысы',
  'облыс',
]) {
  MARKERS[w] = 'region';
}
for (const w of [
  'city',
  'g',
  'gorod',
  'qala',
  'qalasy',
  'kala',
  'kalasy',
  'город',
  'г',
  'гор',
  'қала',
  'қаласы',
  'кала',
  'каласы',
  // Abbreviations of қала in the bureau's Kazakh tables (`Алматы қ.`) and in Kazakh Latin.
  'қ',
  'q',
]) {
  MARKERS[w] = 'city';
}
for (const w of ['district', 'rayon', 'raion', 'audan', 'audany', 'район', 'ауданы', 'аудан']) {
  MARKERS[w] = 'district';
}
// Keys are compared after diacritics are dropped (й -> и), so the generic words are too.
for (const w of Object.keys(MARKERS))
  MARKERS[w.normalize('NFD').replace(/\p{M}/gu, '')] = MARKERS[w];
const STOP = new Set(['the', 'of']);

/** Whether a generic word fits a type: cities of regional significance are districts. */
const fits = (marker: Marker, type: AreaType | undefined) =>
  marker === type || (marker === 'city' && type === 'district');

// Letters that look alike in the two scripts, for text typed with the wrong keyboard layout.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  K: 'К',
  k: 'к',
  M: 'М',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  X: 'Х',
  x: 'х',
  y: 'у',
  i: 'і',
  I: 'І',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.create(null);
for (const [latin, cyr] of Object.entries(LATIN_TO_CYRILLIC)) CYRILLIC_TO_LATIN[cyr] = latin;
Object.assign(CYRILLIC_TO_LATIN, { У: 'Y', т: 't', м: 'm' });

const LATIN_2021: Record<string, string> = { ş: 'sh', ç: 'ch', ı: 'i', ñ: 'ng' };

const CYRILLIC_FOLD: Record<string, string> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ә: 'а',
  ё: 'е',
  ь: '',
  ъ: '',
};

/**
 * The comparison key of a name: script look-alikes fixed, case, punctuation, diacritics and the
 * generic word (region, oblast, облысы, область, city, г., қаласы, district, район ...) removed,
 * and the usual transliteration differences folded (q/k, zh/j, gh/g, kh/h, y/i, doubled letters;
 * Kazakh letters to their Russian neighbours). Returns the key and the generic word's kind.
 */
export function nameKey(text: string): { key: string; marker: Marker } {
  let s = text.normalize('NFKC');
  const cyr = (s.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (s.match(/[A-Za-z]/g) ?? []).length;
  if (cyr && lat) {
    s =
      cyr >= lat
        ? s.replace(/[A-Za-z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c)
        : s.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
  }
  // The 2021 Kazakh Latin alphabet writes ş, ç, ñ and a dotless ı (Şymkent, Türkıstan): the older
  // romanisations write sh, ch, ng and i, and dropping the diacritic alone would give s, c and n.
  s = s
    .toLowerCase()
    .replace(/р-н/g, ' район ')
    .replace(/[şçıñ]/g, (c) => LATIN_2021[c]);
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  let marker: Marker = '';
  const parts: string[] = [];
  for (const token of s.split(/[^\p{L}\p{N}]+/u)) {
    if (!token || STOP.has(token)) continue;
    const m = MARKERS[token];
    if (m) marker = m;
    else parts.push(token);
  }
  let key = parts.join('');
  if (/[\u0400-\u04ff]/.test(key)) {
    key = key.replace(/[қғңөұүһіәёьъ]/g, (c) => CYRILLIC_FOLD[c]);
  } else {
    key = key
      .replace(/dzh/g, 'j')
      .replace(/zh/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/gh/g, 'g')
      .replace(/q/g, 'k')
      .replace(/y/g, 'i');
  }
  key = key.replace(/(.)\1+/g, '$1');
  return { key, marker };
}

// Name index: `${marker}:${key}` -> codes, with a priority so that a name written without a
// generic word ("Almaty" = the city) beats one whose generic word was stripped ("Almaty Region").
interface NameIndex {
  entries: Map<string, { priority: number; codes: string[] }>;
  keys: Array<{ key: string; code: string }>;
}

function addName(index: NameIndex, slot: string, code: string, priority: number) {
  const entry = index.entries.get(slot);
  if (!entry || entry.priority < priority) {
    index.entries.set(slot, { priority, codes: [code] });
  } else if (entry.priority === priority && !entry.codes.includes(code)) {
    entry.codes.push(code);
  }
}

function register(index: NameIndex, name: string, code: string, type: AreaType, primary: boolean) {
  const { key, marker } = nameKey(name);
  if (!key) return;
  index.keys.push({ key, code });
  if (marker) {
    addName(index, `${marker}:${key}`, code, 2);
    if (fits(marker, type)) addName(index, `:${key}`, code, 1);
  } else {
    // Short names and platform labels count as a bare name only when nothing else claims it.
    addName(index, `:${key}`, code, primary ? 2 : 1);
    addName(index, `${type}:${key}`, code, 1);
  }
}

const districtNames: NameIndex = { entries: new Map(), keys: [] };

// Built on the first name to read: data keyed by codes (the usual case) never pays for it.
let regionIndex: NameIndex | undefined;
function regionNames(): NameIndex {
  if (regionIndex) return regionIndex;
  const index: NameIndex = { entries: new Map(), keys: [] };
  for (const r of REGIONS) {
    for (const name of [r.names.en, r.names.kk, r.names.kkLatn, r.names.ru]) {
      register(index, name, r.code, r.type, true);
    }
    register(index, r.shortNames.en, r.code, r.type, false);
    for (const name of r.variants) register(index, name, r.code, r.type, false);
  }
  return (regionIndex = index);
}
const namedDistricts = new Set<string>();

/**
 * Gives districts their names in en, kk and ru (Kazakh Latin is derived), for display and for
 * reading district names in data. Idempotent; unknown codes are ignored. The converters and the
 * command-line tool register the full list (`district-names.ts`); the map registers the names
 * carried by the district map when it loads.
 */
export function registerDistrictNames(rows: Iterable<DistrictNameRecord>): void {
  let added = false;
  for (const row of rows) {
    const [code, en, kk, ru] = row;
    const info = byCode.get(code);
    if (!info || info.level !== 'district' || namedDistricts.has(code) || !en) continue;
    namedDistricts.add(code);
    const kkLatn = kazakhLatin(kk);
    info.names = { en, kk, kkLatn, ru };
    info.shortNames = { en, kk, ru };
    for (const name of [en, kk, kkLatn, ru, ...(row[4] ?? [])]) {
      register(districtNames, name, code, 'district', true);
    }
    added = true;
  }
  if (added) cache.clear();
}

function lookupName(index: NameIndex, text: string, bareAs?: AreaType): string[] {
  const { key, marker: written } = nameKey(text);
  if (!key) return [];
  const marker = written || bareAs || '';
  const exact = index.entries.get(`${marker}:${key}`);
  if (exact) return exact.codes;
  if (marker) {
    // "Akmola city" is not a thing; but "Astana city" is a bare name plus a matching word.
    const bare = index.entries.get(`:${key}`);
    if (bare) return bare.codes.filter((c) => fits(marker, byCode.get(c)?.type));
  }
  return [];
}

// ---- codes ---------------------------------------------------------------------------------

const CYRILLIC_CODE: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  З: '3',
};

function compactCode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХУЗ]/g, (c) => CYRILLIC_CODE[c])
    .replace(/[\s_]+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

function resolveCode(c: string): AreaResolution | undefined {
  let m = /^KZ-(\d{2})$/.exec(c);
  if (m) return known(c, 'canonical');
  if ((m = /^KZ(\d{2})$/.exec(c))) return known(`KZ-${m[1]}`, 'pcode');
  if ((m = /^KZ-?(\d{6})$/.exec(c))) return known(`KZ${m[1]}`, 'pcode');
  if (/^\d{9}$/.test(c)) return known(byKato.get(c), 'kato');
  if (/^\d{6}$/.test(c)) return known(`KZ${c}`, 'kato');
  if (/^\d{2}$/.test(c)) return known(regionByKato2.get(c), 'kato');
  if (/^KZ-[A-Z]{3}$/.test(c)) return known(byAlpha.get(c), 'former-alpha');
  if (/^KZ[A-Z]{2,3}$/.test(c)) {
    const sdg = bySdg.get(c);
    if (sdg) return { code: sdg, via: 'sdg-platform' };
    return known(byAlpha.get(`KZ-${c.slice(2)}`), 'former-alpha');
  }
  return undefined;
}

function known(code: string | undefined, via: AreaVia): AreaResolution {
  return code && byCode.has(code) ? { code, via } : { code: null };
}

// ---- suggestions ---------------------------------------------------------------------------

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (row[j] < best) best = row[j];
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

const codeKeys: Array<{ key: string; code: string }> = [];
for (const info of byCode.values()) {
  if (info.level === 'region') codeKeys.push({ key: info.code, code: info.code });
  if (info.formerAlpha) codeKeys.push({ key: info.formerAlpha, code: info.code });
  for (const s of info.sdg ?? []) codeKeys.push({ key: s, code: info.code });
}
const districtCodeKeys = LAYOUT_AREAS.districts.map((code) => ({ key: code, code }));

function closest(
  target: string,
  candidates: Array<{ key: string; code: string }>,
): string | undefined {
  const max = Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const { key, code } of candidates) {
    const d = editDistance(target, key, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = code;
    }
  }
  return best;
}

// Baikonur is no unit of any layout: statistics count it under Kyzylorda Region.
const BAIKONUR = new Set([
  'KZ-BAY',
  'KZBAY',
  nameKey('Baikonur').key,
  nameKey('Байконур').key,
  nameKey('Байқоңыр').key,
]);

// Neighbouring countries whose names are a few letters from Turkistan's: never suggest it for them.
const COUNTRIES = new Set(
  ['Tajikistan', 'Turkmenistan', 'Таджикистан', 'Туркменистан', 'Тәжікстан', 'Түрікменстан'].map(
    (name) => nameKey(name).key,
  ),
);

function suggest(text: string, level: AreaLevel): string | undefined {
  if (COUNTRIES.has(nameKey(text).key)) return undefined;
  const c = compactCode(text);
  if (BAIKONUR.has(c) || BAIKONUR.has(nameKey(text).key)) {
    return level === 'district' ? 'KZ431900' : 'KZ-43';
  }
  if (/^KZ/.test(c) || /^\d+$/.test(c)) {
    const digits = /^KZ-?\d{6}$/.test(c) || /^\d{6,9}$/.test(c);
    if (/^\d+$/.test(c)) return regionByKato2.get(c.slice(0, 2));
    return closest(c, digits ? districtCodeKeys : codeKeys);
  }
  const { key } = nameKey(text);
  if (!key) return undefined;
  const own = level === 'district' ? districtNames : regionNames();
  const other = level === 'district' ? regionNames() : districtNames;
  // A name written with a generic word is only ever close to a unit of that kind: "Алматы қ." (a
  // city) must not suggest Almaty Region.
  const { marker } = nameKey(text);
  const keys = marker ? own.keys.filter((k) => fits(marker, byCode.get(k.code)?.type)) : own.keys;
  const found = closest(key, keys);
  if (found) return found;
  const elsewhere = lookupName(other, text);
  return elsewhere.length === 1 ? elsewhere[0] : undefined;
}

// ---- resolveArea ---------------------------------------------------------------------------

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
    const index = level === 'district' ? districtNames : regionNames();
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

const NATIONAL = new Set(
  [
    'Kazakhstan',
    'Republic of Kazakhstan',
    'Казахстан',
    'Республика Казахстан',
    'Қазақстан',
    'Қазақстан Республикасы',
    'Qazaqstan',
    'Qazaqstan Respublikasy',
  ].map((name) => nameKey(name).key),
);

/**
 * True for the country as a whole as sources write it: `KZ`, `KAZ`, `Kazakhstan`,
 * `The Republic of Kazakhstan`, `Республика Казахстан`, `Қазақстан Республикасы` ... Converters use
 * it to route a row to the national reference series instead of an area.
 */
export function isNational(input: string): boolean {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return false;
  const code = compactCode(input.trim());
  if (code === 'KZ' || code === 'KAZ' || code === '398') return true;
  return NATIONAL.has(nameKey(input).key);
}

// ---- layouts -------------------------------------------------------------------------------

/**
 * The boundary layout that a set of canonical codes is published on:
 * - district codes only: `districts`;
 * - Abai, Jetisu or Ulytau present: `2022`;
 * - Turkistan or Shymkent present without them: `2018`;
 * - South Kazakhstan present: `pre2018`;
 * - only codes common to all region layouts: the most recent, `2022`, with every layout in
 *   `candidates` so that a caller can decide from context;
 * - South Kazakhstan with any of Turkistan, Shymkent, Abai, Jetisu, Ulytau, or regions with
 *   districts: a conflict naming the offending codes.
 * Codes that are not canonical area ids are ignored.
 */
export function inferLayout(codes: Iterable<string>): LayoutInference {
  const regions: string[] = [];
  const districts: string[] = [];
  for (const code of codes) {
    const info = byCode.get(code);
    if (!info) continue;
    (info.level === 'district' ? districts : regions).push(code);
  }
  if (districts.length && !regions.length)
    return { layout: 'districts', candidates: ['districts'] };

  const marked: Record<RegionLayoutId, string[]> = { '2022': [], '2018': [], pre2018: [] };
  for (const code of regions) {
    const layout = layoutMarkedBy(code);
    if (layout) marked[layout].push(code);
  }
  const newer = [...marked['2022'], ...marked['2018']];
  let regionLayout: LayoutInference;
  if (marked.pre2018.length && newer.length) {
    const layouts: LayoutId[] = [marked['2022'].length ? '2022' : '2018', 'pre2018'];
    regionLayout = { conflict: { codes: sortCodes([...marked.pre2018, ...newer]), layouts } };
  } else if (marked['2022'].length) regionLayout = { layout: '2022', candidates: ['2022'] };
  else if (marked['2018'].length) regionLayout = { layout: '2018', candidates: ['2018', '2022'] };
  else if (marked.pre2018.length) regionLayout = { layout: 'pre2018', candidates: ['pre2018'] };
  else regionLayout = { layout: '2022', candidates: [...REGION_LAYOUTS] };

  if (!districts.length) return regionLayout;
  const regionLayouts =
    'layout' in regionLayout ? [regionLayout.layout] : regionLayout.conflict.layouts;
  // Name the smaller group: those are most likely the strays.
  const strays = districts.length >= regions.length ? regions : districts;
  return { conflict: { codes: sortCodes([...strays]), layouts: ['districts', ...regionLayouts] } };
}
