// npm run bench: kz-indicators against Observable Plot, Vega-Lite (vega-embed) and Apache ECharts,
// in headless Chromium. Writes bench/results/latest.md, latest.json and one screenshot per
// contender and workload. Options (after `npm run bench --`):
//   --reps N           repetitions per contender and workload (default 5; cycles: min(N, 3))
//   --cpu N            CPU throttling rate through CDP Emulation.setCPUThrottlingRate (default 1)
//   --network NAME     network emulated through CDP: slow4g (150 ms round trip, 1.6 Mbit/s down,
//                      750 kbit/s up: Lighthouse's mobile setting) or none (default)
//   --only a,b         workloads: first, switch, sparklines, districts, cycles; and, not run
//                      unless named: interact (taps and key presses on the map, kz-indicators
//                      only; meant for --cpu 4) and article (the example news article and its
//                      Plot twin: LCP, TBT, CLS; meant for --cpu 4 --network slow4g)
//   --contenders a,b   kz, plot, vega, echarts
//   --out DIR          results folder (default bench/results)
//   --build            build the library first even when dist/ exists
//   --profile          after the timed runs, record one CPU profile of kz-indicators per workload
//                      (CDP Profiler; not timed) and list where its main-thread time goes
//   --trace            after the timed runs, record one Chromium trace per contender and workload
//                      (not timed) and split main-thread time into script, style, layout, paint…
//   --set k.f=v        override an input below, e.g. --set switch.period=2019 (repeatable)
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { articlePage, measureArticle } from './article.mjs';
import { interact } from './interact.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
process.chdir(ROOT);

// ---------------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const REPS = Math.max(1, Number(option('reps', 5)));
const CPU = Math.max(1, Number(option('cpu', 1)));
const NETWORKS = {
  none: null,
  slow4g: { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
};
const NETWORK = option('network', 'none');
if (!(NETWORK in NETWORKS)) throw new Error(`--network: expected one of ${Object.keys(NETWORKS)}`);

/** Applies the CPU and network emulation of this run to a page's DevTools session. */
async function emulate(cdp) {
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const network = NETWORKS[NETWORK];
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
}
const OUT = resolve(option('out', join(HERE, 'results')));
const CONTENDERS = option('contenders', 'kz,plot,vega,echarts').split(',');
const ALL_WORKLOADS = ['first', 'switch', 'sparklines', 'districts', 'cycles'];
const WORKLOADS = option('only', ALL_WORKLOADS.join(',')).split(',');
/** Workloads that some contenders cannot run: interactions (kz only) and the article (kz, Plot). */
const ONLY_FOR = { interact: ['kz'], article: ['kz', 'plot'] };
const NAMES = {
  kz: 'kz-indicators',
  explorer: 'kz-indicators <kz-explorer> (first view: map, ranking, card)',
  plot: 'Observable Plot',
  vega: 'Vega-Lite',
  echarts: 'ECharts',
  table: 'the page alone (no library)',
};
const FLOORED = ['first', 'sparklines'];
/** The contenders of a workload, with the page alone (no library) where it has a floor. */
const withFloor = (workload) =>
  ONLY_FOR[workload]
    ? CONTENDERS.filter((c) => ONLY_FOR[workload].includes(c))
    : FLOORED.includes(workload) && !CONTENDERS.includes('table')
      ? [...CONTENDERS, 'table']
      : CONTENDERS;
const VIEWPORT = { width: 1000, height: 760 };
const TIMEOUT = 90_000;
const PROFILE = process.argv.includes('--profile');
const TRACE = process.argv.includes('--trace');

// The real data each workload draws (files built by scripts/build-data.mjs into stories/data/).
const DATA = {
  // 2023 poverty rate by region: the 20 units of the 2022 layout.
  map: { data: '/stories/data/poverty-regions.json', indicator: 'poverty', period: '2023' },
  // Births attended by skilled personnel, 2010-2023, stepped on the 2022 map.
  switch: {
    data: '/stories/data/skilled-birth-regions.json',
    indicator: 'skilled-birth',
    period: '2023',
  },
  // Windows of 15 years cut from the UN IGME child mortality series (1990-2024) of Kazakhstan
  // and its comparators.
  sparklines: { data: '/stories/data/child-mortality-national.json', count: 1000, points: 15 },
  // District area (km², computed from the district polygons): the only district-level dataset.
  districts: {
    data: '/stories/data/districts-area.json',
    indicator: 'district-area',
    period: '2024',
  },
};
process.argv.forEach((arg, i) => {
  if (arg !== '--set') return;
  const [, key, field, value] = /^(\w+)\.(\w+)=(.*)$/.exec(process.argv[i + 1] ?? '') ?? [];
  if (!DATA[key])
    throw new Error(`--set: expected workload.field=value, got "${process.argv[i + 1]}"`);
  DATA[key][field] = value;
});

// ---------------------------------------------------------------------------------------------
// Setup: peers installed, library built, server, browser

function ensureSetup() {
  if (!existsSync(join(HERE, 'node_modules/@observablehq/plot/package.json'))) {
    console.log('bench: installing the peers (npm ci --prefix bench)…');
    execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
  }
  const missing = !existsSync(join(ROOT, 'dist/cdn/kz-choropleth.js'));
  if (CONTENDERS.includes('kz') && (missing || process.argv.includes('--build'))) {
    console.log('bench: building the library (npm run build)…');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
}

const versionOf = (pkg, base = join(HERE, 'node_modules')) =>
  JSON.parse(readFileSync(join(base, pkg, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Serving: the repository root, with dist/ taken from a copy made at the start, so that a build
// running meanwhile cannot change (or truncate) the files under measurement.

const SNAPSHOT = join(OUT, 'tmp', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** The file on disk behind a URL path. */
function fileOf(path) {
  return path.startsWith('/dist/') ? join(SNAPSHOT, path.slice('/dist/'.length)) : join(ROOT, path);
}

const gzipCache = new Map();
function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }));
  return gzipCache.get(file);
}

function serve() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  mkdirSync(SNAPSHOT, { recursive: true });
  cpSync(join(ROOT, 'dist'), SNAPSHOT, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const article = /^\/bench\/pages\/article-(kz|plot)\.html$/.exec(path);
    if (article) {
      const body = gzipSync(articlePage(ROOT, article[1]));
      res.writeHead(200, {
        'content-type': TYPES['.html'],
        'content-length': body.length,
        'cache-control': 'no-cache',
        'content-encoding': 'gzip',
      });
      res.end(body);
      return;
    }
    const file = fileOf(path);
    const inside = file.startsWith(ROOT) || file.startsWith(SNAPSHOT);
    if (!inside || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    // Text goes out gzip-compressed, as from a CDN, so that an emulated network carries the
    // compressed bytes.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zipped =
      type !== 'application/octet-stream' && /gzip/.test(req.headers['accept-encoding'] ?? '');
    const body = zipped ? gzipped(file) : readFileSync(file);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(zipped ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---------------------------------------------------------------------------------------------
// Bytes: every file the page requested, measured on disk, raw and compressed

const sizeCache = new Map();
function sizesOf(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(file);
    sizeCache.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizeCache.get(file);
}

function categoryOf(path) {
  if (path.startsWith('/bench/pages/')) return 'harness';
  if (/^\/(dist\/)?maps\//.test(path)) return 'map';
  if (path.startsWith('/stories/data/')) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

function bytesOf(urls, origin) {
  const totals = {};
  const files = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    const path = decodeURIComponent(new URL(url).pathname);
    const file = fileOf(path);
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const category = categoryOf(path);
    const s = sizesOf(file);
    files.push({ path, category, ...s });
    const t = (totals[category] ??= { raw: 0, gzip: 0, brotli: 0 });
    t.raw += s.raw;
    t.gzip += s.gzip;
    t.brotli += s.brotli;
  }
  return { totals, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}

/**
 * For reference: what a site with a bundler would ship for the first map, each library imported
 * as its documentation's "import only what you use" section shows, bundled, tree-shaken and
 * minified by esbuild. Not what the pages load (they use the documented script tags).
 */
const BUNDLER_ENTRIES = {
  kz: { dir: ROOT, code: "import './dist/components/kz-choropleth/define.js';" },
  plot: {
    dir: HERE,
    code: "import { plot, geo } from '@observablehq/plot'; import { feature } from 'topojson-client'; globalThis.x = { plot, geo, feature };",
  },
  vega: { dir: HERE, code: "import embed from 'vega-embed'; globalThis.x = embed;" },
  echarts: {
    dir: HERE,
    code: [
      "import * as echarts from 'echarts/core';",
      "import { MapChart } from 'echarts/charts';",
      "import { VisualMapComponent, TooltipComponent } from 'echarts/components';",
      "import { CanvasRenderer } from 'echarts/renderers';",
      "import { feature } from 'topojson-client';",
      'echarts.use([MapChart, VisualMapComponent, TooltipComponent, CanvasRenderer]);',
      'globalThis.x = { echarts, feature };',
    ].join('\n'),
  },
};

async function bundlerSizes() {
  const esbuild = await import('esbuild');
  const out = {};
  for (const contender of CONTENDERS) {
    const entry = BUNDLER_ENTRIES[contender];
    if (!entry) continue;
    try {
      const result = await esbuild.build({
        stdin: { contents: entry.code, resolveDir: entry.dir, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2021',
        write: false,
        logLevel: 'silent',
      });
      const bytes = result.outputFiles[0].contents;
      out[contender] = {
        code: entry.code,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    } catch (error) {
      out[contender] = { code: entry.code, error: String(error.message ?? error).split('\n')[0] };
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh browser context, one page, one workload

async function heapOf(cdp, { snapshot = false } = {}) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const out = { used: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  if (snapshot) out.byType = await snapshotByType(cdp);
  return out;
}

/**
 * Self size of a heap snapshot by kind: `objects` is what scripts hold (objects, arrays, closures,
 * strings, numbers…); `code` is V8's compiled code and feedback, which grows while the engine
 * optimises hot functions; `native` is the browser's own (DOM wrappers, performance entries…).
 */
async function snapshotByType(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const iType = fields.indexOf('type');
  const iSize = fields.indexOf('self_size');
  const out = { objects: 0, code: 0, native: 0, other: 0 };
  const OBJECTS = new Set([
    'array',
    'string',
    'object',
    'closure',
    'regexp',
    'number',
    'concatenated string',
    'sliced string',
    'symbol',
    'bigint',
  ]);
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + iType]];
    const size = nodes[i + iSize];
    if (OBJECTS.has(type)) out.objects += size;
    else if (type === 'code') out.code += size;
    else if (type === 'native') out.native += size;
    else out.other += size;
  }
  return out;
}

/**
 * Resolves when the page reports its workload done (a console message): polling the page instead
 * would run the test tool's script in it during the timed part. Create it before navigating.
 */
function benchDone(page) {
  return page.waitForEvent('console', {
    predicate: (msg) => msg.text() === 'bench:done',
    timeout: TIMEOUT,
  });
}

function pageUrl(origin, contender, workload) {
  const q = new URLSearchParams({ w: workload });
  const inputs = ['first', 'cycles', 'interact'].includes(workload) ? DATA.map : DATA[workload];
  for (const [k, v] of Object.entries(inputs ?? {})) if (v !== '') q.set(k, String(v));
  // kz-indicators loads the file its documentation names for a page with one kind of element.
  // `--contenders kz,explorer --only first` measures the explorer's first view beside the map.
  const file =
    contender === 'kz' && workload === 'sparklines'
      ? 'kz-sparklines'
      : contender === 'explorer'
        ? 'kz-explorer'
        : contender;
  return `${origin}/bench/pages/${file}.html?${q}`;
}

/**
 * Nodes the contender put in the page (under #stage, shadow roots included): every node (elements,
 * text, comments) and elements alone.
 */
function stageNodes() {
  let all = 0;
  let elements = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      all++;
      if (n.nodeType === 1) {
        elements++;
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    }
  };
  walk(document.getElementById('stage'));
  return { all, elements };
}

/** Style recalculation and layout time of the page so far (ms), from CDP Performance metrics. */
async function styleAndLayout(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    style: m.RecalcStyleDuration * 1000,
    layout: m.LayoutDuration * 1000,
    script: m.ScriptDuration * 1000,
  };
}

async function measure(browser, origin, contender, workload, { screenshot }) {
  if (workload === 'article') {
    const shot = screenshot ? join(OUT, `article-${contender}.png`) : null;
    return measureArticle(browser, origin, contender, { emulate, timeout: TIMEOUT, shot });
  }
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    ...(workload === 'interact' ? { hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await emulate(cdp);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const urls = [];
  const problems = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${msg.type()}: ${msg.text()}`);
  });
  try {
    const done = benchDone(page);
    await page.goto(pageUrl(origin, contender, workload), { waitUntil: 'load', timeout: TIMEOUT });
    await done;
    const result = await page.evaluate(() => window.__bench);
    if (!result.ok) return { ok: false, error: result.error, problems };
    const shot = screenshot ? join(OUT, `${workload}-${contender}.png`) : null;

    if (workload === 'first' || workload === 'districts') {
      result.work = await styleAndLayout(cdp);
      result.nodes = await page.evaluate(stageNodes);
      result.bytes = bytesOf(urls, origin);
      // The page alone draws nothing to show.
      if (shot && contender !== 'table') await page.locator('#stage').screenshot({ path: shot });
    } else if (workload === 'interact') {
      Object.assign(result, await interact(page));
    } else if (workload === 'switch') {
      if (shot) await page.locator('#stage').screenshot({ path: shot });
    } else if (workload === 'sparklines') {
      result.heap = await heapOf(cdp);
      if (shot) await page.screenshot({ path: shot });
      result.scroll = await page.evaluate(() => window.__scrollThrough());
    } else if (workload === 'cycles') {
      await page.evaluate(() => window.__cycles(1));
      result.after1 = await heapOf(cdp, { snapshot: true });
      await page.evaluate(() => window.__cycles(99));
      result.after100 = await heapOf(cdp, { snapshot: true });
      await page.evaluate(() => window.__cycles(100));
      result.after200 = await heapOf(cdp, { snapshot: true });
      if (shot) {
        await page.evaluate(() => window.__mountAndKeep());
        await page.locator('#stage').screenshot({ path: shot });
      }
    }
    return { ok: true, ...result, problems };
  } catch (error) {
    const where = await page.evaluate(() => window.__phase).catch(() => null);
    const message = String(error?.message ?? error).split('\n')[0];
    return { ok: false, error: where ? `${message} (while ${where})` : message, problems };
  } finally {
    await context.close();
  }
}

/** Original name and place of a function in a served bundle, through the bundle's source map. */
async function sourceMapper(origin) {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const maps = new Map();
  return (url, line, column) => {
    if (!url.startsWith(origin)) return null;
    const file = fileOf(new URL(url).pathname);
    if (!maps.has(file)) {
      maps.set(
        file,
        existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null,
      );
    }
    const map = maps.get(file);
    if (!map) return null;
    const p = originalPositionFor(map, { line: line + 1, column });
    if (!p.source) return null;
    return `${p.source.replace(/^.*?(node_modules\/|src\/)/, '$1')}:${p.line}`;
  };
}

/** Self time per function of a CDP CPU profile, largest first (bundle names mapped back). */
async function selfTimes(profile, origin) {
  const original = await sourceMapper(origin);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const f = byNode.get(profile.samples[i]).callFrame;
    let key = f.functionName || '(anonymous)';
    if (f.url) {
      const place = original(f.url, f.lineNumber, f.columnNumber);
      key = place
        ? `${key} (${place})`
        : `${key} (${f.url.replace(origin, '')}:${f.lineNumber + 1})`;
    }
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const round = (x) => Math.round(x * 10) / 10;
  const top = [...self.entries()]
    .filter(([k]) => !/^\((idle|program|garbage collector)\)$/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([fn, ms]) => ({ fn, ms: round(ms) }));
  const special = Object.fromEntries(
    ['(program)', '(garbage collector)', '(idle)'].map((k) => [k, round(self.get(k) ?? 0)]),
  );
  return { totalMs: Math.round(total), special, top };
}

async function profileRun(browser, origin, contender, workload) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    ...(workload === 'interact' ? { hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let profile = null;
  try {
    await emulate(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // The page calls the hook around its timed part; the first map is timed from navigation.
    await page.exposeFunction('__benchHook', async (what) => {
      if (what === 'start') await cdp.send('Profiler.start');
      if (what === 'end') profile = (await cdp.send('Profiler.stop')).profile;
    });
    if (workload === 'first' || workload === 'districts') await cdp.send('Profiler.start');
    const done = benchDone(page);
    await page.goto(pageUrl(origin, contender, workload), { waitUntil: 'load', timeout: TIMEOUT });
    await done;
    if (workload === 'cycles') {
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.__cycles(100));
      profile = (await cdp.send('Profiler.stop')).profile;
    }
    if (workload === 'interact') {
      await cdp.send('Profiler.start');
      await interact(page);
      profile = (await cdp.send('Profiler.stop')).profile;
    }
    if (!profile) return null;
    mkdirSync(join(OUT, 'tmp'), { recursive: true });
    writeFileSync(join(OUT, 'tmp', `${workload}-${contender}.cpuprofile`), JSON.stringify(profile));
    return await selfTimes(profile, origin);
  } finally {
    await context.close();
  }
}

async function traceRun(browser, origin, contender, workload) {
  const { TRACE_CATEGORIES, summarizeTrace } = await import('./trace.mjs');
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await emulate(await context.newCDPSession(page));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const done = benchDone(page);
    await page.goto(pageUrl(origin, contender, workload), { waitUntil: 'load', timeout: TIMEOUT });
    await done;
    const result = await page.evaluate(() => window.__bench);
    const buffer = await browser.stopTracing();
    if (!result.ok || !result.window) return null;
    const [start, end] = result.window;
    return summarizeTrace(JSON.parse(buffer.toString('utf8')), end - start);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report

const sorted = (xs) => [...xs].filter((x) => typeof x === 'number').sort((a, b) => a - b);
function quantile(xs, p) {
  const s = sorted(xs);
  if (s.length === 0) return null;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const stat = (xs) => {
  const s = sorted(xs);
  return s.length ? { median: median(s), min: s[0], max: s.at(-1), n: s.length } : null;
};

function summarize(runs) {
  const out = {};
  for (const [workload, byContender] of Object.entries(runs)) {
    out[workload] = {};
    for (const [contender, list] of Object.entries(byContender)) {
      const ok = list.filter((r) => r.ok);
      const s = { runs: list.length, failed: list.length - ok.length };
      if (list.some((r) => !r.ok))
        s.errors = [...new Set(list.filter((r) => !r.ok).map((r) => r.error))];
      if (ok.length) {
        const first = ok[0];
        if (workload === 'first' || workload === 'districts') {
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
        } else if (workload === 'switch') {
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
        } else if (workload === 'sparklines') {
          s.painted = stat(ok.map((r) => r.painted));
          s.heap = stat(ok.map((r) => r.heap.used));
          s.nodes = stat(ok.map((r) => r.heap.nodes));
          s.longestTask = stat(ok.map((r) => r.scroll.longestTask));
          s.longTasks = stat(ok.map((r) => r.scroll.longTasks));
          s.longestFrameGap = stat(ok.map((r) => r.scroll.longestFrameGap));
          s.count = first.count;
          s.points = first.points;
          s.distinct = first.distinct;
        } else if (workload === 'interact') {
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
        } else if (workload === 'article') {
          s.lcp = stat(ok.map((r) => r.lcp));
          s.tbt = stat(ok.map((r) => r.tbt));
          s.cls = stat(ok.map((r) => r.cls));
          s.fcp = stat(ok.map((r) => r.fcp));
          s.longest = stat(ok.map((r) => r.longest));
        } else if (workload === 'cycles') {
          s.after1 = stat(ok.map((r) => r.after1.used));
          s.after100 = stat(ok.map((r) => r.after100.used));
          s.after200 = stat(ok.map((r) => r.after200.used));
          s.growth = stat(ok.map((r) => r.after100.used - r.after1.used));
          s.growthLater = stat(ok.map((r) => r.after200.used - r.after100.used));
          s.nodeGrowthLater = stat(ok.map((r) => r.after200.nodes - r.after100.nodes));
          const kind = (r, at, k) => r[at].byType?.[k] ?? null;
          for (const k of ['objects', 'code', 'native']) {
            s[`${k}Growth`] = stat(ok.map((r) => kind(r, 'after100', k) - kind(r, 'after1', k)));
            s[`${k}GrowthLater`] = stat(
              ok.map((r) => kind(r, 'after200', k) - kind(r, 'after100', k)),
            );
          }
          s.nodeGrowth = stat(ok.map((r) => r.after100.nodes - r.after1.nodes));
          s.listenerGrowth = stat(ok.map((r) => r.after100.listeners - r.after1.listeners));
        }
      }
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

export { summarize, stat, median, quantile, bytesOf, categoryOf };

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  ensureSetup();
  mkdirSync(OUT, { recursive: true });
  const { findChromium } = await import('../scripts/chromium.mjs');
  const { chromium } = await import('playwright');
  // The commit, and how many source files differed from it, when dist/ is copied for the run.
  const sources = {
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    uncommittedSources: execFileSync('git', ['status', '--porcelain', '--', 'src', 'maps'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean).length,
  };
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('no Chromium found: set KZ_CHROMIUM=/path/to/chromium');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  // The one-minute load average after each measurement: the machine is shared.
  const loads = [];
  const runs = {};
  const profiles = {};
  const traces = {};
  try {
    for (const workload of WORKLOADS) {
      // The first map and the sparklines also measure their floor: the page without a library.
      const contenders = withFloor(workload);
      runs[workload] = Object.fromEntries(contenders.map((c) => [c, []]));
      const reps = workload === 'cycles' ? Math.min(REPS, 3) : REPS;
      for (let rep = 0; rep < reps; rep++) {
        for (const contender of contenders) {
          const t = Date.now();
          let r = await measure(browser, origin, contender, workload, { screenshot: rep === 0 });
          if (!r.ok) {
            // One retry, so that a passing hiccup of the shared machine does not leave a hole; the
            // first failure is kept in the results.
            const retry = await measure(browser, origin, contender, workload, {
              screenshot: rep === 0,
            });
            retry.retriedAfter = r.error;
            r = retry;
          }
          r.load = loadavg()[0];
          loads.push(r.load);
          runs[workload][contender].push(r);
          const brief = r.ok ? '' : ` FAILED: ${r.error.split('\n')[0]}`;
          console.log(
            `bench: ${workload} ${rep + 1}/${reps} ${contender} ${Date.now() - t} ms${brief}`,
          );
        }
      }
    }
    if (TRACE) {
      for (const workload of WORKLOADS.filter(
        (w) => !['cycles', 'interact', 'article'].includes(w),
      )) {
        traces[workload] = {};
        for (const contender of withFloor(workload)) {
          traces[workload][contender] = await traceRun(browser, origin, contender, workload);
        }
        console.log(`bench: traced ${workload}`);
      }
    }
    if (PROFILE && CONTENDERS.includes('kz')) {
      for (const workload of WORKLOADS.filter((w) => w !== 'article')) {
        profiles[workload] = await profileRun(browser, origin, 'kz', workload);
        console.log(`bench: profiled ${workload} kz`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const environment = {
    date: new Date().toISOString(),
    ...sources,
    chromium: browser.version(),
    executablePath,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    cpuThrottling: CPU,
    network: NETWORK,
    reps: REPS,
    viewport: VIEWPORT,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    // One-minute load average of the machine at the start and at the end of the run.
    loadAverage: [loadAtStart, loadavg()[0]].map((x) => Math.round(x * 10) / 10),
    loadDuring: loads.length
      ? [sorted(loads)[0], median(loads), sorted(loads).at(-1)].map((x) => Math.round(x * 10) / 10)
      : null,
    versions: {
      'kz-indicators': JSON.parse(readFileSync('package.json', 'utf8')).version,
      '@observablehq/plot': versionOf('@observablehq/plot'),
      d3: versionOf('d3'),
      vega: versionOf('vega'),
      'vega-lite': versionOf('vega-lite'),
      'vega-embed': versionOf('vega-embed'),
      echarts: versionOf('echarts'),
      'topojson-client': versionOf('topojson-client'),
      playwright: versionOf('playwright', join(ROOT, 'node_modules')),
    },
    data: DATA,
  };
  const summary = summarize(runs);
  const bundler = WORKLOADS.includes('first') ? await bundlerSizes() : null;
  const { breakdown } = await import('./breakdown.mjs');
  // The file the map pages load.
  const bundle = CONTENDERS.includes('kz')
    ? breakdown(join(SNAPSHOT, 'cdn/kz-choropleth.js'))
    : null;
  if (bundle) bundle.file = '/dist/cdn/kz-choropleth.js';
  const { report } = await import('./report.mjs');
  const { markdown, targets } = report(summary, environment, NAMES, {
    profiles,
    traces,
    bundler,
    bundle,
  });
  writeFileSync(
    join(OUT, 'latest.json'),
    JSON.stringify(
      { environment, targets, summary, bundler, bundle, traces, profiles, runs },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(join(OUT, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`bench: wrote ${join(OUT, 'latest.md')} and latest.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
