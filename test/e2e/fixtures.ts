// Shared end-to-end fixtures: every test fails when the page logs a console error or throws an
// uncaught exception, and can assert the warnings it expects.
import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';

export { expect };

export interface PageWatch {
  /** console.error messages (including CSP violations reported by the browser). */
  errors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  exceptions: string[];
  /** console.warn messages, for tests that expect one. */
  warnings: string[];
  /** Every request the page made, in order. */
  requests: Request[];
  /** Messages to tolerate in `errors` (e.g. a failed request the test caused on purpose). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const watch: PageWatch = {
        errors: [],
        exceptions: [],
        warnings: [],
        requests: [],
        allow: (pattern) => allowed.push(pattern),
      };
      page.on('console', (message) => {
        const text = `${message.text()} (${message.location().url})`;
        if (message.type() === 'error') watch.errors.push(text);
        if (message.type() === 'warning') watch.warnings.push(message.text());
      });
      page.on('pageerror', (error) => watch.exceptions.push(`${error.name}: ${error.message}`));
      page.on('request', (request) => watch.requests.push(request));
      await use(watch);
      const errors = watch.errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(watch.exceptions, 'uncaught exceptions on the page').toEqual([]);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** Paths (without origin and query) of the requests seen so far, with how often each was made. */
export function requestCounts(watch: PageWatch): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of watch.requests) {
    const url = new URL(request.url());
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
  }
  return counts;
}

/** The drawn areas of a map (CSS locators pierce open shadow roots). */
export function areas(map: Locator): Locator {
  return map.locator('[part~="area"]');
}

/** Waits until every `kz-choropleth` matched by `map` reports that it finished drawing. */
export async function drawn(map: Locator): Promise<void> {
  await expect(areas(map).first()).toBeVisible();
}

/** The CSS pixel box of an element, or throws with the locator in the message. */
export async function box(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator}`);
  return found;
}

/** Moves the mouse to the centre of an element and returns that point. */
export async function hover(page: Page, locator: Locator): Promise<void> {
  const b = await box(locator);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
}
