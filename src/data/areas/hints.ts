/**
 * Suggestions for an area that is not known: the closest code or name by edit distance, with
 * Baikonur and Kazakhstan's neighbours handled as people mean them.
 */
import type { AreaLevel } from './types.js';
import { byCode, LAYOUT_AREAS, regionByKato2 } from './registry.js';
import { fits, nameKey, nameKeys } from './spelling.js';
import { districtNames, lookupName, regionNames } from './names.js';
import { compactCode } from './codes.js';

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

// Made on the first suggestion (name keys are work a page without unknown areas never needs):
// Baikonur, which is no unit of any layout (statistics count it under Kyzylorda Region), and the
// neighbouring countries whose names are a few letters from Turkistan's (never suggested for them).
let special: { baikonur: Set<string>; countries: Set<string> } | undefined;

export function suggest(text: string, level: AreaLevel): string | undefined {
  const { baikonur, countries } = (special ??= {
    baikonur: new Set(['KZ-BAY', 'KZBAY', ...nameKeys(['Baikonur', 'Байконур', 'Байқоңыр'])]),
    countries: new Set(
      nameKeys([
        'Tajikistan',
        'Turkmenistan',
        'Таджикистан',
        'Туркменистан',
        'Тәжікстан',
        'Түрікменстан',
      ]),
    ),
  });
  const { key, marker } = nameKey(text);
  if (countries.has(key)) return undefined;
  const c = compactCode(text);
  if (baikonur.has(c) || baikonur.has(key)) {
    return level === 'district' ? 'KZ431900' : 'KZ-43';
  }
  if (/^KZ/.test(c) || /^\d+$/.test(c)) {
    const digits = /^KZ-?\d{6}$/.test(c) || /^\d{6,9}$/.test(c);
    if (/^\d+$/.test(c)) return regionByKato2.get(c.slice(0, 2));
    return closest(c, digits ? districtCodeKeys : codeKeys);
  }
  if (!key) return undefined;
  const own = level === 'district' ? districtNames() : regionNames();
  const other = level === 'district' ? regionNames() : districtNames();
  // A name written with a generic word is only ever close to a unit of that kind: "Алматы қ." (a
  // city) must not suggest Almaty Region.
  const keys = marker ? own.keys.filter((k) => fits(marker, byCode.get(k.code)?.type)) : own.keys;
  const found = closest(key, keys);
  if (found) return found;
  const elsewhere = lookupName(other, text);
  return elsewhere.length === 1 ? elsewhere[0] : undefined;
}
