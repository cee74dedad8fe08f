// The one table of the benchmark report that the README quotes: a row per measure, a column per
// contender.

import { PEERS, count, jsMap, kb, mb, ms, signedKb, table } from './format.mjs';

/** One table, a row per measure and a column per contender (medians), for the README. */
export function summaryTable(summary, names) {
  const contenders = ['kz', ...PEERS].filter((c) =>
    Object.values(summary).some((w) => w[c] && !w[c].errors?.length),
  );
  const get = (w, c, f) => {
    const s = summary[w]?.[c];
    return s && !s.errors?.length ? f(s) : '–';
  };
  const rows = [
    ['JS + map until the first map, gzip (KB)', (c) => get('first', c, (s) => kb(jsMap(s)))],
    ['first map painted (ms)', (c) => get('first', c, (s) => ms(s.painted?.median))],
    [
      'drawing after the data were in hand (ms)',
      (c) => get('first', c, (s) => ms(s.drawing?.median)),
    ],
    ['DOM nodes of the map', (c) => get('first', c, (s) => count(s.nodes?.median))],
    ['style + layout (ms)', (c) => get('first', c, (s) => ms(s.styleLayout?.median))],
    [
      'period switch, median / p95 (ms)',
      (c) => get('switch', c, (s) => `${ms(s.update?.median)} / ${ms(s.update?.p95)}`),
    ],
    ['1,000 sparklines painted (ms)', (c) => get('sparklines', c, (s) => ms(s.painted?.median))],
    [
      'longest task while scrolling them (ms)',
      (c) => get('sparklines', c, (s) => ms(s.longestTask?.median)),
    ],
    ['JS heap with 1,000 sparklines (MB)', (c) => get('sparklines', c, (s) => mb(s.heap?.median))],
    ['224-district map painted (ms)', (c) => get('districts', c, (s) => ms(s.painted?.median))],
    [
      'drawing after the data, 224 districts (ms)',
      (c) => get('districts', c, (s) => ms(s.drawing?.median)),
    ],
    [
      'tap to tooltip / key to next area, p95 (ms)',
      (c) => get('interact', c, (s) => `${ms(s.tap?.p95)} / ${ms(s.key?.p95)}`),
    ],
    [
      'article page: LCP (ms) / TBT (ms) / CLS',
      (c) =>
        get(
          'article',
          c,
          (s) =>
            `${ms(s.lcp?.median)} / ${ms(s.tbt?.median)} / ${s.cls?.median?.toFixed(3) ?? '–'}`,
        ),
    ],
    [
      'script-held objects after 100 mount/unmount cycles (KB)',
      (c) => get('cycles', c, (s) => signedKb(s.objectsGrowth?.median)),
    ],
  ];
  // Only the measures of the workloads that ran.
  const filled = rows
    .map(([label, f]) => [label, ...contenders.map(f)])
    .filter((r) => r.slice(1).some((x) => !/^[–/ ]*$/.test(x)));
  return table(['', ...contenders.map((c) => names[c] ?? c)], filled);
}
