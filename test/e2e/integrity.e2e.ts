// Supply chain: dist/cdn/integrity.json holds the sha384 hash of every CDN file, matching the
// files; and an import map with those hashes makes the browser check the parts that the bundle
// imports on first use (a changed part is refused, the widget says so and keeps drawing).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { mapDrawn } from './reader.js';
// @ts-expect-error plain ESM build helper without types
import { filesOf } from '../../scripts/integrity.mjs';

interface Integrity {
  version: string;
  algorithm: string;
  base: string;
  files: Record<string, string>;
}

const read = (path: string) => readFileSync(`dist/cdn/${path}`);
const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const integrity = () => JSON.parse(read('integrity.json').toString()) as Integrity;

test('integrity.json lists every CDN file and part with its sha384 hash', () => {
  const manifest = integrity();
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  expect(manifest.version).toBe(version);
  expect(manifest.base).toBe(`https://cdn.jsdelivr.net/npm/kz-indicators@${version}/dist/cdn/`);
  const files = filesOf('dist/cdn') as string[];
  expect(Object.keys(manifest.files)).toEqual(files);
  for (const name of [
    'kz-indicators.js',
    'kz-choropleth.js',
    'api.js',
    'embed.html',
    'embed-parent.js',
  ]) {
    expect(files).toContain(name);
  }
  expect(files.filter((f) => f.startsWith('parts/')).length).toBeGreaterThan(5);
  for (const file of files) expect(manifest.files[file], file).toBe(sri(read(file)));
  // The import map names every script at this version's address, with the same hash.
  const map = JSON.parse(read('importmap.json').toString()) as {
    integrity: Record<string, string>;
  };
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    expect(map.integrity[manifest.base + file]).toBe(manifest.files[file]);
  }
});

/** A page loading the bundle with integrity, and an import map of the parts' hashes. */
function pinnedPage(origin: string, tamper: RegExp | null): string {
  const { files } = integrity();
  const entries: Record<string, string> = {};
  for (const [file, hash] of Object.entries(files)) {
    if (!file.endsWith('.js')) continue;
    entries[`${origin}/dist/cdn/${file}`] =
      tamper && tamper.test(file) ? `sha384-${'A'.repeat(64)}` : hash;
  }
  return `<!doctype html><html lang="ru"><title>Pinned</title>
    <script type="importmap">${JSON.stringify({ integrity: entries })}</script>
    <script type="module" src="/dist/cdn/kz-indicators.js" integrity="${files['kz-indicators.js']}" crossorigin="anonymous"></script>
    <kz-choropleth id="map" src="/stories/data/u5mr-regions.json" period="2019"></kz-choropleth></html>`;
}

test('an import map with the published hashes checks the parts loaded on first use', async ({
  page,
  baseURL,
  watch,
}) => {
  const origin = new URL(baseURL!).origin;
  await page.route('**/test/e2e/pages/pinned.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: pinnedPage(origin, null) }),
  );
  await page.goto('/test/e2e/pages/pinned.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  // The Russian interface is a part: with its right hash it loads.
  await expect(map.getByRole('button', { name: 'Показать таблицу' })).toBeVisible();

  // The same page with the hash of the Russian part changed: the browser refuses the part.
  watch.allow(/integrity|Failed to fetch dynamically imported module|kz-part/i);
  await page.route('**/test/e2e/pages/pinned-changed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: pinnedPage(origin, /messages-ru/),
    }),
  );
  await page.goto('/test/e2e/pages/pinned-changed.html');
  await mapDrawn(map);
  await expect(map.getByRole('button', { name: 'Show table' })).toBeVisible();
  expect(watch.errors.join('\n')).toMatch(/integrity/i);
});
