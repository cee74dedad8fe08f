// The first widgets a page draws: those on screen first, then those within a screen below it (the
// near margin), and nothing further down until the reader scrolls.
import { expect, test } from './fixtures.js';

test('sparklines on the first screen draw first, those near it next, the far ones not yet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/test/e2e/pages/first-screen.html');
  const tops = await page.evaluate(() =>
    [...document.querySelectorAll('kz-sparkline')].map((el) => el.getBoundingClientRect().top),
  );
  const onScreen = tops.filter((top) => top < 600).length;
  const near = tops.filter((top) => top < 2 * 600).length;
  expect(onScreen).toBeGreaterThan(10);
  expect(near).toBeGreaterThan(onScreen + 10);
  expect(tops.length).toBeGreaterThan(near + 10);

  type Drawn = { row: number; frame: number }[];
  const drawn = () => page.evaluate(() => (window as unknown as { kzDrawn: Drawn }).kzDrawn);
  await expect.poll(async () => (await drawn()).length).toBe(near);
  const rows = await drawn();
  const first = rows.filter(({ row }) => row < onScreen);
  const next = rows.filter(({ row }) => row >= onScreen);
  expect(first.map(({ row }) => row).sort((a, b) => a - b)).toEqual([...Array(onScreen).keys()]);
  expect(next.map(({ row }) => row).sort((a, b) => a - b)).toEqual(
    [...Array(near - onScreen).keys()].map((i) => onScreen + i),
  );
  // The first screen was drawn in an earlier frame than the rows below it.
  expect(Math.max(...first.map(({ frame }) => frame))).toBeLessThan(
    Math.min(...next.map(({ frame }) => frame)),
  );
  // The far rows stay undrawn until the reader scrolls.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(await drawn()).toHaveLength(near);
});
