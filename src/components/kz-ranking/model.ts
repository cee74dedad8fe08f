// The rows of a ranking, computed without the DOM from the map's area data (model.ts of the map:
// the same values, classes, colours and ranks): their order (by rank or by name, areas without a
// value last), the short version (`top`, `bottom`) and the rank as written ("3", "=3" for ties).
import type { AreaDatum } from '../kz-choropleth/model.js';

export type SortKey = 'value' | 'name';

export interface RankRow {
  datum: AreaDatum;
  name: string;
  /** The rank as shown: `3`, `=3` when tied, '' without a value. */
  rank: string;
  /** Rows were left out just above this one (`top` and `bottom` together). */
  gapBefore: boolean;
}

export interface RowOptions {
  sort: SortKey;
  /** Only the first `top` ranks (ties at the cut included); 0 for all. */
  top: number;
  /** Only the last `bottom` ranks (ties at the cut included); 0 for all. */
  bottom: number;
  nameOf: (id: string) => string;
  collator: Intl.Collator;
}

/** The rank as written in a row: `=3` for a shared rank. */
export function rankText(d: AreaDatum): string {
  if (d.rank === null) return '';
  return d.tied ? `=${d.rank}` : String(d.rank);
}

/** Ranks kept by `top` and `bottom`: rank 1 to the top-th, and the bottom-th last to the end. */
function keptRanks(ranked: readonly AreaDatum[], top: number, bottom: number): Set<AreaDatum> {
  const n = ranked.length;
  if (!(top > 0 || bottom > 0) || top + bottom >= n) return new Set(ranked);
  const kept = new Set<AreaDatum>();
  if (top > 0) {
    const last = ranked[Math.min(top, n) - 1].rank!;
    for (const d of ranked) if (d.rank! <= last) kept.add(d);
  }
  if (bottom > 0) {
    const first = ranked[Math.max(0, n - bottom)].rank!;
    for (const d of ranked) if (d.rank! >= first) kept.add(d);
  }
  return kept;
}

/**
 * The rows in display order. By value: rank 1 first (the direction of `better`), equal ranks by
 * name. By name: alphabetical in the reader's language. Areas without a value come last (by
 * name) and only in the full list; a short list (`top`, `bottom`) ranks areas with values only.
 */
export function rankingRows(areas: readonly AreaDatum[], o: RowOptions): RankRow[] {
  const names = new Map(areas.map((d) => [d.id, o.nameOf(d.id)]));
  const byName = (a: AreaDatum, b: AreaDatum) =>
    o.collator.compare(names.get(a.id)!, names.get(b.id)!);
  const ranked = areas
    .filter((d) => d.rank !== null)
    .sort((a, b) => a.rank! - b.rank! || byName(a, b));
  const short = o.top > 0 || o.bottom > 0;
  const kept = keptRanks(ranked, o.top, o.bottom);
  const shown = ranked.filter((d) => kept.has(d));
  const missing = short ? [] : areas.filter((d) => d.rank === null).sort(byName);
  const ordered = o.sort === 'name' ? [...shown].sort(byName) : shown;
  return [...ordered, ...missing].map((datum) => {
    const i = ranked.indexOf(datum);
    const gapBefore =
      o.sort === 'value' && i > 0 && kept.size < ranked.length && !kept.has(ranked[i - 1]);
    return { datum, name: names.get(datum.id)!, rank: rankText(datum), gapBefore };
  });
}

/** The row a key moves to from `current` (Up, Down, Home, End), or null for other keys. */
export function rowAfterKey(ids: readonly string[], current: string, key: string): string | null {
  const i = ids.indexOf(current);
  if (i < 0) return null;
  if (key === 'ArrowDown') return ids[Math.min(ids.length - 1, i + 1)];
  if (key === 'ArrowUp') return ids[Math.max(0, i - 1)];
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  return null;
}
