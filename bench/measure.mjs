// One measurement: a fresh browser context, one page, one workload, on the origin that serves the
// contender's build.
import { join } from 'node:path';
import { measureArticle } from './article.mjs';
import { interact } from './interact.mjs';
import { DATA, OUT, TIMEOUT, VIEWPORT, emulate } from './options.mjs';
import { bytesOf } from './serve.mjs';

export async function heapOf(cdp, { snapshot = false } = {}) {
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
export function benchDone(page) {
  return page.waitForEvent('console', {
    predicate: (msg) => msg.text() === 'bench:done',
    timeout: TIMEOUT,
  });
}

export function pageUrl(origin, contender, workload) {
  const q = new URLSearchParams({ w: workload });
  const inputs = ['first', 'cycles', 'interact'].includes(workload) ? DATA.map : DATA[workload];
  for (const [k, v] of Object.entries(inputs ?? {})) if (v !== '') q.set(k, String(v));
  // kz-indicators loads the file its documentation names for a page with one kind of element.
  // `--contenders kz,explorer --only first` measures the explorer's first view beside the map.
  // The compared build runs the same page as the build under test, from its own origin.
  const ours = contender === 'base' ? 'kz' : contender;
  const file =
    ours === 'kz' && workload === 'sparklines'
      ? 'kz-sparklines'
      : contender === 'explorer'
        ? 'kz-explorer'
        : ours;
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

export async function measure(browser, site, contender, workload, { screenshot }) {
  const { origin } = site;
  if (workload === 'article') {
    const shot = screenshot ? join(OUT, `article-${contender}.png`) : null;
    return measureArticle(browser, origin, contender === 'base' ? 'kz' : contender, {
      emulate,
      timeout: TIMEOUT,
      shot,
    });
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
      result.bytes = bytesOf(urls, site);
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
