/** Texts in the reader's languages: a plain string (its language detected) or texts by language. */
import type { Lang, Localized } from '../types.js';
import type { Reader } from './reader.js';
import { join, own, quote, type Json } from './paths.js';

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

function detectLang(text: string): Lang {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) return 'kk';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

export function readLocalized(
  r: Reader,
  value: Json,
  path: string,
  max: number,
  required: boolean,
): Localized | undefined {
  if (value === undefined) {
    if (required) {
      r.problem(path, 'missing', 'give a text, or {"en": ..., "kk": ..., "ru": ...}', 'required');
    }
    return undefined;
  }
  if (typeof value === 'string') {
    const text = r.string(value, path, max);
    if (text === undefined) return undefined;
    if (!text) {
      if (required) r.problem(path, 'empty text', 'write a text', 'required');
      return undefined;
    }
    return { [detectLang(text)]: text };
  }
  const obj = r.object(
    value,
    path,
    'a text or an object of texts by language',
    'for example {"en": "Under-five mortality", "ru": "Детская смертность"}',
  );
  if (!obj) return undefined;
  const out: Localized = {};
  for (const key of r.keys(obj, path)) {
    const p = join(path, key);
    const lang = LANG_ALIASES[key.toLowerCase()];
    if (!lang) {
      r.warn(
        p,
        'unknown-language',
        `language ${quote(key)} ignored; texts are read in en, kk and ru`,
      );
      continue;
    }
    if (lang !== key) r.warn(p, 'language-alias', `language ${quote(key)} read as "${lang}"`);
    const text = r.string(own(obj, key), p, max);
    if (text) out[lang] = text;
  }
  if (!out.en && !out.kk && !out.ru) {
    if (required) {
      r.problem(
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
