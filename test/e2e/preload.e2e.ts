// A page may preload a map's data and map file (the README's advice for a faster first map): the
// widget then uses the preloaded responses, each file downloads once, and the browser reports no
// unused or mismatched preload.
import { expect, requestCounts, test } from './fixtures.js';
import { mapDrawn } from './reader.js';

test('preloaded data and map files are used, each downloaded once', async ({ page, watch }) => {
  await page.goto('/test/e2e/pages/preload.html');
  await mapDrawn(page.locator('#map'));
  // Chromium reports a preload that is not used within a few seconds; give it the time.
  await page.waitForTimeout(3500);
  const counts = requestCounts(watch);
  expect(counts.get('/stories/data/poverty-regions.json')).toBe(1);
  expect(counts.get('/dist/maps/regions-2022.json')).toBe(1);
  expect(watch.warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  expect(watch.errors).toEqual([]);
});
