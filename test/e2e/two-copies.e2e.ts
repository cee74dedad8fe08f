// Two copies of the library on one page (two versions, or the npm bundle and the CDN script):
// no exception, the first registration wins, the second copy says so in one clear warning, and
// the widgets work.
import { VERSION } from '../../src/register.js';
import { bundle, otherVersion } from './build.js';
import { formatted, indicator, LAYOUT_COUNT, valueOf } from './data.js';
import { expect, test, type PageWatch } from './fixtures.js';
import { areas, hoverArea, mapDrawn } from './reader.js';

test.beforeAll(async () => {
  otherVersion('0.0.9');
  await bundle('test/e2e/pages/app-and-cdn.js', 'app-and-cdn.js');
});

function alreadyDefined(watch: PageWatch): string[] {
  return watch.warnings.filter((text) => text.includes('[kz-already-defined]'));
}

for (const [page_, first, second] of [
  ['two-copies.html', VERSION, '0.0.9'],
  ['two-copies-old-first.html', '0.0.9', VERSION],
] as const) {
  test(`${page_}: ${first} registers, ${second} is skipped with one warning naming both`, async ({
    page,
    watch,
    request,
  }) => {
    const u5mr = await indicator(request, 'u5mr-regions.json', 'u5mr');
    await page.goto(`/test/e2e/pages/${page_}`);
    const map = page.locator('#map');
    await mapDrawn(map);
    await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
    const tip = await hoverArea(map, 'KZ-43');
    expect(tip).toContain(formatted(u5mr, valueOf(u5mr, 'KZ-43', '2019')));
    await page.locator('kz-sparkline [part~="line"]').waitFor({ state: 'attached' });

    await expect.poll(() => alreadyDefined(watch).length).toBe(1);
    const [warning] = alreadyDefined(watch);
    expect(warning).toContain('<kz-choropleth>, <kz-sparkline>');
    expect(warning).toContain(`already registered by kz-indicators ${first}`);
    expect(warning).toContain(`this copy (kz-indicators ${second}`);
    expect(warning).toContain('Fix: load kz-indicators once per page');
  });
}

test('an app bundle from npm and the CDN script on one page', async ({ page, watch, request }) => {
  const u5mr = await indicator(request, 'u5mr-regions.json', 'u5mr');
  await page.goto('/test/e2e/pages/app-and-cdn.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
  expect(await hoverArea(map, 'KZ-71')).toContain(formatted(u5mr, valueOf(u5mr, 'KZ-71', '2019')));
  await expect.poll(() => alreadyDefined(watch).length).toBe(1);
  const [warning] = alreadyDefined(watch);
  // The app's bundle ran first and keeps the tags; the warning names both scripts.
  expect(warning).toContain(`already registered by kz-indicators ${VERSION} from http`);
  expect(warning).toContain('/node_modules/.cache/kz-indicators-e2e/app-and-cdn.js');
  expect(warning).toContain('/dist/cdn/kz-indicators.js');
  // The map file came from the folder the page set, once.
  const maps = watch.requests.filter((r) => r.url().includes('/maps/'));
  expect(maps.map((r) => new URL(r.url()).pathname)).toEqual(['/dist/maps/regions-2018.json']);
});
