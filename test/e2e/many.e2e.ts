// A long page with 50 maps and 500 sparklines: one request per distinct data URL, one map file
// per boundary layout, widgets drawn when they come near the viewport, and everything drawn once
// the reader has scrolled through. Long tasks are reported as information only (no timing is
// asserted here; speed is measured in bench/).
import type { Page } from '@playwright/test';
import { expect, requestCounts, test } from './fixtures.js';

const MAPS = 50;
const SPARKLINES = 500;

function drawnCounts(page: Page): Promise<{ maps: number; sparklines: number; lastMap: number }> {
  return page.evaluate(() => {
    const drawnMap = (el: Element) => !!el.shadowRoot?.querySelector('svg.map [part~="area"]');
    const maps = [...document.querySelectorAll('kz-choropleth')];
    return {
      maps: maps.filter(drawnMap).length,
      sparklines: [...document.querySelectorAll('kz-sparkline')].filter(
        (el) => !!el.shadowRoot?.querySelector('[part~="line"]'),
      ).length,
      lastMap: maps.slice(-10).filter(drawnMap).length,
    };
  });
}

test('50 maps and 500 sparklines: shared requests, drawn near the viewport', async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('/test/e2e/pages/many.html');
  await expect(page.locator('kz-choropleth')).toHaveCount(MAPS);
  await expect(page.locator('kz-sparkline')).toHaveCount(SPARKLINES);
  await expect(page.locator('#map-0 svg.map [part~="area"]').first()).toBeAttached();
  await expect(page.locator('kz-sparkline').first().locator('[part~="line"]')).toBeAttached();

  // At the top of the page only what is near the viewport is drawn.
  const atTop = await drawnCounts(page);
  expect(atTop.sparklines, 'sparklines drawn before scrolling').toBeLessThan(60);
  expect(atTop.lastMap, 'maps of the last ten sections drawn before scrolling').toBe(0);
  expect(
    requestCounts(watch).get('/dist/maps/districts-2024.json'),
    'the district map (used only far down the page) is not fetched before it is needed',
  ).toBeUndefined();

  // Scroll through like a reader, a screen at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.mouse.wheel(0, 700);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await expect
    .poll(() => drawnCounts(page), { timeout: 60_000 })
    .toEqual({ maps: MAPS, sparklines: SPARKLINES, lastMap: 10 });

  // One request per distinct URL, one map download per layout.
  const counts = requestCounts(watch);
  const data = [...counts].filter(([path]) => path.startsWith('/stories/data/'));
  expect(data.map(([path]) => path).sort()).toEqual([
    '/stories/data/child-wellbeing-regions.json',
    '/stories/data/districts-area.json',
    '/stories/data/poverty-regions.json',
    '/stories/data/u5mr-regions.json',
  ]);
  for (const [path, n] of data) expect(n, path).toBe(1);
  const maps = [...counts].filter(([path]) => path.includes('/maps/'));
  expect(maps.map(([path]) => path).sort()).toEqual([
    '/dist/maps/districts-2024.json',
    '/dist/maps/regions-2018.json',
    '/dist/maps/regions-2022.json',
    '/dist/maps/regions-pre2018.json',
  ]);
  for (const [path, n] of maps) expect(n, path).toBe(1);

  // Information only: long tasks while loading and scrolling.
  const longTasks = await page.evaluate(
    () => (window as unknown as { kzLongTasks: number[] }).kzLongTasks,
  );
  const total = Math.round(longTasks.reduce((a, b) => a + b, 0));
  const longest = Math.round(Math.max(0, ...longTasks));
  test.info().annotations.push({
    type: 'long tasks',
    description: `${longTasks.length} long tasks, ${total} ms in all, the longest ${longest} ms`,
  });
  console.log(
    `many.e2e: ${longTasks.length} long tasks, ${total} ms in all, longest ${longest} ms`,
  );
});
