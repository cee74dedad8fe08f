// The host page and the widgets leave each other alone: aggressive host CSS on svg, path, button
// and table does not reach inside, the widgets add no styles to the page, fonts are inherited
// unless themed, nothing moves while the data loads, and the page prints with its maps.
import type { Locator, Page } from '@playwright/test';
import { formatted, indicator, LAYOUT_COUNT, valueOf } from './data.js';
import { expect, test } from './fixtures.js';
import { areas, expectWorkingMap, mapDrawn } from './reader.js';

const PROBES = ['#host-h1', '#host-p', '#host-button', '#host-svg', '#host-path', '#host-table'];
const PROPERTIES = [
  'display',
  'width',
  'height',
  'margin',
  'padding',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'line-height',
  'text-transform',
  'fill',
  'stroke',
  'stroke-width',
  'box-sizing',
];

/** Computed styles of the page's own elements, and the page's own style sheets. */
function hostStyles(page: Page) {
  return page.evaluate(
    ({ probes, properties }) => ({
      probes: probes.map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [selector, ...properties.map((p) => `${p}: ${style.getPropertyValue(p)}`)];
      }),
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      styleElements: document.querySelectorAll('style').length,
    }),
    { probes: PROBES, properties: PROPERTIES },
  );
}

/** A computed style of an element inside a widget's shadow root. */
function inside(widget: Locator, selector: string, property: string): Promise<string> {
  return widget.evaluate(
    (host, [sel, prop]) =>
      getComputedStyle(host.shadowRoot!.querySelector(sel)!).getPropertyValue(prop),
    [selector, property] as const,
  );
}

test('host CSS does not leak in, widget CSS does not leak out, fonts inherit unless themed', async ({
  page,
  request,
}) => {
  const u5mr = await indicator(request, 'u5mr-regions.json', 'u5mr');
  await page.goto('/test/e2e/pages/host-css.html');
  const before = await hostStyles(page);
  await page.addScriptTag({ url: '/dist/cdn/kz-indicators.js', type: 'module' });

  const map = page.locator('#map');
  await expectWorkingMap(page, map, {
    count: LAYOUT_COUNT['2018'],
    legend: '2019',
    hover: { id: 'KZ-23', value: formatted(u5mr, valueOf(u5mr, 'KZ-23', '2019')) },
  });

  // Nothing of the host's svg/path/button/table/text rules reaches the map.
  const width = (await map.boundingBox())!.width;
  expect((await map.locator('svg.map').boundingBox())!.width).toBeCloseTo(width, 0);
  expect(await inside(map, 'svg.map', 'background-color')).not.toBe('rgb(255, 0, 255)');
  const area = map.locator('svg.map [part~="area"]').first();
  const fill = await area.getAttribute('fill');
  expect(await inside(map, 'svg.map [part~="area"]', 'fill')).not.toBe('rgb(0, 255, 0)');
  expect(fill).not.toBeNull();
  expect(await inside(map, 'svg.map [part~="area"]', 'stroke-width')).not.toBe('9px');
  const button = map.getByRole('button', { name: 'Show table' });
  const buttonStyle = await button.evaluate((b) => {
    const s = getComputedStyle(b);
    return [s.fontSize, s.color, s.textTransform, s.backgroundColor];
  });
  expect(buttonStyle).not.toContain('40px');
  expect(buttonStyle).not.toContain('rgb(255, 0, 0)');
  expect(buttonStyle).not.toContain('uppercase');
  expect(buttonStyle).not.toContain('rgb(255, 255, 0)');
  expect(await inside(map, '[part~="legend"] text', 'font-size')).not.toBe('50px');
  await button.click();
  const table = map.locator('[part~="table"]');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(LAYOUT_COUNT['2018']);
  await map.getByRole('button', { name: 'Show map' }).click();

  // The sparklines too.
  const spark = page.locator('#spark');
  await expect(spark.locator('[part~="line"]')).toBeAttached();
  const sparkBox = (await spark.locator('svg').first().boundingBox())!;
  expect(sparkBox.width).toBeGreaterThan(12);
  expect(await inside(spark, '[part~="line"]', 'stroke')).not.toBe('rgb(255, 0, 0)');

  // Fonts: inherited from the page, or the one set with the custom properties.
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(await inside(map, '[part~="footer"]', 'font-family')).toBe(bodyFont);
  expect(await inside(spark, '[part~="chart"]', 'font-family')).toBe(bodyFont);
  const themed = page.locator('#themed-map');
  await themed.scrollIntoViewIfNeeded();
  await mapDrawn(themed);
  expect(await inside(themed, '[part~="footer"]', 'font-family')).toBe('monospace');
  const card = page.locator('#themed-card');
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('[part~="card"]')).toBeVisible();
  expect(await inside(card, '[part~="card"]', 'font-family')).toBe('monospace');

  // The page's own elements look exactly as before, and no style was added to the page.
  expect(await hostStyles(page)).toEqual(before);
});

test('nothing moves while the data loads (layout shift)', async ({ page }) => {
  // Slow map files too: the page must keep the space of every widget until it is drawn.
  await page.route('**/maps/*.json', async (route) => {
    await new Promise((done) => setTimeout(done, 500));
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { kzShifts: typeof shifts }).kzShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) =>
            s.node instanceof Element
              ? `${s.node.tagName.toLowerCase()}#${s.node.id}`
              : String(s.node?.nodeName),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/test/e2e/pages/loading.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  await expect(page.locator('#card [part~="line"]')).toBeAttached();
  await expect(page.locator('#below-map kz-sparkline [part~="line"]')).toBeAttached();
  // Let the browser report the shifts of the last frames.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const shifts = await page.evaluate(
    () => (window as unknown as { kzShifts: { value: number; sources: string[] }[] }).kzShifts,
  );
  const cls = shifts.reduce((sum, s) => sum + s.value, 0);
  test.info().annotations.push({ type: 'layout shift', description: JSON.stringify(shifts) });
  expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
});

test('the page prints with its maps and every sparkline', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/test/e2e/pages/loading.html');
  await mapDrawn(page.locator('#map'));
  // Print: the print media and the beforeprint event the browser fires before laying out pages.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const id of ['#map', '#far-map']) {
    const map = page.locator(id);
    await mapDrawn(map);
    await expect(map.locator('svg.map')).toBeVisible();
    expect((await map.locator('svg.map').boundingBox())!.width).toBeGreaterThan(400);
  }
  await expect(areas(page.locator('#far-map'))).toHaveCount(LAYOUT_COUNT['2022']);
  await expect(page.locator('#far-spark [part~="line"]')).toBeAttached();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
