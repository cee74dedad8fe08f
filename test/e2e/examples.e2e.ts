// The three example pages (and the iframe demo) as readers use them: what they show, the numbers
// in the article against the data, axe-core with zero violations, and screenshots at 320 and
// 1280 px for review by eye.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { areaInfo } from '../../src/data/areas.js';
import { dataset, formatted, indicator, LAYOUT_COUNT, ranked, valueOf } from './data.js';
import { expect, test } from './fixtures.js';
import { areas, expectWorkingMap, hoverArea, mapDrawn, clickArea } from './reader.js';

const EXAMPLES = '/stories/examples';

/** Scrolls to the end and back so that every widget has come near the viewport once. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 300) await page.mouse.wheel(0, 300);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Every sparkline on the page has drawn its line or card (none is left empty or in error). */
async function sparklinesDrawn(page: Page): Promise<void> {
  const count = await page.locator('kz-sparkline').count();
  for (let i = 0; i < count; i += 1) {
    const spark = page.locator('kz-sparkline').nth(i);
    await spark.scrollIntoViewIfNeeded();
    await expect(spark.locator('[part~="line"]').first()).toBeAttached();
    await expect(spark.locator('[part~="problem"]')).toHaveCount(0);
  }
}

async function noAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await scrollThrough(page);
    await sparklinesDrawn(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    // No sideways scrolling at any width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    const path = test.info().outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await test.info().attach(`${name}-${width}`, { path, contentType: 'image/png' });
  }
}

test.describe('country page section', () => {
  test('one <kz-explorer>: picker, map with period control, trend card; the area kept across indicators', async ({
    page,
    request,
    watch,
  }) => {
    const u5mr = await indicator(request, 'child-wellbeing.json', 'u5mr');
    await page.goto(`${EXAMPLES}/country.html`);
    const explorer = page.locator('kz-explorer');
    const map = explorer.locator('kz-choropleth');

    // Latest period of under-five mortality: 2019, 17 regions (2018 layout).
    await expectWorkingMap(page, map, {
      count: LAYOUT_COUNT['2018'],
      legend: '2019',
      hover: { id: 'KZ-35', value: formatted(u5mr, valueOf(u5mr, 'KZ-35', '2019')) },
    });
    // The document is fetched once for the map, the ranking and the cards.
    const fetched = watch.requests.filter((r) => r.url().endsWith('child-wellbeing.json'));
    expect(fetched).toHaveLength(1);

    // The reader selects Kyzylorda: the card follows, the URL keeps the view.
    await clickArea(map, 'KZ-43');
    await expect(explorer.locator('[part~="cards"] [role="heading"]')).toHaveText(
      'Trend: Kyzylorda Region',
    );
    await expect(explorer.locator('kz-sparkline').first()).toHaveAttribute('area', 'KZ-43');
    await expect(page).toHaveURL(/#indicator=u5mr&period=2019&area=KZ-43$/);

    // Another indicator keeps the region; poverty has 2019 too.
    const poverty = await indicator(request, 'child-wellbeing.json', 'poverty');
    await explorer.getByLabel('Indicator').selectOption('poverty');
    await expect(explorer).toHaveAttribute('indicator', 'poverty');
    await expect(explorer).toHaveAttribute('area', 'KZ-43');
    await expect(map.locator('[part~="legend"]')).toContainText('2019');
    await expect(map.locator('[data-id="KZ-43"][aria-pressed="true"]')).toHaveCount(1);
    await expect(map.locator('[part~="area"][data-id="KZ-43"]')).toHaveAttribute(
      'aria-label',
      new RegExp(formatted(poverty, valueOf(poverty, 'KZ-43', '2019')).replace('.', '\\.')),
    );

    // Language: one switch changes the page and the explorer.
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.locator('h1')).toHaveText('Как живут дети в регионах Казахстана');
    await expect(explorer.locator('label')).toHaveText('Показатель');
    await expect(map.locator('[part~="legend"]')).toContainText('2019');
    await expect(explorer.locator('[part~="cards"] [role="heading"]')).toHaveText(
      'Динамика: Кызылординская область',
    );
  });

  test('a shared link restores the exact view after reload; an unknown indicator is said', async ({
    page,
  }) => {
    await page.goto(`${EXAMPLES}/country.html`);
    const explorer = page.locator('kz-explorer');
    const map = explorer.locator('kz-choropleth');
    await mapDrawn(map);
    await explorer.getByLabel('Indicator').selectOption('skilled-birth');
    await map.locator('[part~="controls"] input[type="range"]').focus();
    await page.keyboard.press('Home');
    await clickArea(map, 'KZ-63');
    await expect(page).toHaveURL(/#indicator=skilled-birth&period=2010&area=KZ-63$/);

    await page.reload();
    await mapDrawn(map);
    await expect(explorer).toHaveAttribute('indicator', 'skilled-birth');
    await expect(explorer).toHaveAttribute('period', '2010');
    await expect(explorer).toHaveAttribute('area', 'KZ-63');
    await expect(areas(map)).toHaveCount(LAYOUT_COUNT.pre2018);
    await expect(map.locator('[data-id="KZ-63"][aria-pressed="true"]')).toHaveCount(1);

    // A link with a mistake, opened afresh.
    await page.goto('about:blank');
    await page.goto(`${EXAMPLES}/country.html#indicator=u5mr-typo&area=KZ-11`);
    await mapDrawn(map);
    await expect(explorer.locator('[part~="notices"]')).toHaveText(
      'The link names an indicator that is not in this data (“u5mr-typo”), so the default view is shown.',
    );
    await expect(explorer).toHaveAttribute('indicator', 'u5mr');
    await expect(explorer).toHaveAttribute('area', 'KZ-11');
  });

  test('axe-core finds no violations; screenshots at 320 and 1280 px', async ({ page }) => {
    // Three languages, two widths each.
    test.setTimeout(120_000);
    await page.goto(`${EXAMPLES}/country.html`);
    await mapDrawn(page.locator('kz-explorer kz-choropleth'));
    await scrollThrough(page);
    await sparklinesDrawn(page);
    await noAxeViolations(page);
    await screenshots(page, 'country');
    for (const lang of ['Қазақша', 'Русский']) {
      await page.getByRole('button', { name: lang }).click();
      await noAxeViolations(page);
      await screenshots(page, `country-${lang === 'Русский' ? 'ru' : 'kk'}`);
    }
  });
});

test.describe('news article', () => {
  test('every number in the text is the value in the data, formatted as the widgets do', async ({
    page,
    request,
  }) => {
    await page.goto(`${EXAMPLES}/article.html`);
    const numbers = await page.locator('data[data-indicator]').evaluateAll((nodes) =>
      nodes.map((n) => ({
        text: n.textContent!.trim(),
        value: Number(n.getAttribute('value')),
        file: n.getAttribute('data-src')!,
        indicator: n.getAttribute('data-indicator')!,
        area: n.getAttribute('data-area')!,
        period: n.getAttribute('data-period') ?? undefined,
        decimals: n.getAttribute('data-decimals'),
      })),
    );
    expect(numbers.length).toBeGreaterThanOrEqual(15);
    for (const n of numbers) {
      const ind = await indicator(request, n.file, n.indicator);
      const where = `${n.file} ${n.indicator} ${n.area} ${n.period ?? ''}`;
      expect(valueOf(ind, n.area, n.period), where).toBe(n.value);
      const decimals = n.decimals === null ? ind.decimals : Number(n.decimals);
      expect(n.text, where).toBe(formatted({ ...ind, decimals }, n.value));
    }
    // Names in the text are the registry's names of the areas they stand for.
    const names = await page
      .locator('[data-name]')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-name')!, n.textContent!.trim()]),
      );
    for (const [code, text] of names) expect(text).toBe(areaInfo(code)!.names.en);
  });

  test('the comparisons in words hold for the data', async ({ request }) => {
    const igme = await indicator(request, 'child-mortality-national.json', 'u5mr-igme');
    const nmr = await indicator(request, 'child-mortality-national.json', 'nmr-igme');
    const regions = await indicator(request, 'u5mr-regions.json', 'u5mr');
    const poverty = await indicator(request, 'poverty-regions.json', 'poverty');
    // "fallen by more than four fifths since 1990"
    expect(valueOf(igme, 'kazakhstan', '2024')).toBeLessThan(
      valueOf(igme, 'kazakhstan', '1990') / 5,
    );
    // "far below the world average ... well under the target ... still above Europe and Central Asia"
    expect(valueOf(igme, 'kazakhstan', '2024')).toBeLessThan(valueOf(igme, 'world', '2024'));
    expect(valueOf(igme, 'kazakhstan', '2024')).toBeLessThan(valueOf(igme, 'sdg-target'));
    expect(valueOf(igme, 'kazakhstan', '2024')).toBeGreaterThan(
      valueOf(igme, 'europe-central-asia', '2024'),
    );
    // "slightly below the Europe and Central Asia estimate" (neonatal)
    expect(valueOf(nmr, 'kazakhstan', '2024')).toBeLessThan(
      valueOf(nmr, 'europe-central-asia', '2024'),
    );
    // "ranged from ... in Astana to ... in Kyzylorda Region" (2019 extremes)
    const r2019 = ranked(regions, '2019');
    expect([r2019[0].id, r2019[r2019.length - 1].id]).toEqual(['KZ-71', 'KZ-43']);
    // "Kyzylorda Region, which had the highest rate in 2010 ... more than halved it"
    const r2010 = ranked(regions, '2010');
    expect(r2010[r2010.length - 1].id).toBe('KZ-43');
    expect(valueOf(regions, 'KZ-43', '2019')).toBeLessThan(valueOf(regions, 'KZ-43', '2010') / 2);
    // "Every region whose borders did not change improved"; largest relative fall East Kazakhstan;
    // slowest Kostanay and North Kazakhstan, by less than a third.
    const both = Object.keys(regions.values).filter(
      (id) =>
        regions.values[id]['2010']?.value != null && regions.values[id]['2019']?.value != null,
    );
    expect(both.length).toBe(15);
    const fall = (id: string) => 1 - valueOf(regions, id, '2019') / valueOf(regions, id, '2010');
    for (const id of both) expect(fall(id), id).toBeGreaterThan(0);
    const byFall = [...both].sort((a, b) => fall(b) - fall(a));
    expect(byFall[0]).toBe('KZ-63');
    expect(byFall.slice(-2).sort()).toEqual(['KZ-39', 'KZ-59']);
    for (const id of ['KZ-39', 'KZ-59']) expect(fall(id)).toBeLessThan(1 / 3);
    // Poverty 2023: "from ... in Astana to ... in Turkistan Region"
    const p2023 = ranked(poverty, '2023');
    expect([p2023[0].id, p2023[p2023.length - 1].id]).toEqual(['KZ-71', 'KZ-61']);
  });

  test('the sparklines sit in the sentences and the map works', async ({ page, request }) => {
    const regions = await indicator(request, 'u5mr-regions.json', 'u5mr');
    await page.goto(`${EXAMPLES}/article.html`);
    await sparklinesDrawn(page);
    // Inline: as tall as the text around it, on the same line.
    const spark = page.locator('article p kz-sparkline').first();
    const line = await spark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(el.parentElement!).fontSize);
      return { height: box.height, size };
    });
    expect(line.height).toBeGreaterThan(line.size * 0.6);
    expect(line.height).toBeLessThan(line.size * 1.4);
    const map = page.locator('#regions-map');
    await map.scrollIntoViewIfNeeded();
    await mapDrawn(map);
    await expect(areas(map)).toHaveCount(17);
    const tip = await hoverArea(map, 'KZ-43');
    expect(tip).toContain(formatted(regions, valueOf(regions, 'KZ-43', '2019')));
  });

  test('the text does not move when the widgets are defined (kz-indicators.css keeps their space)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    // The size of each inline sparkline and of each paragraph that holds one.
    const boxes = () =>
      page.locator('article p:has(kz-sparkline), article p kz-sparkline').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return `${el.localName} ${Math.round(box.width)}x${Math.round(box.height)}`;
        }),
      );
    // First the page as it stands before the script has run: the script served empty.
    await page.route('**/kz-indicators.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto(`${EXAMPLES}/article.html`);
    const undefinedYet = await boxes();
    expect(undefinedYet.filter((box) => box.startsWith('kz-sparkline')).length).toBeGreaterThan(5);
    await page.unrouteAll();
    await page.goto(`${EXAMPLES}/article.html`);
    await sparklinesDrawn(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await boxes()).toEqual(undefinedYet);
  });

  test('axe-core finds no violations; screenshots at 320 and 1280 px', async ({ page }) => {
    await page.goto(`${EXAMPLES}/article.html`);
    await scrollThrough(page);
    await sparklinesDrawn(page);
    await noAxeViolations(page);
    await screenshots(page, 'article');
  });
});

test.describe('partner sidebar widget (320 px, Russian)', () => {
  test('the map and the card that follows it fit the 320 px column', async ({ page, request }) => {
    const poverty = await indicator(request, 'poverty-regions.json', 'poverty');
    await page.goto(`${EXAMPLES}/sidebar.html`);
    const map = page.locator('#kz-poverty-map');
    await expectWorkingMap(page, map, {
      count: LAYOUT_COUNT['2022'],
      legend: 'процент',
      hover: { id: 'KZ-61', value: formatted(poverty, valueOf(poverty, 'KZ-61', '2023'), 'ru') },
    });
    const widget = page.locator('.kz-widget');
    expect((await widget.boundingBox())!.width).toBe(320);
    // Legend counts add up to the 20 regions.
    const counts = await map
      .locator('[part~="legend"] text.count')
      .evaluateAll((nodes) => nodes.map((n) => Number(n.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    // Selecting a region makes the card show it, in Russian.
    const card = page.locator('.kz-widget kz-sparkline');
    await clickArea(map, 'KZ-61');
    await expect(card.locator('[part~="subtitle"]')).toHaveText(areaInfo('KZ-61')!.names.ru);
  });

  test('axe-core finds no violations; screenshots at 320 and 1280 px', async ({ page }) => {
    await page.goto(`${EXAMPLES}/sidebar.html`);
    await mapDrawn(page.locator('#kz-poverty-map'));
    await scrollThrough(page);
    await sparklinesDrawn(page);
    await noAxeViolations(page);
    await screenshots(page, 'sidebar');
  });
});

test.describe('the explorer in an iframe (embed.html?type=explorer)', () => {
  test('the explorer draws in Kazakh from the address, with the height of its content', async ({
    page,
  }) => {
    await page.goto(`${EXAMPLES}/explorer-embed.html`);
    const frame = page.frameLocator('#embed-explorer');
    const explorer = frame.locator('kz-explorer');
    const map = explorer.locator('kz-choropleth');
    await mapDrawn(map);
    await expect(explorer).toHaveAttribute('indicator', 'poverty');
    await expect(explorer).toHaveAttribute('area', 'KZ-43');
    await expect(explorer.locator('label')).toHaveText('Көрсеткіш');
    await expect(explorer.locator('[part~="cards"] [role="heading"]')).toHaveText(
      `Динамика: ${areaInfo('KZ-43')!.names.kk}`,
    );
    // The iframe takes the height of the content (embed-parent.js).
    await expect
      .poll(async () => {
        const box = await page.locator('#embed-explorer').boundingBox();
        const inner = await frame
          .locator('html')
          .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
        return Math.abs(box!.height - inner);
      })
      .toBeLessThanOrEqual(1);
  });

  test('axe-core finds no violations; screenshots at 320 and 1280 px', async ({ page }) => {
    await page.goto(`${EXAMPLES}/explorer-embed.html`);
    await mapDrawn(page.frameLocator('#embed-explorer').locator('kz-explorer kz-choropleth'));
    await noAxeViolations(page);
    await screenshots(page, 'explorer-embed');
  });
});

test('the examples index links every example page', async ({ page }) => {
  await page.goto(`${EXAMPLES}/index.html`);
  const links = await page
    .locator('main a')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
  expect(links).toEqual([
    'country.html',
    'article.html',
    'sidebar.html',
    'embed-demo.html',
    'explorer-embed.html',
    '../../dist/cdn/builder.html',
  ]);
  for (const href of links) {
    const response = await page.request.get(`${EXAMPLES}/${href}`);
    expect(response.ok(), href!).toBe(true);
  }
  await noAxeViolations(page);
});

test('datasets used by the examples parse without warnings', async ({ request }) => {
  for (const file of [
    'child-wellbeing.json',
    'child-wellbeing-regions.json',
    'child-mortality-national.json',
    'preprimary-national.json',
    'u5mr-regions.json',
    'poverty-regions.json',
  ]) {
    expect((await dataset(request, file)).warnings, file).toEqual([]);
  }
});
