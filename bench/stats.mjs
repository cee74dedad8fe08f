// Medians, quantiles and the summary of every measurement of a run, per workload and contender.

export const sorted = (xs) => [...xs].filter((x) => typeof x === 'number').sort((a, b) => a - b);
export function quantile(xs, p) {
  const s = sorted(xs);
  if (s.length === 0) return null;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
export const median = (xs) => quantile(xs, 0.5);
export const stat = (xs) => {
  const s = sorted(xs);
  return s.length ? { median: median(s), min: s[0], max: s.at(-1), n: s.length } : null;
};

/** The first map and the district map: times, DOM nodes, style and layout, bytes. */
function firstStats(s, ok, first) {
  s.scriptEvaluated = stat(ok.map((r) => r.scriptEvaluated));
  s.painted = stat(ok.map((r) => r.painted));
  s.drawing = stat(ok.map((r) => r.drawing));
  s.nodes = stat(ok.map((r) => r.nodes?.all));
  s.elements = stat(ok.map((r) => r.nodes?.elements));
  s.style = stat(ok.map((r) => r.work?.style));
  s.layout = stat(ok.map((r) => r.work?.layout));
  s.styleLayout = stat(ok.map((r) => (r.work ? r.work.style + r.work.layout : null)));
  s.areas = first.areas;
  s.bytes = first.bytes;
}

/** The period switch: every update of every run, and the per-run medians. */
function switchStats(s, ok, first) {
  const all = ok.flatMap((r) => r.updates);
  s.update = {
    median: median(all),
    p95: quantile(all, 0.95),
    min: sorted(all)[0],
    max: sorted(all).at(-1),
    n: all.length,
  };
  s.runMedians = stat(ok.map((r) => median(r.updates)));
  s.steps = first.steps;
  s.areas = first.areas;
}

/** The sparklines: painting, heap, and scrolling. */
function sparklinesStats(s, ok, first) {
  s.painted = stat(ok.map((r) => r.painted));
  s.heap = stat(ok.map((r) => r.heap.used));
  s.nodes = stat(ok.map((r) => r.heap.nodes));
  s.longestTask = stat(ok.map((r) => r.scroll.longestTask));
  s.longTasks = stat(ok.map((r) => r.scroll.longTasks));
  s.longestFrameGap = stat(ok.map((r) => r.scroll.longestFrameGap));
  s.count = first.count;
  s.points = first.points;
  s.distinct = first.distinct;
}

/** Taps and key presses: every one of every run. */
function interactStats(s, ok, first) {
  const spread = (xs) => {
    const v = xs.filter((x) => typeof x === 'number');
    return v.length
      ? { median: median(v), p95: quantile(v, 0.95), max: sorted(v).at(-1), n: v.length }
      : null;
  };
  s.tap = spread(ok.flatMap((r) => r.taps));
  s.key = spread(ok.flatMap((r) => r.keys));
  s.missedTaps = ok.reduce((n, r) => n + r.taps.filter((x) => x == null).length, 0);
  s.tappable = first.tappable;
}

/** The article page: its web vitals. */
function articleStats(s, ok) {
  s.lcp = stat(ok.map((r) => r.lcp));
  s.tbt = stat(ok.map((r) => r.tbt));
  s.cls = stat(ok.map((r) => r.cls));
  s.fcp = stat(ok.map((r) => r.fcp));
  s.longest = stat(ok.map((r) => r.longest));
}

/** Mount/unmount cycles: growth of the heap, its parts, DOM nodes and listeners. */
function cyclesStats(s, ok) {
  s.after1 = stat(ok.map((r) => r.after1.used));
  s.after100 = stat(ok.map((r) => r.after100.used));
  s.after200 = stat(ok.map((r) => r.after200.used));
  s.growth = stat(ok.map((r) => r.after100.used - r.after1.used));
  s.growthLater = stat(ok.map((r) => r.after200.used - r.after100.used));
  s.nodeGrowthLater = stat(ok.map((r) => r.after200.nodes - r.after100.nodes));
  const kind = (r, at, k) => r[at].byType?.[k] ?? null;
  for (const k of ['objects', 'code', 'native']) {
    s[`${k}Growth`] = stat(ok.map((r) => kind(r, 'after100', k) - kind(r, 'after1', k)));
    s[`${k}GrowthLater`] = stat(ok.map((r) => kind(r, 'after200', k) - kind(r, 'after100', k)));
  }
  s.nodeGrowth = stat(ok.map((r) => r.after100.nodes - r.after1.nodes));
  s.listenerGrowth = stat(ok.map((r) => r.after100.listeners - r.after1.listeners));
}

/** What is summarized of each workload's runs (those that succeeded), into `s`. */
const MEASURES = {
  first: firstStats,
  districts: firstStats,
  switch: switchStats,
  sparklines: sparklinesStats,
  interact: interactStats,
  article: articleStats,
  cycles: cyclesStats,
};

export function summarize(runs) {
  const out = {};
  for (const [workload, byContender] of Object.entries(runs)) {
    out[workload] = {};
    for (const [contender, list] of Object.entries(byContender)) {
      const ok = list.filter((r) => r.ok);
      const s = { runs: list.length, failed: list.length - ok.length };
      if (list.some((r) => !r.ok))
        s.errors = [...new Set(list.filter((r) => !r.ok).map((r) => r.error))];
      if (ok.length) MEASURES[workload]?.(s, ok, ok[0]);
      const retried = list
        .filter((r) => r.retriedAfter)
        .map((r) => `retried after: ${r.retriedAfter}`);
      const problems = [...new Set([...retried, ...list.flatMap((r) => r.problems ?? [])])];
      if (problems.length) s.problems = problems.slice(0, 10);
      out[workload][contender] = s;
    }
  }
  return out;
}
