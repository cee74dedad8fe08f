// What the built map puts in the page and redoes per interaction: the 20-region map with legend,
// city symbols, toolbar and source line stays within 300 nodes (lit's markers included), and a
// tap on an area, which focuses it and clicks it in one task, redraws the map once.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const PAGE = '/test/e2e/pages/map-drawing.html';

async function drawnMap(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.waitForFunction(() => {
    const root = document.querySelector('kz-choropleth')?.shadowRoot;
    return !!root?.querySelector('[part~="area"]') && !!root.querySelector('.legend-svg');
  });
}

/** Counts the map's updates from now on (window.kzUpdates). */
async function countUpdates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { kzUpdates: number };
    w.kzUpdates = 0;
    const proto = customElements.get('kz-choropleth')!.prototype as { updated(): void };
    const updated = proto.updated;
    proto.updated = function (this: unknown, ...args: []) {
      w.kzUpdates += 1;
      return updated.apply(this, args);
    };
  });
}

/** Updates since the last reset, once two frames and a pause have passed without input. */
async function updatesSettled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    await frame();
    await frame();
    await new Promise((done) => setTimeout(done, 100));
    const w = window as unknown as { kzUpdates: number };
    const updates = w.kzUpdates;
    w.kzUpdates = 0;
    return updates;
  });
}

/** The centre of the first visible point inside area `id` (its path's bounding box, probed). */
async function pointIn(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const root = document.querySelector('kz-choropleth')!.shadowRoot!;
    const path = root.querySelector<SVGPathElement>(`path[data-id="${id}"]`)!;
    const box = path.getBoundingClientRect();
    for (let i = 1; i < 10; i++) {
      for (let j = 1; j < 10; j++) {
        const x = box.left + (box.width * i) / 10;
        const y = box.top + (box.height * j) / 10;
        if (root.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    throw new Error(`no visible point of ${id}`);
  }, id);
}

test('the 20-region map with legend, city symbols and source line is at most 300 nodes', async ({
  page,
}) => {
  await drawnMap(page);
  const counts = await page.evaluate(() => {
    const root = document.querySelector('kz-choropleth')!.shadowRoot!;
    let nodes = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes++;
    return {
      nodes,
      areas: root.querySelectorAll('path[part~="area"]').length,
      cities: root.querySelectorAll('[part~="city"]').length,
      swatches: root.querySelectorAll('.legend-svg .swatch').length,
      links: root.querySelectorAll('.footer a').length,
      footer: root.querySelector('.footer')!.textContent!.replace(/\s+/g, ' ').trim(),
    };
  });
  expect(counts).toMatchObject({ areas: 20, cities: 3, swatches: 5, links: 7 });
  expect(counts.footer).toMatch(/^Source: .+\. Map: geokz by Alexander Rodionov/);
  expect(counts.nodes).toBeLessThanOrEqual(300);
});

test('clicking and double-clicking the map select no text of the page', async ({ page }) => {
  await drawnMap(page);
  // A double click on a city's symbol had selected the city's name, and every click on an area
  // put the page's caret there (work a tap did for nothing).
  const city = await page.evaluate(() => {
    const dot = document
      .querySelector('kz-choropleth')!
      .shadowRoot!.querySelector('.city .city-dot')!
      .getBoundingClientRect();
    return { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
  });
  const selection = () =>
    page.evaluate(() => {
      const s = document.getSelection()!;
      return { type: s.type, text: String(s) };
    });
  const area = await pointIn(page, 'KZ-35');
  await page.mouse.click(area.x, area.y);
  expect(await selection()).toEqual({ type: 'None', text: '' });
  await page.mouse.dblclick(city.x, city.y);
  expect(await selection()).toEqual({ type: 'None', text: '' });
  // The clicks reached the map: the city is selected.
  const selected = await page.evaluate(() => {
    const map = document.querySelector('kz-choropleth')!;
    return [map.selected, map.shadowRoot!.querySelector('.city')!.getAttribute('data-id')];
  });
  expect(selected[0]).toBe(selected[1]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 900, height: 900 } });

  test('a tap on an area redraws the map once, with its focus, selection and tooltip', async ({
    page,
  }) => {
    await drawnMap(page);
    const map = page.locator('kz-choropleth');
    // The first tap fetches the tooltip's code, which draws again on arrival; then a tap outside
    // the areas closes the tooltip.
    const first = await pointIn(page, 'KZ-10');
    await page.touchscreen.tap(first.x, first.y);
    await expect(map.locator('.tooltip')).toBeVisible();
    const box = (await map.locator('svg.map').boundingBox())!;
    await page.touchscreen.tap(box.x + 4, box.y + 4);
    await expect(map.locator('.tooltip')).toHaveCount(0);
    await countUpdates(page);

    const target = await pointIn(page, 'KZ-35');
    await page.touchscreen.tap(target.x, target.y);
    expect(await updatesSettled(page)).toBe(1);
    await expect(map.locator('.tooltip .tooltip-name')).toHaveText('Karaganda Region');
    await expect(map.locator('path[data-id="KZ-35"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(map.locator('path[data-id="KZ-35"]')).toHaveAttribute('tabindex', '0');
    await expect(map.locator('.hl-focus')).toHaveCount(1);

    // An arrow key focuses the next area, drawn in one redraw too.
    await page.keyboard.press('ArrowRight');
    expect(await updatesSettled(page)).toBe(1);
    const focused = await page.evaluate(() =>
      document.querySelector('kz-choropleth')!.shadowRoot!.activeElement?.getAttribute('data-id'),
    );
    expect(focused).not.toBe('KZ-35');
    await expect(map.locator(`[data-id="${focused}"][role="button"]`)).toHaveAttribute(
      'tabindex',
      '0',
    );
  });
});
