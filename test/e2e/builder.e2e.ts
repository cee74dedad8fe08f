// The widget builder as a new editor uses it (dist/cdn/builder.html, served under a strict
// Content-Security-Policy): load a published table, check, describe, preview, then paste the
// embed code into a blank page under the same policy and see the same widget.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { areas, mapDrawn } from './reader.js';

const BUILDER = '/dist/cdn/builder.html?kz-csp=strict';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/sources/${name}`, import.meta.url));

async function noAxeViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  expect(found, `axe-core on the step "${step}"`).toEqual([]);
}

/** Area id -> fill of a drawn map. */
async function fills(map: Locator): Promise<Record<string, string>> {
  await mapDrawn(map);
  return map.evaluate((host) => {
    const out: Record<string, string> = {};
    for (const path of host.shadowRoot!.querySelectorAll('svg.map [part~="area"][data-id]')) {
      out[path.getAttribute('data-id')!] = getComputedStyle(path).fill;
    }
    return out;
  });
}

/** Serves `body` as a blank page under the strict policy, on the builder's own origin. */
async function pastedPage(page: Page, body: string): Promise<void> {
  const url = new URL('/test/e2e/pages/csp/pasted-embed.html', page.url()).href;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(url);
}

/** Loads the bureau's population table; its own footnote settles "Туркестанская 1". */
async function loadPopulation(page: Page): Promise<void> {
  await page.setInputFiles('#builder-file', fixture('bns_population_by_region_2000-2023.xlsx'));
  // The table's footnote says the row is South Kazakhstan until 2016: nothing is left to fix.
  await expect(page.locator('#builder-areas')).toContainText('Туркестанская 1');
  await expect(page.locator('#builder-problems')).toHaveCount(0);
}

async function describeIndicator(page: Page, name: string, source: string): Promise<void> {
  await page.fill('#builder-name-en', name);
  await page.locator('#builder-name-en').press('Tab');
  await page.fill('#builder-source-name', source);
  await page.locator('#builder-source-name').press('Tab');
  await expect(page.locator('#builder-not-ready')).toHaveCount(0);
}

test.describe('the builder', () => {
  // axe-core runs on every step: a few seconds each on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('population .xlsx -> a map of 20 regions in 2023, and the same map pasted', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(BUILDER);
    await expect(page.locator('h1')).toHaveText('Widget builder');
    await noAxeViolations(page, 'load');

    await loadPopulation(page);
    await expect(page.locator('#builder-layout')).toContainText('Wide table');
    await expect(page.locator('#builder-layout')).toContainText('“Все население”');
    await expect(page.locator('#builder-areas')).toContainText('Туркестанская 1');
    await page.selectOption('#builder-period-pick', '2023');
    await noAxeViolations(page, 'check');

    await describeIndicator(page, 'Population', 'Bureau of National Statistics');
    const preview = page.locator('#builder-preview kz-choropleth');
    await mapDrawn(preview);
    await expect(areas(preview)).toHaveCount(20);
    const shown = await fills(preview);
    expect(Object.keys(shown)).toHaveLength(20);
    await noAxeViolations(page, 'visualise');

    const code = await page.locator('#builder-embed').inputValue();
    expect(code).toContain('<kz-choropleth indicator="bns-population-by-region-2000-2023"');
    expect(code.match(/<\/script>/g)).toHaveLength(2);
    const command = await page.locator('#builder-cli').inputValue();
    // The command line reads the same footnote as the page: no --map is needed to repeat it.
    expect(command).toContain('convert bns_population_by_region_2000-2023.xlsx --periods 2023 ');
    expect(command).not.toContain('--map');
    expect(command).toContain("--source-name 'Bureau of National Statistics'");
    await noAxeViolations(page, 'publish');

    await pastedPage(page, code);
    const pasted = page.locator('kz-choropleth');
    await mapDrawn(pasted);
    await expect(areas(pasted)).toHaveCount(20);
    expect(await fills(pasted)).toEqual(shown);
  });

  test('the choices survive a reload; "start again" clears them', async ({ page }) => {
    await page.goto(BUILDER);
    await loadPopulation(page);
    await page.selectOption('#builder-period-pick', '2023');
    await describeIndicator(page, 'Population', 'Bureau of National Statistics');
    await page.reload();
    await expect(page.locator('#builder-status')).toContainText('Restored');
    await expect(page.locator('#builder-name-en')).toHaveValue('Population');
    await expect(page.locator('#builder-period-pick')).toHaveValue('2023');
    await mapDrawn(page.locator('#builder-preview kz-choropleth'));
    await page.click('#builder-reset');
    await expect(page.locator('#step-check')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('#step-check')).toHaveCount(0);
  });

  test('skilled births (SDG platform CSV, long, breakdowns) -> a sparkline card', async ({
    page,
  }) => {
    await page.goto(BUILDER);
    await page.setInputFiles(
      '#builder-file',
      fixture('kazstat_sdg_3-1-2_skilled_birth_attendance_by_region_2010-2023.csv'),
    );
    await expect(page.locator('#builder-layout')).toContainText('Long table');
    await expect(page.locator('#builder-slices')).toContainText('URBANISATION');
    await describeIndicator(
      page,
      'Births attended by skilled health personnel',
      'Kazakhstan SDG platform',
    );
    await page.selectOption('#builder-visual-element', 'sparkline');
    const card = page.locator('#builder-preview kz-sparkline');
    await expect(card.locator('svg path').first()).toBeAttached();
    await noAxeViolations(page, 'sparkline');
    const code = await page.locator('#builder-embed').inputValue();
    expect(code).toContain('<kz-sparkline indicator=');
    expect(code).toContain('variant="card"');
    await pastedPage(page, code);
    await expect(page.locator('kz-sparkline svg path').first()).toBeAttached();
  });

  test('UNICEF SDMX-CSV -> a sparkline card of the country with its comparators', async ({
    page,
  }) => {
    await page.goto(BUILDER);
    await page.setInputFiles(
      '#builder-file',
      fixture('unicef_sdmx-csv_CME_MRY0T4_2020_KAZ_and_comparators.csv'),
    );
    await expect(page.locator('#builder-layout')).toContainText('SDMX');
    await expect(page.locator('#builder-areas')).toContainText('KGZ');
    await noAxeViolations(page, 'sdmx check');
    await page.click('#builder-all-comparators');
    await expect(page.locator('#builder-problems')).toHaveCount(0);
    await describeIndicator(page, 'Under-five mortality rate', 'UN IGME, UNICEF Data Warehouse');
    await page.selectOption('#builder-visual-element', 'sparkline');
    const card = page.locator('#builder-preview kz-sparkline');
    await expect(card).toContainText('Kazakhstan');
    const code = await page.locator('#builder-embed').inputValue();
    expect(code).toContain('"kind":"comparator"');
    await pastedPage(page, code);
    await expect(page.locator('kz-sparkline')).toContainText('Kazakhstan');
  });

  test('UNICEF SDMX-CSV -> an explorer of the country against its comparators', async ({
    page,
  }) => {
    await page.goto(BUILDER);
    await page.setInputFiles(
      '#builder-file',
      fixture('unicef_sdmx-csv_CME_MRY0T4_2020_KAZ_and_comparators.csv'),
    );
    await page.click('#builder-all-comparators');
    await expect(page.locator('#builder-problems')).toHaveCount(0);
    await describeIndicator(page, 'Under-five mortality rate', 'UN IGME, UNICEF Data Warehouse');
    await page.selectOption('#builder-visual-element', 'explorer');
    const explorer = page.locator('#builder-preview kz-explorer');
    await expect(explorer).toContainText('Under-five mortality rate');
    await expect(explorer).toContainText('Kazakhstan');
    await noAxeViolations(page, 'explorer');
    const code = await page.locator('#builder-embed').inputValue();
    expect(code).toContain('kz-explorer.js');
    expect(code).toContain('<kz-explorer');
    await pastedPage(page, code);
    await expect(page.locator('kz-explorer')).toContainText('Kazakhstan');
  });

  test('a PDF renamed .xlsx: a message that says what to do, and the page still works', async ({
    page,
  }) => {
    await page.goto(BUILDER);
    await page.setInputFiles('#builder-file', {
      name: 'table.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('%PDF-1.7\n'),
    });
    await expect(page.locator('#builder-load-problem')).toContainText('not an Excel workbook');
    await page.selectOption('#builder-lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Конструктор виджетов');
    await page.setInputFiles('#builder-file', fixture('bns_population_by_region_2000-2023.xlsx'));
    await expect(page.locator('#builder-load-problem')).toHaveCount(0);
    await expect(page.locator('#builder-areas')).toContainText('Туркестанская 1');
  });

  test('usable by keyboard alone: paste a table, describe it, reach the map', async ({ page }) => {
    await page.goto(BUILDER);
    const text = readFileSync(
      fixture('kazstat_sdg_3-1-2_skilled_birth_attendance_by_region_2010-2023.csv'),
      'utf8',
    );
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80; i++) {
        if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`#${id} not reached by Tab`);
    };
    await tabTo('builder-paste');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#builder-layout')).toContainText('Long table');
    await tabTo('builder-name-en');
    await page.keyboard.type('Births attended by skilled health personnel');
    await tabTo('builder-source-name');
    await page.keyboard.type('Kazakhstan SDG platform');
    await page.keyboard.press('Tab');
    const map = page.locator('#builder-preview kz-choropleth');
    await mapDrawn(map);
    await tabTo('builder-embed-copy');
    await expect(page.locator('#builder-embed')).toHaveValue(/<kz-choropleth indicator="pasted"/);
  });

  test('screenshots at 320 and 1280 px', async ({ page }) => {
    await page.goto(BUILDER);
    await loadPopulation(page);
    await page.selectOption('#builder-period-pick', '2023');
    await describeIndicator(page, 'Population', 'Bureau of National Statistics');
    await mapDrawn(page.locator('#builder-preview kz-choropleth'));
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/builder-${width}.png`, fullPage: true });
    }
  });
});
