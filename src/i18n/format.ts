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

// Number symbols per language. Kazakh and Russian group thousands with a no-break space and use
// a decimal comma, as CLDR says; English uses a comma and a point. Written out rather than asked
// of Intl.NumberFormat: the first Intl formatter of a page costs tens of milliseconds (locale
// data), and some browser builds carry no Kazakh number symbols at all. Tests compare the output
// with Intl's on arbitrary numbers.
const SYMBOLS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  kk: { group: '\u00a0', decimal: ',' },
  ru: { group: '\u00a0', decimal: ',' },
};

/** Plain decimal digits of a non-negative number, as JavaScript writes it (shortest form). */
function plainDigits(abs: number): [string, string] {
  const [mantissa, exponent = '0'] = String(abs).split('e');
  const [int, frac = ''] = mantissa.split('.');
  const shift = Number(exponent);
  const digits = int + frac;
  const point = int.length + shift;
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/**
 * Rounds a non-negative number to `digits` decimals half away from zero on its shortest decimal
 * form (`6572.025` -> `6572.03`), as Intl.NumberFormat does; returns [whole, fraction].
 */
function roundDecimal(abs: number, digits: number): [string, string] {
  const [int, frac] = plainDigits(abs);
  if (frac.length <= digits) return [int, frac.padEnd(digits, '0')];
  let kept = (int + frac.slice(0, digits)).split('');
  if (frac[digits] >= '5') {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') kept[i--] = '0';
    if (i >= 0) kept[i] = String(Number(kept[i]) + 1);
    else kept = ['1', ...kept];
  }
  const text = kept.join('');
  const wholeLength = text.length - digits;
  return [text.slice(0, wholeLength).replace(/^0+(?=\d)/, ''), text.slice(wholeLength)];
}

/**
 * Formats a number for a language with a fixed number of decimals: `12,345.6` (en), `12 345,6`
 * (kk, ru, with a no-break space). The minus sign is U+2212 for print quality; `signed` adds `+`
 * to positive results and leaves zero bare. Returns '' for null or NaN.
 */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  decimals = 1,
  options: { signed?: boolean } = {},
): string {
  if (value == null || Number.isNaN(value)) return '';
  const negative = value < 0 || Object.is(value, -0);
  if (!Number.isFinite(value)) return `${negative ? '\u2212' : options.signed ? '+' : ''}∞`;
  const { group, decimal } = SYMBOLS[lang] ?? SYMBOLS.en;
  const digits = Math.max(0, Math.min(20, Math.floor(decimals)));
  const [whole, fraction] = roundDecimal(Math.abs(value), digits);
  const fixed = whole + fraction;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fraction ? `${grouped}${decimal}${fraction}` : grouped;
  const zero = !/[1-9]/.test(fixed);
  // Intl's signDisplay: 'auto' marks every negative number, 'exceptZero' only non-zero results.
  const sign = options.signed ? (zero ? '' : negative ? '\u2212' : '+') : negative ? '\u2212' : '';
  return sign + body;
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

/** Fills `{name}` placeholders of an interface text; unknown or undefined names stay as written. */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}
