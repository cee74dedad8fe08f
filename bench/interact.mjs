// The interaction workload: on the 20-region map, a tap on each area until its tooltip is painted,
// and arrow-key presses until the next area is focused and painted. The runner sends real input
// (CDP touch and key events); the page times each one from the input event's timestamp to the end
// of the frame that shows the result (harness.js, `interactions`). Only kz-indicators is measured:
// of the peers, only ECharts shows a tooltip on tap, and none moves focus between areas by key.

/** Taps, then key presses, on an already loaded interaction page. */
export async function interact(page, { keys = 40 } = {}) {
  const { blank, points: all } = await page.evaluate(() => window.__areaPoints());
  const points = all.filter((p) => p.x != null);
  const taps = [];
  for (const point of points) {
    // A tap on the map outside the areas closes the previous tooltip, which may cover this area.
    await page.touchscreen.tap(blank.x, blank.y);
    await page.waitForTimeout(30);
    await page.evaluate((id) => window.__arm('tap', id), point.id);
    await page.touchscreen.tap(point.x, point.y);
    taps.push(await page.evaluate(() => window.__armed));
    await page.waitForTimeout(30);
  }
  // Leaves the tooltip, then walks the areas with the arrows: east until nothing is further east,
  // then west, and so on.
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__focusFirst());
  await page.keyboard.press('Home');
  const presses = [];
  let key = 'ArrowRight';
  let stuck = 0;
  while (presses.length < keys && stuck < 4) {
    await page.evaluate(() => window.__arm('key'));
    await page.keyboard.press(key);
    const took = await page.evaluate(() => window.__armed);
    if (took == null) {
      key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      stuck++;
    } else {
      presses.push(took);
      stuck = 0;
    }
    await page.waitForTimeout(30);
  }
  return { taps, keys: presses, tappable: points.length };
}
