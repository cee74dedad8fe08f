// What a reader sees and does, as reusable checks: the areas drawn, the legend, a value in the
// tooltip after hovering, and the keyboard path into and through a map.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** The drawn areas of a map (CSS locators pierce open shadow roots). */
export function areas(map: Locator): Locator {
  return map.locator('svg.map [part~="area"]');
}

/** Waits until a map has drawn its areas. */
export async function mapDrawn(map: Locator): Promise<void> {
  await expect(areas(map).first()).toBeAttached();
}

/**
 * A point, relative to the map element's top-left corner, where the area with `id` is the
 * topmost element, found by sampling its box: the centre of a concave region, or a city symbol,
 * may cover something else. Use it as `position` of `map.hover()` or `map.click()` (which also
 * works inside iframes).
 */
export async function pointIn(map: Locator, id: string): Promise<{ x: number; y: number }> {
  const point = await map.evaluate((host, areaId) => {
    const root = host.shadowRoot!;
    const target =
      root.querySelector(`svg.map g.city[data-id="${areaId}"]`) ??
      root.querySelector(`svg.map [part~="area"][data-id="${areaId}"]`);
    if (!target) return null;
    const box = target.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    for (let step = 2; step <= 16; step *= 2) {
      for (let i = 1; i < step; i += 2) {
        for (let j = 1; j < step; j += 2) {
          const x = box.left + (box.width * i) / step;
          const y = box.top + (box.height * j) / step;
          const hit = root.elementFromPoint(x, y);
          if (hit && (hit === target || target.contains(hit))) {
            return { x: x - origin.left, y: y - origin.top };
          }
        }
      }
    }
    return null;
  }, id);
  if (!point) throw new Error(`no visible point inside area ${id}`);
  return point;
}

/** Hovers the area and returns the tooltip's text. */
export async function hoverArea(map: Locator, id: string): Promise<string> {
  const tooltip = map.locator('[part~="tooltip"]').first();
  await map.hover({ position: await pointIn(map, id) });
  await expect(tooltip).toBeVisible();
  return (await tooltip.innerText()).replace(/\s+/g, ' ');
}

/** Clicks (or taps) the area. */
export async function clickArea(map: Locator, id: string): Promise<void> {
  await map.click({ position: await pointIn(map, id) });
}

/** The data-id of the focused area of a map, or null when focus is elsewhere. */
export function focusedArea(map: Locator): Promise<string | null> {
  return map.evaluate((host) => {
    let focused: Element | null | undefined = document.activeElement;
    while (focused && focused !== host) focused = focused.shadowRoot?.activeElement;
    if (focused !== host) return null;
    const active = host.shadowRoot?.activeElement;
    return active?.closest('[data-id]')?.getAttribute('data-id') ?? null;
  });
}

/**
 * Presses Tab (at most 40 times) until focus reaches an area of the map; returns its id. On the
 * way, stops inside the map may only be its controls (buttons, the period slider): a stop on
 * anything else (the SVG itself, a group) is a tab stop that does nothing for the reader.
 */
export async function tabInto(page: Page, map: Locator): Promise<string> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await map.evaluate((host) => {
      // The map may sit in another element's shadow root (the explorer's).
      let focused: Element | null | undefined = document.activeElement;
      while (focused && focused !== host) focused = focused.shadowRoot?.activeElement;
      if (focused !== host) return null;
      const active = host.shadowRoot?.activeElement;
      return active?.getAttribute('data-id') ?? `<${active?.tagName.toLowerCase()}>`;
    });
    if (inside === null || /^<(button|input|select|summary|a|textarea)>$/.test(inside)) continue;
    if (inside.startsWith('<')) {
      throw new Error(
        `Tab stopped on ${inside} inside the map, which does nothing (expected an area)`,
      );
    }
    return inside;
  }
  throw new Error('Tab never reached the map');
}

export interface MapExpectation {
  /** Number of drawn areas (17 for the 2018 layout, 20 for 2022...). */
  count: number;
  /** An area to hover, and the formatted value its tooltip must show. */
  hover: { id: string; value: string };
  /** Text the legend must show (unit or period). */
  legend: string | RegExp;
}

/**
 * The reader's checks on one map: area count, legend, a tooltip value after hovering, and the
 * keyboard (one tab stop, arrows move between areas, Enter selects and fires kz-select).
 */
export async function expectWorkingMap(
  page: Page,
  map: Locator,
  expected: MapExpectation,
): Promise<void> {
  await mapDrawn(map);
  await expect(areas(map)).toHaveCount(expected.count);
  const legend = map.locator('[part~="legend"]');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText(expected.legend);
  expect(await hoverArea(map, expected.hover.id)).toContain(expected.hover.value);
  await page.mouse.move(0, 0);

  const first = await tabInto(page, map);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedArea(map)).not.toBe(first);
  const moved = await focusedArea(map);
  await expect(map.locator('[part~="tooltip"]')).toBeVisible();
  await map.evaluate((host) => {
    const events: string[] = [];
    (host as HTMLElement & { kzSelects?: string[] }).kzSelects = events;
    host.addEventListener('kz-select', (e) => events.push((e as CustomEvent).detail.area));
  });
  await page.keyboard.press('Enter');
  await expect
    .poll(() => map.evaluate((host) => (host as HTMLElement & { kzSelects?: string[] }).kzSelects))
    .toEqual([moved]);
  // One tab stop: the next Tab leaves the areas.
  await page.keyboard.press('Tab');
  expect(await focusedArea(map)).toBeNull();
}
