import type { ReactiveElement } from 'lit';
import type { Lang } from '../data/types.js';

/**
 * Interface text in three languages, with English built in and Kazakh and Russian fetched on
 * first use: a page in one language never downloads the other two. Until a language has
 * arrived (or if it cannot be fetched) its text is English, so a widget always has words.
 */
export interface Translations<M> {
  /** The text in `lang` if it has arrived, else English (with the `first` words of `lang`). */
  get(lang: Lang): M;
  /** Whether `lang` is ready; if not, starts fetching it and redraws `host` (once) on arrival. */
  has(lang: Lang, host?: ReactiveElement): boolean;
  /** Resolves when `lang` is ready (or has fallen back to English). Never rejects. */
  load(lang: Lang): Promise<M>;
}

export type TranslationLoader<M> = (lang: Exclude<Lang, 'en'>) => Promise<M>;

/**
 * `first`: the few words shown before a language arrives (the loading text), shipped with English
 * so that a Kazakh or Russian page never shows an English word while it loads.
 */
export function translations<M>(
  tag: string,
  en: M,
  fetchLanguage: TranslationLoader<M>,
  first: Partial<Record<Exclude<Lang, 'en'>, Partial<M>>> = {},
): Translations<M> {
  const ready: Partial<Record<Lang, M>> = { en };
  const early: Partial<Record<Lang, M>> = {};
  const pending: Partial<Record<Lang, Promise<M>>> = {};
  // Elements drawn before their language arrived, redrawn when it does.
  const waiting: Partial<Record<Lang, Set<ReactiveElement>>> = {};
  const arrived = (lang: Lang, messages: M): M => {
    ready[lang] = messages;
    waiting[lang]?.forEach((host) => host.requestUpdate());
    delete waiting[lang];
    return messages;
  };
  const load = (lang: Lang): Promise<M> => {
    const done = ready[lang];
    if (done) return Promise.resolve(done);
    return (pending[lang] ??= fetchLanguage(lang as Exclude<Lang, 'en'>).then(
      (messages) => arrived(lang, messages),
      (error: unknown) => {
        console.warn(
          `<${tag}> [kz-translation] the ${lang} interface text could not be loaded (${String(error)}), ` +
            'so it shows in English. Fix: serve the whole folder of the library, not its main file alone.',
        );
        return arrived(lang, en);
      },
    ));
  };
  return {
    get: (lang) =>
      ready[lang] ??
      (lang === 'en' ? en : (early[lang] ??= { ...en, ...first[lang as Exclude<Lang, 'en'>] })),
    has(lang, host) {
      if (ready[lang]) return true;
      if (host) (waiting[lang] ??= new Set()).add(host);
      void load(lang);
      return false;
    },
    load,
  };
}
