/** Interface texts of the builder page, in English, Kazakh and Russian. */
import type { Lang } from '../data/types.js';
import { en, type MessageKey, type Messages } from './messages-en.js';
import { kk } from './messages-kk.js';
import { ru } from './messages-ru.js';

export type { MessageKey, Messages };

const MESSAGES: Record<Lang, Messages> = { en, kk, ru };

/** The text of `key` in `lang`, with `{name}` placeholders filled (as text, never markup). */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}) {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in values ? String(values[k]) : m,
  );
}
