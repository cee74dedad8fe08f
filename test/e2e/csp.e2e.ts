// A host with a strict Content-Security-Policy (no inline script, no inline style, no eval):
// maps, sparklines, pasted data, the table, the menu and an iframe embed all work, and the
// browser reports no violation.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatted, indicator, LAYOUT_COUNT, valueOf } from './data.js';
import { expect, test } from './fixtures.js';
import { areas, expectWorkingMap, mapDrawn } from './reader.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

async function noViolations(page: Page): Promise<void> {
  await expect(page.locator('#violations li')).toHaveCount(0);
}

test('the page is really served with the strict policy', async ({ request }) => {
  const response = await request.get('/test/e2e/pages/csp/index.html');
  expect(response.headers()['content-security-policy']).toBe(STRICT);
  const html = await response.text();
  const scripts = html.match(/<script[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\ssrc="|type="application\/json"/);
  expect(html).not.toMatch(/\sstyle=|<style/);
});

test('maps, sparklines and pasted data work under the policy', async ({ page, request }) => {
  const u5mr = await indicator(request, 'u5mr-regions.json', 'u5mr');
  const poverty = await indicator(request, 'poverty-regions.json', 'poverty');
  await page.goto('/test/e2e/pages/csp/index.html');

  await expectWorkingMap(page, page.locator('#map'), {
    count: LAYOUT_COUNT['2018'],
    legend: '2019',
    hover: { id: 'KZ-43', value: formatted(u5mr, valueOf(u5mr, 'KZ-43', '2019')) },
  });
  await expect(page.locator('#selected')).not.toHaveText('none');

  // Data pasted inline (a CMS editor's way in), 2023 on the 2022 layout.
  const inlineMap = page.locator('#inline-map');
  await inlineMap.scrollIntoViewIfNeeded();
  await expectWorkingMap(page, inlineMap, {
    count: LAYOUT_COUNT['2022'],
    legend: '2023',
    hover: { id: 'KZ-61', value: formatted(poverty, valueOf(poverty, 'KZ-61', '2023')) },
  });

  // Sparklines: drawn, with their accessible sentence.
  for (const id of ['#inline-spark', '#card']) {
    const spark = page.locator(id);
    await spark.scrollIntoViewIfNeeded();
    await expect(spark.locator('[part~="line"]')).toBeAttached();
    await expect(spark.locator('[part~="chart"]')).toHaveAttribute('aria-label', /1990/);
  }

  // The table alternative and the period slider restyle and redraw the widget under the policy.
  const map = page.locator('#map');
  await map.scrollIntoViewIfNeeded();
  await map.getByRole('button', { name: 'Show table' }).click();
  await expect(map.locator('[part~="table"] tbody tr')).toHaveCount(LAYOUT_COUNT['2018']);
  // The table's own styles arrive with its code, as a constructed style sheet the policy allows.
  await expect(map.locator('[part~="table"] thead th').first()).toHaveCSS('position', 'sticky');
  await map.getByRole('button', { name: 'Show map' }).click();
  await map.locator('[part~="controls"] input[type="range"]').focus();
  await page.keyboard.press('Home');
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT.pre2018);

  await noViolations(page);
});

test('the pasted data is the shipped dataset, verbatim', async ({ request }) => {
  const html = await (await request.get('/test/e2e/pages/csp/index.html')).text();
  const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1];
  const shipped = readFileSync('stories/data/poverty-regions.json', 'utf8');
  expect(JSON.parse(inline)).toEqual(JSON.parse(shipped));
});

async function download(page: Page, item: string): Promise<string> {
  const map = page.locator('#map');
  await mapDrawn(map);
  await map.locator('[part~="export"] summary').click();
  const pending = page.waitForEvent('download', { timeout: 5000 });
  await map.getByRole('button', { name: item }).click();
  return (await pending).suggestedFilename();
}

test('SVG and CSV downloads work under the policy', async ({ page }) => {
  await page.goto('/test/e2e/pages/csp/index.html');
  expect(await download(page, 'Vector image (SVG)')).toMatch(/\.svg$/);
  expect(await download(page, 'Data (CSV)')).toMatch(/\.csv$/);
  await noViolations(page);
});

test('the PNG download works under the policy', async ({ page }) => {
  await page.goto('/test/e2e/pages/csp/index.html');
  expect(await download(page, 'Image (PNG)')).toMatch(/\.png$/);
  await noViolations(page);
});

test('an iframe embed works on a strict page, and the embed page itself needs no inline code', async ({
  page,
}) => {
  await page.goto('/test/e2e/pages/csp/iframe.html');
  const frame = page.frameLocator('#embed');
  const map = frame.locator('kz-choropleth');
  await mapDrawn(map);
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
  // Kazakh interface inside the embed, from the lang parameter.
  await expect(frame.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(map.getByRole('button', { name: 'Кестені көрсету' })).toBeVisible();
  // The parent snippet (an external script) sized the iframe to its content.
  const embed = page.locator('#embed');
  await expect
    .poll(async () => {
      const inner = await frame
        .locator('html')
        .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const outer = (await embed.boundingBox())!.height;
      return Math.abs(inner - outer);
    })
    .toBeLessThanOrEqual(1);
  await noViolations(page);
});
