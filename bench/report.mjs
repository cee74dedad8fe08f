// Turns the benchmark summary into bench/results/latest.md and the list of targets (issue 7).

const PEERS = ['plot', 'vega', 'echarts'];
/** Growth of script-held objects over 99 extra mount/unmount cycles that still counts as none. */
export const HEAP_TOLERANCE = 16 * 1024;

const ms = (x) => (x == null ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const kb = (x) => (x == null ? '–' : (x / 1024).toFixed(1));
const mb = (x) => (x == null ? '–' : (x / 2 ** 20).toFixed(1));
const range = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : (a / b).toFixed(2));
const count = (x) => (x == null ? '–' : Math.round(x).toString());
const signedKb = (x) => (x == null ? '–' : `${x >= 0 ? '+' : ''}${(x / 1024).toFixed(1)}`);

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const jsMap = (s, k = 'gzip') => {
  const t = s?.bytes?.totals;
  return t ? (t.js?.[k] ?? 0) + (t.map?.[k] ?? 0) : null;
};

/** Evaluates the targets of issue 7 on one run's summary. */
export function targetsOf(summary) {
  const targets = [];
  const present = (w, c) => summary[w]?.[c] && !summary[w][c].errors?.length;
  const peers = (w) => PEERS.filter((p) => present(w, p));

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
  targets.push(...drawingTargets(summary, present, peers));
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

export function report(
  summary,
  env,
  names,
  { profiles = {}, traces = {}, bundler = null, bundle = null } = {},
) {
  const out = [];
  const contenders = (w) => Object.keys(summary[w] ?? {});
  const name = (c) => names[c] ?? c;
  const kz = (w) => summary[w]?.kz;

  out.push('# Benchmark: kz-indicators, Observable Plot, Vega-Lite, ECharts\n');
  out.push(
    `Run ${env.date.slice(0, 16).replace('T', ' ')} UTC on commit \`${env.commit}\`` +
      (env.uncommittedSources
        ? ` (${env.uncommittedSources} files of src/ and maps/ differed from it)`
        : '') +
      `: Chromium ${env.chromium} (headless), ` +
      `${env.cores} × ${env.cpu} (load average ${env.loadAverage?.join(' → ') ?? '?'}` +
      (env.loadDuring
        ? `; after each measurement ${env.loadDuring[0]} to ${env.loadDuring[2]}, median ${env.loadDuring[1]}`
        : '') +
      `), Node ${env.node}, CPU throttling ${env.cpuThrottling}×, ` +
      (env.network && env.network !== 'none'
        ? `network ${env.network === 'slow4g' ? 'slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)' : env.network}, `
        : '') +
      `viewport ${env.viewport.width}×${env.viewport.height}, ${env.reps} repetitions per contender ` +
      `(cycles: ${Math.min(env.reps, 3)}), contenders interleaved, a fresh browser context per measurement; ` +
      `${env.durationSeconds} s in all. Times are medians with (min–max); ratios are kz-indicators / peer on medians.\n`,
  );
  out.push(
    `Versions: ${Object.entries(env.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.\n`,
  );

  out.push('## Summary\n');
  out.push(summaryTable(summary, names));
  out.push('');

  const targets = targetsOf(summary);
  out.push('## Targets\n');
  out.push(
    table(
      ['target', 'measured', 'met'],
      targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**']),
    ),
  );
  out.push('');

  if (summary.first) {
    out.push('## 1. First map (20 regions, 2023 poverty, with legend)\n');
    out.push(
      'From navigation start: *script* = the library evaluated; *painted* = map and legend drawn and the ' +
        'next frame rendered. Bytes are the files the page requested (library JS and map; the data file is ' +
        'the same for all and listed apart), gzip -9 and brotli -11 computed with node:zlib. *The page ' +
        'alone* is the floor: the same page and test script fetching and reading the same map and data ' +
        'files, with no library and nothing drawn. Every page preloads the map file and the data ' +
        '(`<link rel="preload" as="fetch">` from its first script) and fetches both in parallel; ' +
        '*drawing after the data* is *painted* minus the moment both were in the library’s hands ' +
        '(the peers: both fetched and parsed by the page; kz-indicators, which loads the map file ' +
        'itself: the data parsed by the page and set as the `data` property, and the preloaded map ' +
        'file arrived, so its map parsing counts as drawing). *DOM nodes*: every node (elements, ' +
        'text, comments) the library put under the stage, shadow roots included. *Style + layout*: ' +
        "the page's RecalcStyleDuration + LayoutDuration (CDP Performance.getMetrics) until painted.\n",
    );
    const k = kz('first');
    out.push(
      table(
        [
          '',
          'script (ms)',
          'painted (ms)',
          'painted ratio',
          'drawing after the data (ms)',
          'drawing ratio',
          'DOM nodes',
          'style + layout (ms)',
          'JS gzip (KB)',
          'map gzip (KB)',
          'JS+map gzip (KB)',
          'bytes ratio',
          'JS+map raw (KB)',
          'JS+map brotli (KB)',
          'data gzip (KB)',
          'areas',
        ],
        contenders('first').map((c) => {
          const s = summary.first[c];
          const t = s.bytes?.totals ?? {};
          return [
            name(c),
            range(s.scriptEvaluated),
            range(s.painted),
            c === 'kz' || c === 'table' ? '' : ratio(k?.painted?.median, s.painted?.median),
            range(s.drawing),
            c === 'kz' || c === 'table' ? '' : ratio(k?.drawing?.median, s.drawing?.median),
            count(s.nodes?.median),
            range(s.styleLayout),
            kb(t.js?.gzip),
            kb(t.map?.gzip),
            kb(jsMap(s)),
            c === 'kz' || c === 'table' ? '' : ratio(jsMap(k), jsMap(s)),
            kb(jsMap(s, 'raw')),
            kb(jsMap(s, 'brotli')),
            kb(t.data?.gzip),
            s.areas ?? '–',
          ];
        }),
      ),
    );
    out.push('');
    if (bundler) {
      const mapGzip =
        summary.first.kz?.bytes?.totals?.map?.gzip ?? summary.first.plot?.bytes?.totals?.map?.gzip;
      out.push(
        'For reference, with a bundler: each library imported as its documentation\'s "import only what ' +
          'you use" advice shows, bundled, tree-shaken and minified by esbuild (JS only; add the map). ' +
          'The pages above load the documented script tags instead.\n',
      );
      out.push(
        table(
          ['', 'import', 'JS min (KB)', 'JS gzip (KB)', 'JS gzip + map gzip (KB)', 'ratio'],
          Object.entries(bundler).map(([c, b]) => [
            name(c),
            `\`${b.code.replace(/\n/g, ' ').replace(/\|/g, '\\|')}\``,
            b.error ? b.error : kb(b.raw),
            kb(b.gzip),
            b.gzip != null && mapGzip != null ? kb(b.gzip + mapGzip) : '–',
            c === 'kz' || !bundler.kz?.gzip || !b.gzip
              ? ''
              : ratio(bundler.kz.gzip + mapGzip, b.gzip + mapGzip),
          ]),
        ),
      );
      out.push('');
    }
    if (bundle) {
      out.push(
        `Where the ${kb(bundle.total)} KB (${kb(bundle.gzip)} KB gzip) of \`${bundle.file}\` come from, by its ` +
          'source map (minified bytes; gzip of each part compressed alone):\n',
      );
      out.push(
        table(
          ['source', 'min (KB)', 'share', 'gzip alone (KB)'],
          bundle.rows
            .slice(0, 16)
            .map((r) => [
              `\`${r.group}\``,
              kb(r.bytes),
              `${((100 * r.bytes) / bundle.total).toFixed(1)} %`,
              kb(r.gzip),
            ]),
        ),
      );
      out.push('');
    }
    out.push('Files requested (first run):\n');
    for (const c of contenders('first')) {
      const files = summary.first[c].bytes?.files ?? [];
      out.push(
        `- ${name(c)}: ${files
          .filter((f) => f.category !== 'harness' && f.category !== 'other')
          .map((f) => `\`${f.path}\` ${kb(f.raw)} KB raw / ${kb(f.gzip)} KB gzip`)
          .join('; ')}`,
      );
    }
    out.push('');
  }

  if (summary.switch) {
    out.push('## 2. Period switch (same map, 15 periods stepped)\n');
    const steps = kz('switch')?.steps ?? Object.values(summary.switch)[0]?.steps ?? [];
    out.push(
      `Each update starts in a requestAnimationFrame callback and ends after that frame (or the frame the ` +
        `library draws in) has been rendered. Periods: ${steps.join(', ')}. Median and p95 over all updates of ` +
        `all runs; (min–max) of the per-run medians.\n`,
    );
    const k = kz('switch');
    out.push(
      table(
        [
          '',
          'median (ms)',
          'p95 (ms)',
          'per-run medians (ms)',
          'slowest update (ms)',
          'median ratio',
          'areas',
        ],
        contenders('switch').map((c) => {
          const s = summary.switch[c];
          return [
            name(c),
            ms(s.update?.median),
            ms(s.update?.p95),
            range(s.runMedians),
            ms(s.update?.max),
            c === 'kz' ? '' : ratio(k?.update?.median, s.update?.median),
            s.areas ?? '–',
          ];
        }),
      ),
    );
    out.push('');
  }

  if (summary.sparklines) {
    const any = Object.values(summary.sparklines).find((s) => s.count);
    out.push(`## 3. ${any?.count ?? 1000} sparklines of ${any?.points ?? 15} points\n`);
    out.push(
      `A table of ${any?.count ?? 1000} rows, one sparkline per row (${any?.distinct ?? '?'} distinct real series, ` +
        'repeated). *Painted*: from the start of building the table until what the library draws up front is ' +
        'drawn and the frame rendered (kz-indicators draws the sparklines near the viewport and the rest as ' +
        'they scroll into view; the peers draw all of them). Heap: JS heap after forced GC. Scroll: the page ' +
        'scrolled to the bottom 240 px per frame, long tasks from a PerformanceObserver.\n',
    );
    const k = kz('sparklines');
    out.push(
      table(
        [
          '',
          'painted (ms)',
          'ratio',
          'JS heap (MB)',
          'DOM nodes',
          'long tasks while scrolling',
          'longest task (ms)',
          'longest frame (ms)',
        ],
        contenders('sparklines').map((c) => {
          const s = summary.sparklines[c];
          return [
            name(c),
            range(s.painted),
            c === 'kz' ? '' : ratio(k?.painted?.median, s.painted?.median),
            range(s.heap, mb),
            s.nodes ? Math.round(s.nodes.median).toString() : '–',
            s.longTasks ? range(s.longTasks, (x) => String(Math.round(x))) : '–',
            range(s.longestTask),
            range(s.longestFrameGap),
          ];
        }),
      ),
    );
    out.push('');
  }

  if (summary.districts) {
    out.push('## 4. District map (224 districts): first paint\n');
    const k = kz('districts');
    out.push(
      table(
        [
          '',
          'script (ms)',
          'painted (ms)',
          'ratio',
          'drawing after the data (ms)',
          'drawing ratio',
          'DOM nodes',
          'style + layout (ms)',
          'JS+map gzip (KB)',
          'map gzip (KB)',
          'areas',
        ],
        contenders('districts').map((c) => {
          const s = summary.districts[c];
          return [
            name(c),
            range(s.scriptEvaluated),
            range(s.painted),
            c === 'kz' ? '' : ratio(k?.painted?.median, s.painted?.median),
            range(s.drawing),
            c === 'kz' ? '' : ratio(k?.drawing?.median, s.drawing?.median),
            count(s.nodes?.median),
            range(s.styleLayout),
            kb(jsMap(s)),
            kb(s.bytes?.totals?.map?.gzip),
            s.areas ?? '–',
          ];
        }),
      ),
    );
    out.push('');
  }

  if (summary.cycles) {
    out.push('## 5. Heap after 100 mount/unmount cycles of the 20-region map\n');
    out.push(
      'After forced GC (HeapProfiler.collectGarbage, twice), after cycles 1, 100 and 200: the JS heap ' +
        '(Runtime.getHeapUsage), DOM nodes and listeners (Memory.getDOMCounters), and a heap snapshot split ' +
        'into *objects* held by scripts (objects, arrays, closures, strings), V8 *code* (compiled code and ' +
        'feedback, which grows while the engine optimises hot functions) and *browser-native* memory (DOM ' +
        "wrappers, the performance timeline's own entries). A leak shows as objects, nodes or listeners " +
        'growing with the cycles. Each cycle mounts the map, waits for it to be painted, then unmounts it ' +
        'the documented way (Vega: `finalize()`, ECharts: `dispose()`, Plot and kz-indicators: remove the ' +
        'element).\n',
    );
    const count = (x) => `${x >= 0 ? '+' : ''}${Math.round(x)}`;
    out.push(
      table(
        [
          '',
          'heap after 1 (MB)',
          'heap 1→100 (KB)',
          'heap 100→200 (KB)',
          'objects 1→100 (KB)',
          'objects 100→200 (KB)',
          'code 1→100 (KB)',
          'browser-native 1→100 (KB)',
          'DOM nodes 1→100',
          'listeners 1→100',
        ],
        contenders('cycles').map((c) => {
          const s = summary.cycles[c];
          return [
            name(c),
            range(s.after1, mb),
            range(s.growth, signedKb),
            range(s.growthLater, signedKb),
            range(s.objectsGrowth, signedKb),
            range(s.objectsGrowthLater, signedKb),
            range(s.codeGrowth, signedKb),
            range(s.nativeGrowth, signedKb),
            range(s.nodeGrowth, count),
            range(s.listenerGrowth, count),
          ];
        }),
      ),
    );
    out.push('');
  }

  if (summary.interact) {
    out.push('## 6. Interactions on the 20-region map\n');
    out.push(
      'Real input sent through CDP (a touch tap on a point inside each area, then arrow-key presses ' +
        'walking the areas east and west), timed in the page from the input event’s timestamp to the ' +
        'end of the frame that shows the result: the tapped area’s tooltip, or the next area focused. ' +
        'The first tap includes loading the tooltip’s code. kz-indicators only (of the peers, none moves ' +
        'focus between areas by key, and only ECharts shows a tooltip on tap).\n',
    );
    out.push(
      table(
        [
          '',
          'tap median (ms)',
          'tap p95 (ms)',
          'tap max (ms)',
          'taps',
          'key median (ms)',
          'key p95 (ms)',
          'key max (ms)',
          'presses',
        ],
        contenders('interact').map((c) => {
          const s = summary.interact[c];
          return [
            name(c),
            ms(s.tap?.median),
            ms(s.tap?.p95),
            ms(s.tap?.max),
            `${s.tap?.n ?? 0}${s.missedTaps ? ` (${s.missedTaps} without a tooltip)` : ''}`,
            ms(s.key?.median),
            ms(s.key?.p95),
            ms(s.key?.max),
            s.key?.n ?? 0,
          ];
        }),
      ),
    );
    out.push('');
  }

  if (summary.article) {
    out.push('## 7. A news page: the example article\n');
    out.push(
      '`stories/examples/article.html` (a map with a period slider and ten sparklines in running text) ' +
        'as shipped, and the same page with Observable Plot drawing the map (with legend and slider) ' +
        'and the sparklines (bench/article.mjs makes both from the one file). A phone screen of ' +
        '412×823 CSS pixels at 1.75× with touch. LCP from the largest-contentful-paint entries; TBT: ' +
        'long tasks after First Contentful Paint, each counted above 50 ms, until 3 s after the map is ' +
        'drawn; CLS: the sum of layout shifts without recent input.\n',
    );
    const k = kz('article');
    out.push(
      table(
        ['', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'TBT ratio', 'longest task (ms)', 'CLS'],
        contenders('article').map((c) => {
          const s = summary.article[c];
          return [
            name(c),
            range(s.fcp),
            range(s.lcp),
            range(s.tbt),
            c === 'kz' ? '' : ratio(k?.tbt?.median, s.tbt?.median),
            range(s.longest),
            range(s.cls, (x) => x.toFixed(3)),
          ];
        }),
      ),
    );
    out.push('');
  }

  const failures = [];
  for (const [w, byC] of Object.entries(summary)) {
    for (const [c, s] of Object.entries(byC)) {
      if (s.errors?.length)
        failures.push(
          `- ${w} / ${name(c)}: ${s.failed} of ${s.runs} runs failed: ${s.errors[0].split('\n')[0]}`,
        );
      if (s.problems?.length)
        failures.push(`- ${w} / ${name(c)} console: ${s.problems.slice(0, 3).join(' · ')}`);
    }
  }
  if (failures.length) {
    out.push('## Failures and console messages\n');
    out.push(failures.join('\n'));
    out.push('');
  }

  if (Object.keys(traces).length) {
    out.push('## Main-thread time by kind of work (one traced run per contender and workload)\n');
    out.push(
      'Chromium trace (devtools.timeline), self time of the renderer main thread between the start of the ' +
        'workload and its last painted frame (first map: from navigation start), in ms. Not the timed runs.\n',
    );
    const kinds = ['script', 'compile', 'style', 'layout', 'paint', 'html', 'gc', 'other'];
    for (const [w, byC] of Object.entries(traces)) {
      out.push(`**${w}**\n`);
      out.push(
        table(
          ['', 'window', 'busy', ...kinds, 'heaviest events'],
          Object.entries(byC)
            .filter(([, t]) => t)
            .map(([c, t]) => [
              name(c),
              ms(t.windowMs),
              ms(t.busyMs),
              ...kinds.map((k) => ms(t.byKind[k] ?? 0)),
              t.topEvents
                .slice(0, 4)
                .map((e) => `${e.name} ${ms(e.ms)}`)
                .join(', '),
            ]),
        ),
      );
      out.push('');
    }
  }

  if (Object.keys(profiles).length) {
    out.push('## Where kz-indicators spends main-thread time (one profiled run per workload)\n');
    out.push(
      'CDP Profiler, 0.1 ms sampling, over the timed part of the workload (first map: from navigation; ' +
        'cycles: 100 cycles), in a separate run. Self time of the heaviest functions, mapped to the sources ' +
        "through the bundle's source map; `(program)` is native work outside JS (parsing, style, layout, paint).\n",
    );
    for (const [w, p] of Object.entries(profiles)) {
      out.push(
        `- **${w}**: ${p.totalMs} ms sampled; (program) ${ms(p.special['(program)'])} ms, GC ${ms(p.special['(garbage collector)'])} ms, idle ${ms(p.special['(idle)'])} ms. ` +
          p.top
            .slice(0, 10)
            .map((t) => `\`${t.fn}\` ${ms(t.ms)}`)
            .join('; '),
      );
    }
    out.push('');
  }

  out.push('## Screenshots\n');
  out.push(
    Object.keys(summary)
      .map(
        (w) =>
          `- ${w}: ${contenders(w)
            .filter((c) => !(c === 'table' && w === 'first'))
            .map((c) => `[${name(c)}](${w}-${c}.png)`)
            .join(', ')}`,
      )
      .join('\n'),
  );
  out.push('');
  return { markdown: out.join('\n') + '\n', targets };
}
