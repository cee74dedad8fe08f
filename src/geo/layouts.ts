import type { LayoutId } from '../data/types.js';
import { LAYOUT_AREAS } from '../data/areas.js';

/** What a boundary layout is drawn from: its map file and the ids of its units. */
export interface MapLayout {
  id: LayoutId;
  /** Basename of the map in `maps/` (`regions-2022` for `regions-2022.json` and `.js`). */
  file: string;
  level: 'region' | 'district';
  /** Number of units. */
  count: number;
  /** Unit ids, sorted. */
  ids: readonly string[];
  /** First and last day the layout was in force (ISO dates); open ends are omitted. */
  validFrom?: string;
  validTo?: string;
}

// The unit ids are the area registry's (one list for the parser and the maps; tests check them
// against the map files).
const layout = (info: Omit<MapLayout, 'count'>): MapLayout =>
  Object.freeze({ ...info, count: info.ids.length });

/** The four boundary layouts, by id. South Kazakhstan (before 2018) is `KZ-51`. */
export const MAP_LAYOUTS: Readonly<Record<LayoutId, MapLayout>> = Object.freeze({
  '2022': layout({
    id: '2022',
    file: 'regions-2022',
    level: 'region',
    ids: LAYOUT_AREAS['2022'],
    validFrom: '2022-06-08',
  }),
  '2018': layout({
    id: '2018',
    file: 'regions-2018',
    level: 'region',
    ids: LAYOUT_AREAS['2018'],
    validFrom: '2018-06-19',
    validTo: '2022-06-07',
  }),
  pre2018: layout({
    id: 'pre2018',
    file: 'regions-pre2018',
    level: 'region',
    ids: LAYOUT_AREAS.pre2018,
    validTo: '2018-06-18',
  }),
  districts: layout({
    id: 'districts',
    file: 'districts-2024',
    level: 'district',
    ids: LAYOUT_AREAS.districts,
  }),
});

/** True for `'2022'`, `'2018'`, `'pre2018'` and `'districts'`. */
export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MAP_LAYOUTS, value);
}

/** The layout with this id; throws `unknown layout: "…"` for anything else. */
export function mapLayout(id: LayoutId): MapLayout {
  if (!isLayoutId(id)) {
    throw new Error(
      `unknown layout: ${JSON.stringify(id)}; expected one of 2022, 2018, pre2018, districts`,
    );
  }
  return MAP_LAYOUTS[id];
}
