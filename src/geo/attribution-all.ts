// The map credit in every language, for the API (the elements load one language at a time).
import type { Lang } from '../data/types.js';
import { MAP_CREDIT_EN, MAP_CREDIT_LINKS, type CreditPart } from './attribution.js';
import { MAP_CREDIT_KK } from './attribution-kk.js';
import { MAP_CREDIT_RU } from './attribution-ru.js';

/** The credit every map must show, by language, as parts some of which are links. */
export const MAP_CREDIT: Readonly<Record<Lang, readonly CreditPart[]>> = Object.freeze({
  en: MAP_CREDIT_EN,
  kk: MAP_CREDIT_KK,
  ru: MAP_CREDIT_RU,
});

const plain = (parts: readonly CreditPart[]) => parts.map((p) => p.text).join('');

/** The map credit as one line of text per language (for documentation and other drawings). */
export const MAP_ATTRIBUTION: Readonly<Record<Lang, string>> = Object.freeze({
  en: `Boundaries: ${plain(MAP_CREDIT.en)}`,
  kk: `Шекаралар: ${plain(MAP_CREDIT.kk)}`,
  ru: `Границы: ${plain(MAP_CREDIT.ru)}`,
});

/** Where the attribution line links to: the geokz repository. */
export const MAP_ATTRIBUTION_URL = MAP_CREDIT_LINKS.geokz;
