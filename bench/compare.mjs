// `--compare REV`: each measure of this build (`kz`) against the build of REV (`base`), taken in
// the same run with the two interleaved. Lower is better for every measure here. A ratio is this
// build's median over REV's; for measures taken once per page load, the repetitions are paired
// (the two builds ran one after the other in each), and the count of pairs this build won says
// how much of a ratio is noise of the shared machine.

const jsAndMap = (s) => {
  const t = s?.bytes?.totals;
  return t ? (t.js?.gzip ?? 0) + (t.map?.gzip ?? 0) : null;
};
const median = (s) => s?.median ?? null;

/** The measures compared: workload, label, unit, from a summary, and per run where paired. */
const MEASURES = [
  ...['first', 'districts'].flatMap((w) => [
    [w, 'painted since navigation', 'ms', (s) => median(s.painted), (r) => r.painted],
    [w, 'drawing after the data', 'ms', (s) => median(s.drawing), (r) => r.drawing],
    [w, 'DOM nodes', '', (s) => median(s.nodes), (r) => r.nodes?.all],
    [
      w,
      'style + layout',
      'ms',
      (s) => median(s.styleLayout),
      (r) => (r.work ? r.work.style + r.work.layout : null),
    ],
    [w, 'JS + map file (gzip)', 'KB', (s) => jsAndMap(s) / 1024, null],
  ]),
  ['switch', 'period switch, median', 'ms', (s) => s.update?.median, null],
  ['switch', 'period switch, p95', 'ms', (s) => s.update?.p95, null],
  ['sparklines', 'painted', 'ms', (s) => median(s.painted), (r) => r.painted],
  ['sparklines', 'JS heap after GC', 'MB', (s) => median(s.heap) / 2 ** 20, (r) => r.heap?.used],
  ['sparklines', 'DOM nodes', '', (s) => median(s.nodes), (r) => r.heap?.nodes],
  ['sparklines', 'longest task while scrolling', 'ms', (s) => median(s.longestTask), null],
  ['cycles', 'heap growth over 99 more cycles', 'KB', (s) => median(s.objectsGrowth) / 1024, null],
  ['interact', 'tap to tooltip, median', 'ms', (s) => s.tap?.median, null],
  ['interact', 'tap to tooltip, p95', 'ms', (s) => s.tap?.p95, null],
  ['interact', 'key to next area, median', 'ms', (s) => s.key?.median, null],
  ['interact', 'key to next area, p95', 'ms', (s) => s.key?.p95, null],
  ['article', 'LCP', 'ms', (s) => median(s.lcp), (r) => r.lcp],
  ['article', 'TBT', 'ms', (s) => median(s.tbt), (r) => r.tbt],
  ['article', 'CLS', '', (s) => median(s.cls), null],
];

/** Pairs won by this build: repetition i of `kz` against repetition i of `base`. */
function pairsWon(kzRuns, baseRuns, per) {
  let won = 0;
  let n = 0;
  for (let i = 0; i < Math.min(kzRuns.length, baseRuns.length); i++) {
    const a = kzRuns[i].ok ? per(kzRuns[i]) : null;
    const b = baseRuns[i].ok ? per(baseRuns[i]) : null;
    if (typeof a !== 'number' || typeof b !== 'number') continue;
    n++;
    if (a <= b) won++;
  }
  return n ? { won, n } : null;
}

/** One row per measure both builds have: medians, ratio, pairs won. */
export function compare(summary, runs) {
  const rows = [];
  for (const [workload, label, unit, get, per] of MEASURES) {
    const kz = summary[workload]?.kz;
    const base = summary[workload]?.base;
    if (!kz || !base) continue;
    const after = get(kz);
    const before = get(base);
    if (typeof after !== 'number' || typeof before !== 'number' || Number.isNaN(after)) continue;
    rows.push({
      workload,
      measure: label,
      unit,
      before,
      after,
      ratio: before > 0 ? after / before : after > 0 ? Infinity : 1,
      pairs: per ? pairsWon(runs[workload].kz, runs[workload].base, per) : null,
    });
  }
  return rows;
}

const figure = (x) =>
  x == null ? '–' : Math.abs(x) >= 100 ? Math.round(x).toString() : x.toFixed(x < 10 ? 2 : 1);

/** The section at the top of latest.md in a comparison run. */
export function comparisonMarkdown(rows, env) {
  const revision = env.compared ? `${env.compared.revision} (${env.compared.commit})` : 'base';
  const self = env.dist ? `the build in ${env.dist}` : `this build (${env.commit})`;
  const lines = [
    `# ${self[0].toUpperCase()}${self.slice(1)} against ${revision}`,
    '',
    `One run, the two builds interleaved (the order reversed on every other repetition), ` +
      `${env.reps} repetitions, one-minute load average ${env.loadDuring?.join(' / ') ?? '?'} ` +
      `(min / median / max) during the run. Lower is better everywhere; ratio = this build ÷ ` +
      `${revision}. "Pairs" counts the repetitions in which this build did as well or better ` +
      'than the other, run right after or before it.' +
      (env.compared && !env.compared.sameLock
        ? ' The two revisions have different package-lock.json files: the other revision was ' +
          "built with this checkout's node_modules."
        : ''),
    '',
    '| workload | measure | before | after | ratio | pairs |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.measure}${r.unit ? ` (${r.unit})` : ''} | ${figure(r.before)} | ` +
        `${figure(r.after)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '∞'} | ` +
        `${r.pairs ? `${r.pairs.won}/${r.pairs.n}` : '–'} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
