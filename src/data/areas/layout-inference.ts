/** Which boundary layout a set of area codes is published on (`inferLayout`). */
import type { LayoutId } from '../types.js';
import { REGION_LAYOUTS, layoutMarkedBy, type RegionLayoutId } from '../layouts.js';
import type { LayoutInference } from './types.js';
import { byCode, sortCodes } from './registry.js';

/**
 * The boundary layout that a set of canonical codes is published on:
 * - district codes only: `districts`;
 * - Abai, Jetisu or Ulytau present: `2022`;
 * - Turkistan or Shymkent present without them: `2018`;
 * - South Kazakhstan present: `pre2018`;
 * - only codes common to all region layouts: the most recent, `2022`, with every layout in
 *   `candidates` so that a caller can decide from context;
 * - South Kazakhstan with any of Turkistan, Shymkent, Abai, Jetisu, Ulytau, or regions with
 *   districts: a conflict naming the offending codes.
 * Codes that are not canonical area ids are ignored.
 */
export function inferLayout(codes: Iterable<string>): LayoutInference {
  const regions: string[] = [];
  const districts: string[] = [];
  for (const code of codes) {
    const info = byCode.get(code);
    if (!info) continue;
    (info.level === 'district' ? districts : regions).push(code);
  }
  if (districts.length && !regions.length)
    return { layout: 'districts', candidates: ['districts'] };

  const marked: Record<RegionLayoutId, string[]> = { '2022': [], '2018': [], pre2018: [] };
  for (const code of regions) {
    const layout = layoutMarkedBy(code);
    if (layout) marked[layout].push(code);
  }
  const newer = [...marked['2022'], ...marked['2018']];
  let regionLayout: LayoutInference;
  if (marked.pre2018.length && newer.length) {
    const layouts: LayoutId[] = [marked['2022'].length ? '2022' : '2018', 'pre2018'];
    regionLayout = { conflict: { codes: sortCodes([...marked.pre2018, ...newer]), layouts } };
  } else if (marked['2022'].length) regionLayout = { layout: '2022', candidates: ['2022'] };
  else if (marked['2018'].length) regionLayout = { layout: '2018', candidates: ['2018', '2022'] };
  else if (marked.pre2018.length) regionLayout = { layout: 'pre2018', candidates: ['pre2018'] };
  else regionLayout = { layout: '2022', candidates: [...REGION_LAYOUTS] };

  if (!districts.length) return regionLayout;
  const regionLayouts =
    'layout' in regionLayout ? [regionLayout.layout] : regionLayout.conflict.layouts;
  // Name the smaller group: those are most likely the strays.
  const strays = districts.length >= regions.length ? regions : districts;
  return { conflict: { codes: sortCodes([...strays]), layouts: ['districts', ...regionLayouts] } };
}
