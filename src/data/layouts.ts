/**
 * The boundary layouts statistics are published on, in one table: their ids (most recent first),
 * level, map file, the dates they were in force, and the area codes that exist in one layout only
 * and so mark it. The parser, the area registry, the command line and the maps (`geo/layouts.ts`)
 * all read it.
 */
import type { LayoutId } from './types.js';

export type RegionLayoutId = Exclude<LayoutId, 'districts'>;

/** What is known of a layout without its list of areas (that is `LAYOUT_AREAS` in `areas.ts`). */
export interface LayoutFacts {
  id: LayoutId;
  level: 'region' | 'district';
  /** Basename of the map in `maps/` (`regions-2022` for `regions-2022.json` and `.js`). */
  file: string;
  /** First and last day the layout was in force (ISO dates); open ends are omitted. */
  validFrom?: string;
  validTo?: string;
  /** Region codes found in this layout only (Abai, Jetisu and Ulytau mark 2022). */
  marks: readonly string[];
  /** The layout in a sentence of a message: `period 2019 is stated as the 2018 layout`. */
  name: string;
}

/** The four layouts, most recent first. South Kazakhstan (before 2018) is `KZ-51`. */
const TABLE: readonly LayoutFacts[] = [
  {
    id: '2022',
    level: 'region',
    file: 'regions-2022',
    validFrom: '2022-06-08',
    marks: ['KZ-10', 'KZ-33', 'KZ-62'],
    name: '2022 layout',
  },
  {
    id: '2018',
    level: 'region',
    file: 'regions-2018',
    validFrom: '2018-06-19',
    validTo: '2022-06-07',
    marks: ['KZ-61', 'KZ-79'],
    name: '2018 layout',
  },
  {
    id: 'pre2018',
    level: 'region',
    file: 'regions-pre2018',
    validTo: '2018-06-18',
    marks: ['KZ-51'],
    name: 'layout before 2018',
  },
  {
    id: 'districts',
    level: 'district',
    file: 'districts-2024',
    marks: [],
    name: 'district layout',
  },
];

/** Layouts from the most recent to the oldest. */
export const LAYOUTS: readonly LayoutId[] = Object.freeze(TABLE.map((facts) => facts.id));

/** The region layouts, most recent first. */
export const REGION_LAYOUTS = LAYOUTS.filter(
  (id): id is RegionLayoutId => id !== 'districts',
) as readonly RegionLayoutId[];

/** Each layout's facts, by id. */
export const LAYOUT_FACTS: Readonly<Record<LayoutId, LayoutFacts>> = Object.freeze(
  Object.fromEntries(TABLE.map((facts) => [facts.id, facts])) as Record<LayoutId, LayoutFacts>,
);

/** The region layout that a region code is found in alone (`KZ-51` -> `pre2018`), if any. */
export function layoutMarkedBy(code: string): RegionLayoutId | undefined {
  return TABLE.find((facts) => facts.marks.includes(code))?.id as RegionLayoutId | undefined;
}

/** True for `'2022'`, `'2018'`, `'pre2018'` and `'districts'`. */
export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (LAYOUTS as readonly string[]).includes(value);
}
