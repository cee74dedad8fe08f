import type { LayoutId } from '../data/types.js';
import { LAYOUT_AREAS } from '../data/areas.js';
import { LAYOUTS, LAYOUT_FACTS, isLayoutId } from '../data/layouts.js';

export { isLayoutId };

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

// The facts are the one table of layouts (`data/layouts.ts`), the unit ids the area registry's
// (one list for the parser and the maps; tests check them against the map files).
function mapLayoutOf(id: LayoutId): MapLayout {
  const { file, level, validFrom, validTo } = LAYOUT_FACTS[id];
  const ids = LAYOUT_AREAS[id];
  const layout: MapLayout = { id, file, level, count: ids.length, ids };
  if (validFrom) layout.validFrom = validFrom;
  if (validTo) layout.validTo = validTo;
  return Object.freeze(layout);
}

/** The four boundary layouts, by id. South Kazakhstan (before 2018) is `KZ-51`. */
export const MAP_LAYOUTS: Readonly<Record<LayoutId, MapLayout>> = Object.freeze(
  Object.fromEntries(LAYOUTS.map((id) => [id, mapLayoutOf(id)])) as Record<LayoutId, MapLayout>,
);

/** The layout with this id; throws `unknown layout: "…"` for anything else. */
export function mapLayout(id: LayoutId): MapLayout {
  if (!isLayoutId(id)) {
    throw new Error(`unknown layout: ${JSON.stringify(id)}; expected one of ${LAYOUTS.join(', ')}`);
  }
  return MAP_LAYOUTS[id];
}
