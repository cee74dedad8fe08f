// Shared end-to-end fixtures: every test fails when the page logs a console error or throws an
// uncaught exception, and can assert the warnings it expects.
import { test as base, expect, type Request } from '@playwright/test';

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
      // The browser asks for /favicon.ico by itself; a test page without one is not the library's fault.
      const errors = watch.errors.filter(
        (text) => !text.endsWith('/favicon.ico)') && !allowed.some((pattern) => pattern.test(text)),
      );
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
