/** The shapes of the area registry: areas, their names and records, and what a lookup returns. */
import type { LayoutId } from '../types.js';
import type { RegionLayoutId } from '../layouts.js';

/** Regions (oblasts and cities of republican significance) or 2024 districts. */
export type AreaLevel = 'region' | 'district';
export type AreaType = 'region' | 'city' | 'district';

export interface AreaNames {
  en: string;
  /** Kazakh, Cyrillic script. */
  kk: string;
  /** Kazakh, Latin script. */
  kkLatn: string;
  ru: string;
}

export interface AreaInfo {
  /** Canonical id: `KZ-11` (ISO 3166-2 numeric), `KZ-51` (South Kazakhstan), `KZ101000` (district). */
  code: string;
  level: AreaLevel;
  type: AreaType;
  /** 9-digit KATO code. */
  kato: string;
  names: AreaNames;
  /** Names without the generic word (`Akmola`, `Ақмола`, `Акмолинская`); same as `names` for cities and districts. */
  shortNames: { en: string; kk: string; ru: string };
  /** Layouts the area belongs to, most recent first. */
  layouts: readonly LayoutId[];
  /** Districts: the region that holds the district in each region layout. */
  parents?: Readonly<Record<RegionLayoutId, string>>;
  /** Former ISO 3166-2 alpha code (`KZ-AKM`), when there was one. */
  formerAlpha?: string;
  /** National SDG platform codes (`KZAKM`). */
  sdg?: readonly string[];
  /** ISO date (or year) the unit came into being, or ceased to exist. */
  validFrom?: string;
  validTo?: string;
}

/** Shape of a region row in areas.generated.ts. */
export interface RegionRecord {
  code: string;
  type: 'region' | 'city';
  names: AreaNames;
  layouts: RegionLayoutId[];
  formerAlpha?: string;
  geokzAlpha?: string;
  sdg: string[];
  validFrom?: string;
  validTo?: string;
  variants: string[];
}

/**
 * Shape of a district row in areas.generated.ts: P-code, then, when they differ, the region in 2018
 * ('' = as in 2022) and before 2018 ('' = as in 2018).
 */
export type DistrictRecord =
  readonly [string] | readonly [string, string] | readonly [string, string, string];

/**
 * District names, registered with `registerDistrictNames`: P-code, en, kk (Cyrillic), ru, and
 * optional variants. They ship apart from the core (`district-names.ts`, the district map's
 * properties) so that pages that never show districts do not download 224 names in three languages.
 */
export type DistrictNameRecord =
  | readonly [string, string, string, string]
  | readonly [string, string, string, string, readonly string[]];

/** How an input string was recognised. */
export type AreaVia = 'canonical' | 'former-alpha' | 'sdg-platform' | 'kato' | 'pcode' | 'name';

export type AreaResolution =
  | { code: string; via: AreaVia }
  | {
      code: null;
      /** Closest known code, by edit distance on codes and names. */
      suggestion?: string;
      /** Set when a name fits several areas equally well (`Almaty` district names...). */
      candidates?: string[];
    };

export type LayoutInference =
  | {
      layout: LayoutId;
      /** Every layout that holds all the codes: `layout` first, then the others, most recent first. */
      candidates: LayoutId[];
    }
  | { conflict: { codes: string[]; layouts: LayoutId[] } };
