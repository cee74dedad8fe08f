// The targets of issues 7 and 16, evaluated on one run's summary: what each asks, what was
// measured, and whether it was met.

import { PEERS, count, jsMap, kb, ms, ratio, signedKb } from './format.mjs';

/** Growth of script-held objects over 99 extra mount/unmount cycles that still counts as none. */
export const HEAP_TOLERANCE = 16 * 1024;

/** Evaluates the targets of issue 7 on one run's summary. */
export function targetsOf(summary) {
  const present = (w, c) => summary[w]?.[c] && !summary[w][c].errors?.length;
  const peers = (w) => PEERS.filter((p) => present(w, p));
  return [
    ...firstTargets(summary, present, peers),
    ...drawingTargets(summary, present, peers),
    ...laterTargets(summary, present, peers),
  ];
}

/** The first map's bytes and time against the peers'. */
function firstTargets(summary, present, peers) {
  const targets = [];
  if (present('first', 'kz') && peers('first').length) {
    const kz = jsMap(summary.first.kz);
    const lightest = peers('first').reduce((a, b) =>
      jsMap(summary.first[a]) <= jsMap(summary.first[b]) ? a : b,
    );
    const peer = jsMap(summary.first[lightest]);
    targets.push({
      id: 'bytes',
      target: 'JS + map bytes (gzip) until the first map ≤ 1/4 of the lightest peer',
      measured: `${kb(kz)} KB vs ${kb(peer)} KB (${lightest}): ratio ${ratio(kz, peer)}`,
      met: kz <= peer / 4,
    });
    const fastest = peers('first').reduce((a, b) =>
      summary.first[a].painted.median <= summary.first[b].painted.median ? a : b,
    );
    const t = summary.first.kz.painted.median;
    const f = summary.first[fastest].painted.median;
    // What no library can save: the same page fetching and reading the same files, drawing nothing.
    const floor = present('first', 'table') ? summary.first.table.painted.median : null;
    targets.push({
      id: 'first-paint',
      target: 'first map painted ≤ 1/2 the time of the fastest peer',
      measured:
        `${ms(t)} ms vs ${ms(f)} ms (${fastest}): ratio ${ratio(t, f)}` +
        (floor == null
          ? ''
          : `; the page alone takes ${ms(floor)} ms, above which ${ms(t - floor)} ms vs ` +
            `${ms(f - floor)} ms: ratio ${ratio(t - floor, f - floor)}`),
      met: t <= f / 2,
    });
  }
  return targets;
}

/** The period switch, the sparklines and the heap after mount/unmount cycles. */
function laterTargets(summary, present, peers) {
  const targets = [];
  if (present('switch', 'kz') && peers('switch').length) {
    const kz = summary.switch.kz.update.median;
    const best = Math.min(...peers('switch').map((p) => summary.switch[p].update.median));
    targets.push({
      id: 'switch',
      target: 'period switch median ≤ 4 ms and faster than every peer',
      measured: `median ${ms(kz)} ms, p95 ${ms(summary.switch.kz.update.p95)} ms; fastest peer median ${ms(best)} ms`,
      met: kz <= 4 && kz < best,
    });
  }
  if (present('sparklines', 'kz') && present('sparklines', 'plot')) {
    const kz = summary.sparklines.kz.painted.median;
    const plot = summary.sparklines.plot.painted.median;
    targets.push({
      id: 'sparklines',
      target: '1,000 sparklines painted ≤ 1/5 of Observable Plot’s time',
      measured: `${ms(kz)} ms vs ${ms(plot)} ms: ratio ${ratio(kz, plot)}`,
      met: kz <= plot / 5,
    });
  }
  if (present('sparklines', 'kz')) {
    const longest = summary.sparklines.kz.longestTask.max;
    targets.push({
      id: 'scroll',
      target: 'no long task over 50 ms while scrolling 1,000 sparklines',
      measured: `longest task ${ms(longest)} ms over all runs (${summary.sparklines.kz.longTasks.max} long tasks at most per run)`,
      met: longest <= 50,
    });
  }
  if (present('cycles', 'kz')) {
    const c = summary.cycles.kz;
    const g = c.objectsGrowth?.max ?? c.growth.max;
    const nodes = c.nodeGrowth.max;
    const listeners = c.listenerGrowth.max;
    const count = (x) => `${x >= 0 ? '+' : ''}${x}`;
    targets.push({
      id: 'heap',
      target:
        'no heap growth over 100 mount/unmount cycles: objects held by scripts within ' +
        `${kb(HEAP_TOLERANCE)} KB, no DOM node or listener growth`,
      measured:
        `objects ${signedKb(g)} KB, DOM nodes ${count(nodes)}, listeners ${count(listeners)} (worst run); ` +
        `whole JS heap ${signedKb(c.growth.median)} KB, of which V8 code ${signedKb(c.codeGrowth?.median)} KB`,
      met: g <= HEAP_TOLERANCE && nodes <= 0 && listeners <= 0,
    });
  }
  return targets;
}

/** The targets of issue 16: drawing after the data, DOM nodes, interactions, the article page. */
function drawingTargets(summary, present, peers) {
  const out = [];
  for (const [w, label] of [
    ['first', '20-region'],
    ['districts', '224-district'],
  ]) {
    if (!present(w, 'kz') || !peers(w).length || summary[w].kz.drawing == null) continue;
    const fastest = peers(w)
      .filter((p) => summary[w][p].drawing)
      .reduce((a, b) => (summary[w][a].drawing.median <= summary[w][b].drawing.median ? a : b));
    const t = summary[w].kz.drawing.median;
    const f = summary[w][fastest].drawing.median;
    out.push({
      id: `drawing-${w}`,
      target: `${label} map: drawing after the data ≤ 1/2 of the fastest peer's`,
      measured: `${ms(t)} ms vs ${ms(f)} ms (${fastest}): ratio ${ratio(t, f)}`,
      met: t <= f / 2,
    });
  }
  if (present('first', 'kz') && peers('first').length) {
    const fastest = peers('first').reduce((a, b) =>
      summary.first[a].painted.median <= summary.first[b].painted.median ? a : b,
    );
    const t = summary.first.kz.painted.median;
    const f = summary.first[fastest].painted.median;
    out.push({
      id: 'first-0.7',
      target: 'first map painted ≤ 0.7 of the fastest peer’s time',
      measured: `${ms(t)} ms vs ${ms(f)} ms (${fastest}): ratio ${ratio(t, f)}`,
      met: t <= 0.7 * f,
    });
  }
  if (present('first', 'kz') && summary.first.kz.nodes) {
    const n = summary.first.kz.nodes.median;
    out.push({
      id: 'nodes',
      target: 'DOM nodes of the 20-region map with legend and city symbols ≤ 300',
      measured: `${count(n)} nodes (${count(summary.first.kz.elements?.median)} elements)`,
      met: n <= 300,
    });
  }
  if (present('interact', 'kz')) {
    const s = summary.interact.kz;
    out.push({
      id: 'interactions',
      target: 'tap to tooltip and key to next area ≤ 50 ms at the 95th percentile',
      measured: `tap p95 ${ms(s.tap?.p95)} ms (${s.tap?.n ?? 0} taps), key p95 ${ms(s.key?.p95)} ms (${s.key?.n ?? 0} presses)`,
      met: s.tap?.p95 <= 50 && s.key?.p95 <= 50,
    });
  }
  if (present('article', 'kz') && present('article', 'plot')) {
    const k = summary.article.kz;
    const p = summary.article.plot;
    out.push({
      id: 'article',
      target: 'article page: TBT ≤ 1/3 of the Plot version’s, CLS 0',
      measured: `TBT ${ms(k.tbt.median)} ms vs ${ms(p.tbt.median)} ms; CLS ${k.cls.median.toFixed(3)} (Plot ${p.cls.median.toFixed(3)}); LCP ${ms(k.lcp.median)} vs ${ms(p.lcp.median)} ms`,
      met: k.tbt.median <= p.tbt.median / 3 && k.cls.max === 0,
    });
  }
  return out;
}
