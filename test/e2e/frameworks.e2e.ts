// Framework-agnostic, proven: a React 19 app (bundling the npm package) and a Vue 3 app (CDN
// bundle, no build step) pass the dataset as a property, listen to kz-select, and render what the
// reader selected.
import { areaInfo } from '../../src/data/areas.js';
import { bundle } from './build.js';
import { formatted, indicator, LAYOUT_COUNT, valueOf } from './data.js';
import { expect, test } from './fixtures.js';
import { expectWorkingMap, clickArea } from './reader.js';

test.beforeAll(async () => {
  await bundle('test/e2e/pages/react/app.js', 'react-app.js');
});

for (const framework of ['react', 'vue'] as const) {
  test(`${framework}: data as a property, kz-select rendered by the app`, async ({
    page,
    request,
  }) => {
    const u5mr = await indicator(request, 'u5mr-regions.json', 'u5mr');
    await page.goto(`/test/e2e/pages/${framework}/index.html`);
    const map = page.locator('#map');
    await expectWorkingMap(page, map, {
      count: LAYOUT_COUNT['2018'],
      legend: '2019',
      hover: { id: 'KZ-47', value: formatted(u5mr, valueOf(u5mr, 'KZ-47', '2019')) },
    });
    // The dataset went in as a property, not as an attribute string.
    expect(await map.getAttribute('data')).toBeNull();
    expect(await map.evaluate((el) => typeof (el as unknown as { data: unknown }).data)).toBe(
      'object',
    );

    // The keyboard selection in expectWorkingMap already reached the app once.
    const selected = page.locator('#selected');
    await expect(selected).toHaveAttribute('data-selects', '1');

    // A click on a region: the app re-renders with the event's detail and passes the area on.
    await clickArea(map, 'KZ-47');
    const name = areaInfo('KZ-47')!.names.en;
    await expect(selected).toHaveText(`Selected: ${name} (KZ-47), 2019`);
    await expect(selected).toHaveAttribute('data-selects', '2');
    const card = page.locator('#spark');
    await expect(card.locator('[part~="subtitle"]')).toHaveText(name);
    await expect(card.locator('[part~="latest"]')).toContainText(
      formatted(u5mr, valueOf(u5mr, 'KZ-47', '2019')),
    );

    // Setting `selected` from code (as an app restoring its state would) fires nothing.
    await map.evaluate((el) => {
      (el as unknown as { selected: string }).selected = 'KZ-75';
    });
    await expect(map.locator('[part~="area"][data-id="KZ-75"]')).toBeAttached();
    await expect(selected).toHaveAttribute('data-selects', '2');
  });
}
