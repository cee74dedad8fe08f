// Offline or failing network for the data or the map: a message a reader understands, a retry
// that works once the network is back, and the rest of the page unaffected.
import type { Locator, Page } from '@playwright/test';
import { LAYOUT_COUNT } from './data.js';
import { expect, test } from './fixtures.js';
import { areas, mapDrawn } from './reader.js';

/** The host's own button still works. */
async function pageStillWorks(page: Page): Promise<void> {
  const counter = page.locator('#counter');
  const before = Number((await counter.textContent())!.match(/\d+/)![0]);
  await counter.click();
  await expect(counter).toHaveText(`Clicked ${before + 1} times`);
}

async function problemShown(widget: Locator, text: RegExp): Promise<void> {
  const alert = widget.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(text);
  await expect(widget.getByRole('button', { name: 'Try again' })).toBeVisible();
}

test('data offline: a message and a retry that works when the network is back', async ({
  page,
  watch,
}) => {
  watch.allow(/ERR_INTERNET_DISCONNECTED.*u5mr-regions\.json|u5mr-regions\.json.*ERR_INTERNET/);
  await page.route('**/stories/data/u5mr-regions.json', (route) =>
    route.abort('internetdisconnected'),
  );
  await page.goto('/test/e2e/pages/network.html');
  const failing = page.locator('#u5mr-map');
  await problemShown(failing, /could not be loaded.*connection/i);
  await expect(page.locator('#errors li')).toContainText(['u5mr-map: ']);

  // The rest of the page: the other map and the card draw, the host's button works.
  await mapDrawn(page.locator('#poverty-map'));
  await expect(areas(page.locator('#poverty-map'))).toHaveCount(LAYOUT_COUNT['2022']);
  await page.locator('#card').scrollIntoViewIfNeeded();
  await expect(page.locator('#card [part~="line"]')).toBeAttached();
  await pageStillWorks(page);

  // Back online: Try again loads and draws the map.
  await page.unroute('**/stories/data/u5mr-regions.json');
  await failing.getByRole('button', { name: 'Try again' }).click();
  await mapDrawn(failing);
  await expect(areas(failing)).toHaveCount(LAYOUT_COUNT['2018']);
  await expect(failing.getByRole('alert')).toHaveCount(0);
});

test('map file answers 500: a message and a retry, other layouts unaffected', async ({
  page,
  watch,
}) => {
  watch.allow(/status of 500.*regions-2022\.json/);
  await page.route('**/maps/regions-2022.json', (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  );
  await page.goto('/test/e2e/pages/network.html');
  const failing = page.locator('#poverty-map');
  await problemShown(failing, /map of Kazakhstan could not be loaded/i);
  // The map of the other layout (2018) is drawn.
  await mapDrawn(page.locator('#u5mr-map'));
  await expect(areas(page.locator('#u5mr-map'))).toHaveCount(LAYOUT_COUNT['2018']);
  await pageStillWorks(page);

  await page.unroute('**/maps/regions-2022.json');
  await failing.getByRole('button', { name: 'Try again' }).click();
  await mapDrawn(failing);
  await expect(areas(failing)).toHaveCount(LAYOUT_COUNT['2022']);
});

test('sparkline data answers 503 then comes back', async ({ page, watch }) => {
  watch.allow(/status of 503.*child-mortality-national\.json/);
  await page.route('**/stories/data/child-mortality-national.json', (route) =>
    route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
  );
  await page.goto('/test/e2e/pages/network.html');
  const card = page.locator('#card');
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('[part~="problem"]')).toBeVisible();
  await expect(card.locator('[part~="problem"]')).toContainText(/could not be loaded/i);
  await mapDrawn(page.locator('#u5mr-map'));
  await pageStillWorks(page);

  await page.unroute('**/stories/data/child-mortality-national.json');
  await card.getByRole('button', { name: 'Try again' }).click();
  await expect(card.locator('[part~="line"]')).toBeAttached();
  await expect(card.locator('[part~="problem"]')).toHaveCount(0);
});

test('a broken data file (not JSON) is named as damaged, without an exception', async ({
  page,
}) => {
  await page.route('**/stories/data/u5mr-regions.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"indicators": [' }),
  );
  await page.goto('/test/e2e/pages/network.html');
  const failing = page.locator('#u5mr-map');
  await expect(failing.getByRole('alert')).toContainText(/damaged/i);
  await mapDrawn(page.locator('#poverty-map'));
  await pageStillWorks(page);
});
