/** Area codes as sources write them: spelling (case, spaces, Cyrillic look-alikes) and lookup. */
import type { AreaResolution, AreaVia } from './types.js';
import { byAlpha, byCode, byKato, bySdg, regionByKato2 } from './registry.js';
import { pairs } from './spelling.js';

// Cyrillic capitals that look like Latin ones or digits, as typed in codes (`КZ-11`).
const CYRILLIC_CODE = pairs('АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY З3');

export function compactCode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХУЗ]/g, (c) => CYRILLIC_CODE[c])
    .replace(/[\s_]+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

export function resolveCode(c: string): AreaResolution | undefined {
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

export function known(code: string | undefined, via: AreaVia): AreaResolution {
  return code && byCode.has(code) ? { code, via } : { code: null };
}
