/**
 * Indexes of area names (regions from the registry, built on first use; districts as their
 * names are registered) and the lookup of a written name in them.
 */
import type { AreaType, DistrictNameRecord } from './types.js';
import { byCode } from './registry.js';
import { fits, kazakhLatin, nameKey } from './spelling.js';
import { REGIONS } from '../areas.generated.js';

// Name index: `${marker}:${key}` -> codes, with a priority so that a name written without a
// generic word ("Almaty" = the city) beats one whose generic word was stripped ("Almaty Region").
export interface NameIndex {
  entries: Map<string, { priority: number; codes: string[] }>;
  keys: Array<{ key: string; code: string }>;
}

function addName(index: NameIndex, slot: string, code: string, priority: number) {
  const entry = index.entries.get(slot);
  if (!entry || entry.priority < priority) {
    index.entries.set(slot, { priority, codes: [code] });
  } else if (entry.priority === priority && !entry.codes.includes(code)) {
    entry.codes.push(code);
  }
}

function register(index: NameIndex, name: string, code: string, type: AreaType, primary: boolean) {
  const { key, marker } = nameKey(name);
  if (!key) return;
  index.keys.push({ key, code });
  if (marker) {
    addName(index, `${marker}:${key}`, code, 2);
    if (fits(marker, type)) addName(index, `:${key}`, code, 1);
  } else {
    // Short names and platform labels count as a bare name only when nothing else claims it.
    addName(index, `:${key}`, code, primary ? 2 : 1);
    addName(index, `${type}:${key}`, code, 1);
  }
}

const districtIndex: NameIndex = { entries: new Map(), keys: [] };
// Names given but not yet indexed: a district map names its 224 districts for display as it
// loads, and only data that write district names (not codes) need their comparison keys.
let unindexed: Array<[code: string, names: string[]]> = [];

/** The index of district names, brought up to date with the names given since the last use. */
export function districtNames(): NameIndex {
  for (const [code, names] of unindexed) {
    for (const name of names) register(districtIndex, name, code, 'district', true);
  }
  unindexed = [];
  return districtIndex;
}

// Built on the first name to read: data keyed by codes (the usual case) never pays for it.
let regionIndex: NameIndex | undefined;
export function regionNames(): NameIndex {
  if (regionIndex) return regionIndex;
  const index: NameIndex = { entries: new Map(), keys: [] };
  for (const r of REGIONS) {
    for (const name of [r.names.en, r.names.kk, r.names.kkLatn, r.names.ru]) {
      register(index, name, r.code, r.type, true);
    }
    register(index, byCode.get(r.code)!.shortNames.en, r.code, r.type, false);
    for (const name of r.variants) register(index, name, r.code, r.type, false);
  }
  return (regionIndex = index);
}
const namedDistricts = new Set<string>();

/**
 * Gives districts their names (see `registerDistrictNames` in `areas.ts`); true when a district
 * was named for the first time, so that earlier lookups must be forgotten.
 */
export function addDistrictNames(rows: Iterable<DistrictNameRecord>): boolean {
  let added = false;
  for (const row of rows) {
    const [code, en, kk, ru] = row;
    const info = byCode.get(code);
    if (!info || info.level !== 'district' || namedDistricts.has(code) || !en) continue;
    namedDistricts.add(code);
    const kkLatn = kazakhLatin(kk);
    info.names = { en, kk, kkLatn, ru };
    info.shortNames = { en, kk, ru };
    unindexed.push([code, [en, kk, kkLatn, ru, ...(row[4] ?? [])]]);
    added = true;
  }
  return added;
}

export function lookupName(index: NameIndex, text: string, bareAs?: AreaType): string[] {
  const { key, marker: written } = nameKey(text);
  if (!key) return [];
  const marker = written || bareAs || '';
  const exact = index.entries.get(`${marker}:${key}`);
  if (exact) return exact.codes;
  if (marker) {
    // "Akmola city" is not a thing; but "Astana city" is a bare name plus a matching word.
    const bare = index.entries.get(`:${key}`);
    if (bare) return bare.codes.filter((c) => fits(marker, byCode.get(c)?.type));
  }
  return [];
}
