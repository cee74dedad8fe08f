// The news-page workload: the example article (stories/examples/article.html: a map and a dozen
// sparklines in running text) as shipped with kz-indicators, and the same article with the map and
// the sparklines drawn by Observable Plot. Both pages are made from the one article file when the
// runner serves them, so that text, styles and layout are the same and only the charts differ.
// Measured as a phone on a slow connection shows them: Largest Contentful Paint, Total Blocking
// Time (long tasks after First Contentful Paint, each counted above 50 ms) and Cumulative Layout
// Shift, read from PerformanceObservers that the page starts before anything else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE = 'stories/examples/article.html';
/** A mid-range phone's screen (CSS pixels), as Lighthouse's mobile setting. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 };
/** After the charts are drawn, how long the page is left alone before the vitals are read. */
const QUIET_MS = 3000;

// Started first in <head>; buffered observers also catch entries from before they were created.
const VITALS = `<script>
  (function () {
    var v = (window.__vitals = { lcp: null, cls: 0, longTasks: [] });
    function watch(type, f, buffered) {
      try {
        new PerformanceObserver(function (l) { l.getEntries().forEach(f); }).observe({ type: type, buffered: buffered });
      } catch (e) {}
    }
    watch('largest-contentful-paint', function (e) { v.lcp = e.renderTime || e.loadTime || e.startTime; }, true);
    watch('layout-shift', function (e) { if (!e.hadRecentInput) v.cls += e.value; }, true);
    watch('longtask', function (e) { v.longTasks.push([e.startTime, e.duration]); }, true);
    // kz-indicators' map says when it is drawn; the Plot page says so itself.
    document.addEventListener('kz-load', function () { console.debug('bench:done'); }, { once: true });
  })();
</script>`;

const PLOT_SCRIPTS = [
  '<script src="/bench/node_modules/d3/dist/d3.min.js"></script>',
  '<script src="/bench/node_modules/@observablehq/plot/dist/plot.umd.min.js"></script>',
  '<script src="/bench/node_modules/topojson-client/dist/topojson-client.min.js"></script>',
  '<script type="module" src="/bench/pages/article-plot.js"></script>',
].join('\n    ');

/** Attributes of a custom element turned into data-* attributes of a plain element. */
const asData = (attributes) => attributes.replace(/(^|\s)([a-z-]+)(?==|\s|$)/g, '$1data-$2');

/** The article page for a contender (`kz` or `plot`), as served at /bench/pages/article-<c>.html. */
export function articlePage(root, contender) {
  let html = readFileSync(join(root, ARTICLE), 'utf8');
  // Relative addresses keep resolving against the article's own folder.
  html = html.replace('<head>', `<head>\n    <base href="/stories/examples/" />\n    ${VITALS}`);
  if (contender === 'plot') {
    html = html
      .replace(/<script type="module" src="[^"]*kz-indicators\.js"><\/script>/, PLOT_SCRIPTS)
      // kz-indicators' own stylesheet (the space of its elements before they are defined).
      .replace(/ *<!--[^>]*-->\n *<link rel="stylesheet" href="[^"]*kz-indicators\.css" \/>\n/, '')
      .replace(
        /<kz-sparkline\s+([^>]*?)\s*><\/kz-sparkline\s*>/g,
        (_, a) => `<span class="plot-spark" ${asData(a)}></span>`,
      )
      .replace(
        /<kz-choropleth\s+([^>]*?)\s*><\/kz-choropleth\s*>/g,
        (_, a) => `<div class="plot-map" ${asData(a)}></div>`,
      );
  }
  return html;
}

/** One article measurement in a fresh context; `emulate` applies the run's CPU and network. */
export async function measureArticle(browser, origin, contender, { emulate, timeout, shot }) {
  const context = await browser.newContext({ ...PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`error: ${msg.text()}`);
  });
  try {
    await emulate(await context.newCDPSession(page));
    // The page says when its map is drawn (a console message: polling would run script in it).
    const done = page.waitForEvent('console', {
      predicate: (msg) => msg.text() === 'bench:done',
      timeout,
    });
    await page.goto(`${origin}/bench/pages/article-${contender}.html`, {
      waitUntil: 'load',
      timeout,
    });
    await done;
    await page.waitForTimeout(QUIET_MS);
    const v = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      return { ...window.__vitals, fcp };
    });
    const tbt = v.longTasks
      .filter(([start]) => start >= v.fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const longest = v.longTasks.reduce((m, [, d]) => Math.max(m, d), 0);
    if (shot) await page.screenshot({ path: shot });
    return { ok: true, lcp: v.lcp, cls: v.cls, tbt, fcp: v.fcp, longest, problems };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error).split('\n')[0], problems };
  } finally {
    await context.close();
  }
}
