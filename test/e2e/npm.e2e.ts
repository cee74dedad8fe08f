// The npm ways in, bundled as a site would (esbuild resolving the package's exports map): the
// API entry registers nothing, a per-component entry registers one element, and the maps folder
// can be set without a script. And the script-tag way: a copy of dist/ on any host loads the
// maps next to itself with no configuration.
import { bundle, otherVersion } from './build.js';
import { LAYOUT_COUNT } from './data.js';
import { expect, requestCounts, test } from './fixtures.js';
import { areas, mapDrawn } from './reader.js';
import { VERSION } from '../../src/register.js';

test.beforeAll(async () => {
  await bundle('test/e2e/pages/npm/api-only.js', 'api-only.js');
  await bundle('test/e2e/pages/npm/sparkline-only.js', 'sparkline-only.js');
  await bundle('test/e2e/pages/npm/map-only.js', 'map-only.js');
  otherVersion('0.0.9');
});

test('kz-indicators/api registers nothing; kz-indicators/kz-sparkline registers the sparkline only', async ({
  page,
}) => {
  await page.goto('/test/e2e/pages/npm/entries.html');
  await expect(page.locator('kz-sparkline [part~="line"]')).toBeAttached();
  const apiOnly = await page.evaluate(() => (window as unknown as { apiOnly: unknown }).apiOnly);
  expect(apiOnly).toEqual({
    registered: [],
    formatted: '19\u00a0765\u00a0004,5',
    rank: '3rd of 17',
    indicators: 1,
    version: VERSION,
  });
  expect(
    await page.evaluate(() => (window as unknown as { sparklineOnly: string[] }).sparklineOnly),
  ).toEqual(['kz-sparkline']);
});

test('<meta name="kz-indicators-map-base"> tells a bundled app where the maps are', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/npm/meta-map-base.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
  expect(requestCounts(watch).get('/dist/maps/regions-2018.json')).toBe(1);
});

test('a copy of dist/ on another path loads the maps next to the script', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/npm/self-hosted.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
  const maps = [...requestCounts(watch).keys()].filter((path) => path.includes('/maps/'));
  expect(maps).toEqual([
    '/node_modules/.cache/kz-indicators-e2e/kz-indicators-0.0.9/maps/regions-2018.json',
  ]);
});
