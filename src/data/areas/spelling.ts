/**
 * How area names and codes are spelled: Kazakh Cyrillic to Latin, and the comparison key of a
 * name (scripts, case, diacritics, generic words and transliteration variants folded away).
 */
import type { AreaType } from './types.js';

/** A table from pairs separated by spaces, each a letter and what it becomes: `'aа bв'`. */
export const pairs = (list: string): Record<string, string> =>
  Object.fromEntries(list.split(' ').map((pair) => [pair[0], pair.slice(1)]));

// Kazakh Cyrillic to Latin script, the transliteration of the Latin names in the geography's
// names.csv (checked against every region in the tests); district names are derived with it.
// Marked pure so that bundles which never name districts leave the table out.
const KK_LATN = /* @__PURE__ */ pairs(
  'аa әä бb вv гg ғgh дd еe ёyo жzh зz иi йy кk қq лl мm нn ңng оo өö пp рr сs тt уū ұu үü фf ' +
    'хkh һh цts чch шsh щshch ъ ыy іi ь эe юyu яya',
);

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

export type Marker = '' | 'region' | 'city' | 'district';

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
export const fits = (marker: Marker, type: AreaType | undefined) =>
  marker === type || (marker === 'city' && type === 'district');

// Letters that look alike in the two scripts, for text typed with the wrong keyboard layout.
const LATIN_TO_CYRILLIC = pairs('AА aа BВ CС cс EЕ eе HН KК kк MМ OО oо PР pр TТ XХ xх yу iі IІ');
const CYRILLIC_TO_LATIN: Record<string, string> = Object.create(null);
for (const [latin, cyr] of Object.entries(LATIN_TO_CYRILLIC)) CYRILLIC_TO_LATIN[cyr] = latin;
Object.assign(CYRILLIC_TO_LATIN, { У: 'Y', т: 't', м: 'm' });

const LATIN_2021: Record<string, string> = { ş: 'sh', ç: 'ch', ı: 'i', ñ: 'ng' };

const CYRILLIC_FOLD = pairs('қк ғг ңн өо ұу үу һх іи әа ёе ь ъ');

/** The comparison keys of a list of names (see `nameKey`). */
export const nameKeys = (names: readonly string[]): string[] =>
  names.map((name) => nameKey(name).key);

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
