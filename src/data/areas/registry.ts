/**
 * The registry of areas: every region, city and district of the generated tables by canonical
 * code, the lookups by KATO, former alpha and SDG platform codes, and the areas of each layout.
 */
import type { LayoutId } from '../types.js';
import { LAYOUTS } from '../layouts.js';
import { REGIONS, DISTRICTS } from '../areas.generated.js';
import type { AreaInfo } from './types.js';

export const byCode = new Map<string, AreaInfo>();
export const regionByKato2 = new Map<string, string>();
export const byKato = new Map<string, string>();
export const byAlpha = new Map<string, string>();
export const bySdg = new Map<string, string>();

const stripWord = (name: string, word: RegExp) => name.replace(word, '').trim() || name;

for (const r of REGIONS) {
  const { en, kk, ru } = r.names;
  const kato = `${r.code.slice(3)}0000000`;
  const info: AreaInfo = {
    code: r.code,
    level: 'region',
    type: r.type,
    kato,
    names: r.names,
    shortNames: {
      en: stripWord(en, / Region$/),
      kk: stripWord(kk, /\s+облысы$/),
      ru: stripWord(ru, /\s+область$/),
    },
    layouts: r.layouts,
    formerAlpha: r.formerAlpha,
    sdg: r.sdg,
    validFrom: r.validFrom,
    validTo: r.validTo,
  };
  byCode.set(r.code, info);
  regionByKato2.set(kato.slice(0, 2), r.code);
  byKato.set(kato, r.code);
  if (r.formerAlpha) byAlpha.set(r.formerAlpha, r.code);
  if (r.geokzAlpha) byAlpha.set(r.geokzAlpha, r.code);
  for (const s of r.sdg) bySdg.set(s, r.code);
}
// ISO carried South Kazakhstan's alpha code KZ-YUZ over to Turkistan Region (2018-2024).
byAlpha.set('KZ-YUZ', 'KZ-61');

for (const row of DISTRICTS) {
  const code = row[0];
  const kato = `${code.slice(2)}000`;
  const r2022 = `KZ-${code.slice(2, 4)}`;
  const r2018 = row[1] || r2022;
  const rPre = row[2] || r2018;
  // Until names are registered a district is known by its code alone.
  const names = { en: code, kk: code, kkLatn: code, ru: code };
  byCode.set(code, {
    code,
    level: 'district',
    type: 'district',
    kato,
    names,
    shortNames: { en: code, kk: code, ru: code },
    layouts: ['districts'],
    parents: { '2022': r2022, '2018': r2018, pre2018: rPre },
  });
  byKato.set(kato, code);
}

export const sortCodes = (codes: string[]) => codes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const codesOf = (id: LayoutId) =>
  Object.freeze(
    sortCodes(
      id === 'districts'
        ? DISTRICTS.map((d) => d[0])
        : REGIONS.filter((r) => r.layouts.includes(id)).map((r) => r.code),
    ),
  );

/** Area ids of each layout, sorted by code. */
export const LAYOUT_AREAS: Readonly<Record<LayoutId, readonly string[]>> = Object.freeze(
  Object.fromEntries(LAYOUTS.map((id) => [id, codesOf(id)])) as Record<LayoutId, string[]>,
);

/** Everything known about an area, by canonical code; `undefined` for anything else. */
export function areaInfo(code: string): AreaInfo | undefined {
  return typeof code === 'string' ? byCode.get(code) : undefined;
}

/** True when `code` is a canonical area id (`KZ-11`, `KZ-51`, `KZ101000`). */
export function isAreaCode(code: string): boolean {
  return byCode.has(code);
}
