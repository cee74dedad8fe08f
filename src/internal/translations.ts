import type { Lang } from '../data/types.js';
import { onDemand, type OnDemand, type Redrawable } from './on-demand.js';

/**
 * Interface text in three languages, with English built in and Kazakh and Russian fetched on
 * first use: a page in one language never downloads the other two. Until a language has
 * arrived (or if it cannot be fetched) its text is English, so a widget always has words.
 */
export interface Translations<M> {
  /** The text in `lang` if it has arrived, else English (with the `first` words of `lang`). */
  get(lang: Lang): M;
  /** Whether `lang` is ready; if not, starts fetching it and redraws `host` (once) on arrival. */
  has(lang: Lang, host?: Redrawable): boolean;
  /** Resolves when `lang` is ready (or has fallen back to English). Never rejects. */
  load(lang: Lang): Promise<M>;
}

/**
 * Kazakh or Russian: the module that holds the text (its default export), fetched on first use, and
 * the few words shown before it arrives (the loading text), shipped with English so that a Kazakh
 * or Russian page never shows an English word while it loads. Each element writes its own
 * `import('./messages-kk.js')`, so that the bundler makes each language a part of its own.
 */
export interface Language<M> {
  load: () => Promise<{ default: M }>;
  first?: Partial<M>;
}

export function translations<M>(
  tag: string,
  en: M,
  languages: Record<Exclude<Lang, 'en'>, Language<M>>,
): Translations<M> {
  const loaders: Partial<Record<Lang, OnDemand<M>>> = {};
  const early: Partial<Record<Lang, M>> = {};
  const loaderOf = (lang: Exclude<Lang, 'en'>) =>
    (loaders[lang] ??= onDemand(
      tag,
      `${lang} interface text`,
      () => languages[lang].load().then((module) => module.default),
      'so it shows in English',
    ));
  // English when the language is English or could not be fetched; undefined while it loads.
  const ready = (lang: Lang, host?: Redrawable): M | undefined => {
    if (lang === 'en') return en;
    const loader = loaderOf(lang);
    return loader.get(host) ?? (loader.failed ? en : undefined);
  };
  return {
    get: (lang) => {
      if (lang === 'en') return en;
      const loader = loaders[lang];
      return (
        loader?.get() ??
        (loader?.failed ? en : (early[lang] ??= { ...en, ...languages[lang].first }))
      );
    },
    has: (lang, host) => ready(lang, host) !== undefined,
    load: async (lang) => (lang === 'en' ? en : ((await loaderOf(lang).load()) ?? en)),
  };
}
