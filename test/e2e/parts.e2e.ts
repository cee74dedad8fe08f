// The CDN bundle is one main file plus parts fetched on first use (Kazakh or Russian text, the
// tooltip, the table, the export menu): what each reader downloads, and what happens on a host
// that serves the main file alone; and the CDN files of one element each, for pages with one kind.
import type { Page } from '@playwright/test';
import { expect, test, type PageWatch } from './fixtures.js';
import { areas, mapDrawn, pointIn } from './reader.js';

/** The on-demand parts requested so far, by name without their hash, with how often. */
function partsRequested(watch: PageWatch): string[] {
  return watch.requests
    .map((request) => new URL(request.url()).pathname)
    .filter((path) => path.startsWith('/dist/cdn/parts/'))
    .map((path) => path.slice('/dist/cdn/parts/'.length).replace(/-[\w-]{8}\.js$/, ''))
    .sort();
}

async function drawn(page: Page): Promise<void> {
  await mapDrawn(page.locator('#map'));
  await expect(page.locator('#trend [part~="line"]')).toBeAttached();
}

test('an English page downloads the main file only; readers fetch the rest as they use it', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/parts.html?lang=en');
  await drawn(page);
  await expect(page.locator('#map .toolbar .button')).toHaveText('Show table');
  expect(partsRequested(watch)).toEqual([]);

  // Pointing at an area fetches the tooltip.
  const map = page.locator('#map');
  await map.hover({ position: await pointIn(map, 'KZ-75') });
  await expect(map.locator('.tooltip')).toContainText('Almaty');
  expect(partsRequested(watch)).toEqual(['kz-choropleth-tooltip']);

  // The table view fetches the table, with every area of the map in it.
  await map.getByRole('button', { name: 'Show table' }).click();
  await expect(map.locator('table tbody tr')).toHaveCount(await areas(map).count());

  // The download menu fetches the export code once, however often it is used.
  const downloads = [];
  for (const item of ['Data (CSV)', 'Vector image (SVG)']) {
    await map.locator('details.export summary').click();
    const download = page.waitForEvent('download');
    await map.getByRole('button', { name: item }).click();
    downloads.push((await download).suggestedFilename());
  }
  expect(downloads).toEqual(['u5mr-2019.csv', 'u5mr-2019.svg']);
  expect(partsRequested(watch)).toEqual([
    'kz-choropleth-export-part',
    'kz-choropleth-table',
    'kz-choropleth-tooltip',
  ]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger on an area fetches the tooltip before it lifts; on the map around, not', async ({
    page,
    watch,
  }) => {
    await page.goto('/test/e2e/pages/parts.html?lang=en');
    await drawn(page);
    const map = page.locator('#map');
    const origin = (await map.boundingBox())!;
    const blank = (await map.locator('svg.map').boundingBox())!;
    const area = await pointIn(map, 'KZ-75');
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchEnd', x: number, y: number) => {
      const touchPoints = type === 'touchEnd' ? [] : [{ x, y }];
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
    };

    await touch('touchStart', blank.x + 4, blank.y + 4);
    await touch('touchEnd', blank.x + 4, blank.y + 4);
    await page.waitForTimeout(200);
    expect(partsRequested(watch)).toEqual([]);

    // The finger is down: the code is fetched, nothing is shown yet.
    await touch('touchStart', origin.x + area.x, origin.y + area.y);
    await expect.poll(() => partsRequested(watch)).toEqual(['kz-choropleth-tooltip']);
    await page.waitForTimeout(200);
    await expect(map.locator('.tooltip')).toHaveCount(0);
    await touch('touchEnd', origin.x + area.x, origin.y + area.y);
    await expect(map.locator('.tooltip')).toContainText('Almaty');
    expect(partsRequested(watch)).toEqual(['kz-choropleth-tooltip']);
  });
});

for (const [lang, button, sentence] of [
  ['kk', 'Кестені көрсету', /мәнінен .* дейін/],
  ['ru', 'Показать таблицу', /снижение на|рост на|без изменений/],
] as const) {
  test(`a page in ${lang} fetches its own text for each element, once, and never the other language`, async ({
    page,
    watch,
  }) => {
    await page.goto(`/test/e2e/pages/parts.html?lang=${lang}`);
    await drawn(page);
    await expect(page.locator('#map .toolbar .button')).toHaveText(button);
    await expect(page.locator('#trend [role="img"]').first()).toHaveAttribute(
      'aria-label',
      sentence,
    );
    expect(partsRequested(watch)).toEqual([
      `kz-choropleth-messages-${lang}`,
      `kz-sparkline-messages-${lang}`,
    ]);
  });
}

test('a host that serves the main file alone: the widgets draw in English and say why', async ({
  page,
  watch,
}) => {
  watch.allow(/status of 404.*\/dist\/cdn\/parts\//);
  await page.route('**/dist/cdn/parts/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/test/e2e/pages/parts.html?lang=ru');
  await drawn(page);
  await expect(page.locator('#map .toolbar .button')).toHaveText('Show table');
  // One warning per element, in whichever order the two failed downloads end.
  expect(watch.warnings.filter((w) => w.includes('interface text')).sort()).toEqual([
    expect.stringMatching(/^<kz-choropleth> \[kz-part\] the ru interface text could not be loaded/),
    expect.stringMatching(/^<kz-sparkline> \[kz-part\] the ru interface text could not be loaded/),
  ]);

  // The export menu tells the reader, and the console tells the site, once.
  const map = page.locator('#map');
  await map.locator('details.export summary').click();
  await map.getByRole('button', { name: 'Data (CSV)' }).click();
  await expect(map.locator('.status')).toContainText('download is blocked');
  expect(
    watch.warnings.filter((w) => w.includes('[kz-part] the export code could not be loaded')),
  ).toHaveLength(1);
});

test('api.js gives page scripts the dataset accessors on the same copy of the library', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/parts.html?lang=en');
  await drawn(page);
  const read = await page.evaluate(async (url) => {
    const api = await import(url);
    const bundle = await import(url.replace('api.js', 'kz-indicators.js'));
    const dataset = await api.loadDataset('/stories/data/u5mr-regions.json');
    const indicator = api.indicatorById(dataset, 'u5mr');
    const value = api.valuesAt(indicator, '2019').get('KZ-75')?.value;
    return {
      sameCopy: api.KzChoropleth === customElements.get('kz-choropleth'),
      almaty2019: api.formatNumber(value, 'en', indicator.decimals) as string,
      almatyPoints: api.seriesOf(indicator, 'KZ-75').length as number,
      // The break accessors come from the bundle, which the elements use too.
      breaksShared: ['breaksOf', 'periodBreaksOf', 'breakBefore'].map(
        (name) => typeof api[name] === 'function' && api[name] === bundle[name],
      ),
    };
  }, '/dist/cdn/api.js');
  expect(read.sameCopy).toBe(true);
  expect(read.breaksShared).toEqual([true, true, true]);
  expect(read.almatyPoints).toBeGreaterThan(1);
  // The value the map shows for Almaty in 2019.
  const label = await page
    .locator('#map [data-id="KZ-75"][aria-label]')
    .first()
    .getAttribute('aria-label');
  expect(label).toContain(`Almaty: ${read.almaty2019} `);
  const bundles = watch.requests
    .map((r) => new URL(r.url()).pathname)
    .filter((p) => p.endsWith('/kz-indicators.js'));
  expect(bundles).toEqual(['/dist/cdn/kz-indicators.js']);
});

test('a sparkline with for= fetches the map link; without it, it still draws its own area', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/parts-follow.html');
  const card = page.locator('#follower');
  await mapDrawn(page.locator('#map'));
  await expect(card.locator('[part~="line"]')).toBeAttached();
  await expect(card.locator('[part="subtitle"]')).toHaveText('Akmola Region');
  expect(partsRequested(watch)).toEqual(['kz-map-follow']);
  // Selecting an area on the map moves the card to it.
  const map = page.locator('#map');
  await map.click({ position: await pointIn(map, 'KZ-75') });
  await expect(card.locator('[part="subtitle"]')).toHaveText('Almaty');
});

test('a sparkline whose map link cannot be fetched draws its own area and says why', async ({
  page,
  watch,
}) => {
  watch.allow(/status of 404.*\/dist\/cdn\/parts\//);
  await page.route('**/dist/cdn/parts/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/test/e2e/pages/parts-follow.html');
  const card = page.locator('#follower');
  await expect(card.locator('[part~="line"]')).toBeAttached();
  await expect(card.locator('[part="subtitle"]')).toHaveText('Akmola Region');
  expect(watch.warnings.filter((w) => w.includes('link to the map'))).toEqual([
    expect.stringMatching(
      /^<kz-sparkline> \[kz-part\] the link to the map \(for=\) could not be loaded/,
    ),
  ]);
});

/** The CDN files requested (main files, without their parts). */
function mainFiles(watch: PageWatch): string[] {
  return watch.requests
    .map((request) => new URL(request.url()).pathname)
    .filter((path) => /^\/dist\/cdn\/[\w-]+\.js$/.test(path))
    .sort();
}

test('kz-choropleth.js: a page with maps only draws them, in its language, without the sparkline code', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/parts.html?file=kz-choropleth&lang=kk');
  const map = page.locator('#map');
  await mapDrawn(map);
  await expect(map.locator('.toolbar .button')).toHaveText('Кестені көрсету');
  await map.hover({ position: await pointIn(map, 'KZ-75') });
  await expect(map.locator('.tooltip')).toContainText('Алматы');
  expect(await page.evaluate(() => customElements.get('kz-sparkline'))).toBeUndefined();
  expect(mainFiles(watch)).toEqual(['/dist/cdn/kz-choropleth.js']);
  expect(partsRequested(watch)).toEqual([
    'kz-choropleth/kz-choropleth-messages-kk',
    'kz-choropleth/kz-choropleth-tooltip',
  ]);
});

test('kz-sparkline.js: a page with sparklines only draws them, in its language, without the map code', async ({
  page,
  watch,
}) => {
  await page.goto('/test/e2e/pages/parts.html?file=kz-sparkline&lang=ru');
  await expect(page.locator('#trend [part~="line"]')).toBeAttached();
  await expect(page.locator('#trend [role="img"]').first()).toHaveAttribute(
    'aria-label',
    /снижение на|рост на|без изменений/,
  );
  expect(await page.evaluate(() => customElements.get('kz-choropleth'))).toBeUndefined();
  expect(mainFiles(watch)).toEqual(['/dist/cdn/kz-sparkline.js']);
  expect(partsRequested(watch)).toEqual(['kz-sparkline/kz-sparkline-messages-ru']);
});
