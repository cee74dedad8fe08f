import type { Lang, Localized } from '../data/types.js';

/** Fallback order when a text lacks the wanted language: the wanted one, then en, ru, kk. */
export const FALLBACK: Record<Lang, Lang[]> = {
  en: ['en', 'ru', 'kk'],
  ru: ['ru', 'en', 'kk'],
  kk: ['kk', 'ru', 'en'],
};

export const LANGS: readonly Lang[] = ['en', 'kk', 'ru'];

/** Picks a text in `lang`, falling back in the documented order; '' when empty. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  for (const l of FALLBACK[lang]) {
    const s = text[l];
    if (s) return s;
  }
  return '';
}

/** Maps any BCP 47 tag (`ru-RU`, `kk-Cyrl-KZ`, `en-GB`) to a supported language, default en. */
export function normalizeLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'kk' ? base : 'en';
}

/** The nearest `lang` attribute up the tree, crossing shadow roots. */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

const LOCALE: Record<Lang, string> = { en: 'en-GB', kk: 'kk-KZ', ru: 'ru-RU' };

// Some browser builds know the Kazakh locale but carry no Kazakh number symbols and format kk as
// English ("1,234.5"). Kazakh and Russian write numbers alike (no-break space for thousands,
// decimal comma), so such builds get the Russian conventions. Probed once.
let kazakhNumbers: string | undefined;
function numberLocale(lang: Lang): string {
  if (lang !== 'kk') return LOCALE[lang];
  kazakhNumbers ??= new Intl.NumberFormat(LOCALE.kk).format(1.5).includes(',')
    ? LOCALE.kk
    : LOCALE.ru;
  return kazakhNumbers;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: true,
    });
    numberFormats.set(key, nf);
  }
  return nf;
}

/**
 * Formats a number for a language: `12,345.6` (en), `12 345,6` (kk, ru). Thousands are grouped
 * with a narrow no-break space in kk and ru, as Intl does; the minus sign is U+2212 for print
 * quality. Returns '' for null or NaN.
 */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  decimals = 1,
  options: { signed?: boolean } = {},
): string {
  if (value == null || Number.isNaN(value)) return '';
  const text = numberFormat(lang, Math.max(0, Math.min(20, decimals)), !!options.signed).format(
    value,
  );
  // Intl in some engines omits grouping for 4-digit numbers in ru/kk ("1234,5"); keep as Intl says.
  return text.replace(/-/g, '\u2212');
}

/** Ordinal rank in words: "3rd of 17" / "17-ден 3-орын" / "3-е место из 17". */
export function formatRank(rank: number, total: number, lang: Lang): string {
  if (lang === 'ru') return `${rank}-е место из ${total}`;
  if (lang === 'kk') return `${total} ішінен ${rank}-орын`;
  const mod100 = rank % 100;
  const mod10 = rank % 10;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? 'th'
      : mod10 === 1
        ? 'st'
        : mod10 === 2
          ? 'nd'
          : mod10 === 3
            ? 'rd'
            : 'th';
  return `${rank}${suffix} of ${total}`;
}
