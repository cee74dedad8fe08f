// Not timed: one CPU profile (CDP Profiler) or one Chromium trace per contender and workload, to
// say where the main thread's time goes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { interact } from './interact.mjs';
import { benchDone, pageUrl } from './measure.mjs';
import { OUT, TIMEOUT, VIEWPORT, emulate } from './options.mjs';

/** Original name and place of a function in a served bundle, through the bundle's source map. */
async function sourceMapper({ origin, fileOf }) {
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
async function selfTimes(profile, site) {
  const { origin } = site;
  const original = await sourceMapper(site);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const f = byNode.get(profile.samples[i]).callFrame;
    let key = f.functionName || '(anonymous)';
    if (f.url && !f.functionName && f.lineNumber === 0 && f.columnNumber === 0) {
      // A script's or module's own top-level code (its evaluation) starts at 0:0, where a
      // bundle's source map names whichever function the bundle happens to begin with.
      key = `(top level) (${f.url.replace(origin, '')})`;
    } else if (f.url) {
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

export async function profileRun(browser, site, contender, workload) {
  const { origin } = site;
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
    return await selfTimes(profile, site);
  } finally {
    await context.close();
  }
}

export async function traceRun(browser, { origin }, contender, workload) {
  const { TRACE_CATEGORIES, summarizeTrace } = await import('./trace.mjs');
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    ...(workload === 'interact' ? { hasTouch: true } : {}),
  });
  const page = await context.newPage();
  try {
    await emulate(await context.newCDPSession(page));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const done = benchDone(page);
    await page.goto(pageUrl(origin, contender, workload), { waitUntil: 'load', timeout: TIMEOUT });
    await done;
    const result = await page.evaluate(() => window.__bench);
    let windowMs = result.ok && result.window ? result.window[1] - result.window[0] : null;
    if (workload === 'interact' && result.ok) {
      // What is traced is the taps and key presses: the window runs from the first to a mark
      // after the last (the summary reads the last `bench:end`).
      const start = await page.evaluate(() => performance.now());
      await interact(page);
      windowMs = await page.evaluate((t0) => {
        performance.mark('bench:end');
        return performance.now() - t0;
      }, start);
    }
    const buffer = await browser.stopTracing();
    if (windowMs == null) return null;
    return summarizeTrace(JSON.parse(buffer.toString('utf8')), windowMs);
  } finally {
    await context.close();
  }
}
