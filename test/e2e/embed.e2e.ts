// The iframe way in: embed.html builds the widget from its URL, the parent snippet keeps the
// iframe as tall as its content at any width, the selection reaches the host, and a bad link
// shows a message instead of a broken widget.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { areaInfo } from '../../src/data/areas.js';
import { LAYOUT_COUNT } from './data.js';
import { expect, test } from './fixtures.js';
import { areas, mapDrawn, clickArea } from './reader.js';

/** |iframe height - height of the page inside it|, in CSS pixels. */
async function heightGap(iframe: Locator, frame: FrameLocator): Promise<number> {
  const inner = await frame
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  return Math.abs(inner - (await iframe.boundingBox())!.height);
}

async function openDemo(page: Page) {
  await page.goto('/stories/examples/embed-demo.html');
  const iframe = page.locator('#embed-map');
  const frame = page.frameLocator('#embed-map');
  const map = frame.locator('kz-choropleth');
  await mapDrawn(map);
  return { iframe, frame, map };
}

test('embed.html draws the map from its URL and the iframe takes its height', async ({ page }) => {
  const { iframe, frame, map } = await openDemo(page);
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT['2018']);
  // lang=ru from the URL: Russian interface and region names.
  await expect(map.getByRole('button', { name: 'Показать таблицу' })).toBeVisible();
  await expect(map.locator('[part~="area"][data-id="KZ-43"]')).toHaveAttribute(
    'aria-label',
    new RegExp(areaInfo('KZ-43')!.names.ru),
  );
  // The controls parameter (an empty value) became the boolean attribute.
  await expect(map.locator('[part~="controls"]')).toBeVisible();
  await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(1);
  expect(await frame.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight)).toBe(true);

  // A phone: the map gets narrower and shorter, its credits take more lines, and the iframe
  // follows.
  const wide = (await iframe.boundingBox())!.height;
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(async () => (await iframe.boundingBox())!.height).not.toBe(wide);
  await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(1);

  // The sparkline card iframe, sized too.
  const card = page.locator('#embed-card');
  const cardFrame = page.frameLocator('#embed-card');
  await card.scrollIntoViewIfNeeded();
  await expect(cardFrame.locator('kz-sparkline [part~="line"]')).toBeAttached();
  await expect(cardFrame.locator('kz-sparkline [part~="reference"]')).toHaveCount(3);
  await expect.poll(() => heightGap(card, cardFrame)).toBeLessThanOrEqual(1);
});

test('a selection inside the embed reaches the host page', async ({ page }) => {
  const { map } = await openDemo(page);
  await clickArea(map, 'KZ-43');
  await expect(page.locator('#selection')).toHaveText('Selected in the embedded map: KZ-43, 2019');
});

test('the parent script resizes only the iframe that asks, and ignores other messages', async ({
  page,
}) => {
  const { iframe } = await openDemo(page);
  const before = (await iframe.boundingBox())!.height;
  // A message from the host window itself (not from the iframe) and malformed ones: ignored.
  // Messages are delivered in order: once the last one has arrived, the others were handled.
  await page.evaluate(
    () =>
      new Promise((done) => {
        window.addEventListener('message', (e) => e.data === 'done' && done(null));
        window.postMessage({ type: 'kz-indicators:height', height: 5 }, '*');
        window.postMessage({ type: 'kz-indicators:height', height: 'tall' }, '*');
        window.postMessage('kz-indicators:height', '*');
        window.postMessage('done', '*');
      }),
  );
  expect((await iframe.boundingBox())!.height).toBe(before);
});

for (const [query, message] of [
  [
    'type=chart&src=..%2Fdata%2Fu5mr-regions.json',
    /"type" must be "map", "sparkline" or "explorer"/,
  ],
  ['type=map', /"src" must be the http\(s\) address of a data file/],
  ['type=map&src=javascript%3Aalert(1)', /"src" must be the http\(s\) address/],
  ['type=map&lang=kk', /"src" деректер файлының http\(s\) мекенжайы/],
] as const) {
  test(`a bad embed link (${query}) shows a message`, async ({ page }) => {
    await page.goto(`/stories/examples/embed.html?${query}`);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('kz-choropleth, kz-sparkline')).toHaveCount(0);
  });
}

test('only attributes the element declares are taken from the URL', async ({ page }) => {
  await page.goto(
    '/stories/examples/embed.html?type=map&src=..%2Fdata%2Fu5mr-regions.json&period=2019' +
      '&onclick=alert(1)&style=display%3Anone&class=x&no-title=',
  );
  const map = page.locator('kz-choropleth');
  await mapDrawn(map);
  for (const name of ['onclick', 'style', 'class']) {
    expect(await map.getAttribute(name)).toBeNull();
  }
  expect(await map.getAttribute('no-title')).toBe('');
  await expect(map.locator('[part~="title"]')).toHaveCount(0);
});

test('attributes that name code, pages or map folders never come from the URL', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(
    '/stories/examples/embed.html?type=map&src=..%2Fdata%2Fu5mr-regions.json&period=2019' +
      '&embed-script=https%3A%2F%2Fevil.example%2Fx.js' +
      '&embed-page=https%3A%2F%2Fevil.example%2Fembed.html' +
      '&map-base=https%3A%2F%2Fevil.example%2Fmaps%2F&for=x',
  );
  const map = page.locator('kz-choropleth');
  await mapDrawn(map);
  expect(await map.getAttribute('embed-script')).toBeNull();
  expect(await map.getAttribute('map-base')).toBeNull();
  expect(await map.getAttribute('embed-page')).toBe(
    new URL('/stories/examples/embed.html', baseURL).href,
  );
  // The copied code loads the package's own script, and the iframe code this embed page.
  const script = await copied(page, map, 'Copy embed code');
  expect(script).toContain(
    '<script type="module" src="https://cdn.jsdelivr.net/npm/kz-indicators@',
  );
  expect(script).not.toContain('evil.example');
  await map.locator('[part~="export"] summary').click();
  await map.getByRole('button', { name: 'Copy iframe code' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain(`<iframe src="${new URL('/stories/examples/embed.html?', baseURL).href}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('evil.example');
});

test('the parent script resizes only embed pages of this package, from their own origin', async ({
  page,
}) => {
  // A page that posts a height message as an embed page does, served at several addresses.
  const poster = (height: number) => ({
    contentType: 'text/html',
    // It posts on load and again on the parent script's ping, as embed.js does (the parent script
    // loads async, so the first message may come before it listens).
    body: `<!doctype html><title>x</title><script>const post = () => parent.postMessage({ type: 'kz-indicators:height', height: ${height} }, '*'); post(); addEventListener('message', (e) => e.source === parent && e.data && e.data.type === 'kz-indicators:ping' && post());</script>`,
  });
  await page.route('**/other/page.html', (route) => route.fulfill(poster(700)));
  await page.route('**/unlisted/embed.html', (route) => route.fulfill(poster(701)));
  await page.route('**/listed/embed.html', (route) => route.fulfill(poster(333)));
  await page.route('**/moved.html', (route) => route.fulfill(poster(702)));
  await page.route('**/stories/examples/parent-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title>
        <script>window.heights = []; addEventListener('message', (e) => e.data && e.data.height && heights.push(e.data.height));</script>
        <iframe id="other" src="/other/page.html" height="100"></iframe>
        <iframe id="unlisted" src="/unlisted/embed.html" height="100"></iframe>
        <iframe id="listed" src="/listed/embed.html" height="100"></iframe>
        <iframe id="embed" src="embed.html?type=sparkline&values=1,2,3&label=x" height="100"></iframe>
        <script async src="embed-parent.js" data-embed-pages="/listed/embed.html"></script>`,
    }),
  );
  await page.goto('/stories/examples/parent-test.html');
  // The height the parent script set ('' for none).
  const height = (id: string) =>
    page.locator(`#${id}`).evaluate((frame: HTMLIFrameElement) => frame.style.height);
  // The package's own embed page and the listed one are resized; the others keep their height.
  await expect.poll(() => height('listed')).toBe('333px');
  await expect.poll(() => height('embed')).toMatch(/px$/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights))
    .toEqual(expect.arrayContaining([700, 701, 333]));
  expect(await height('other')).toBe('');
  expect(await height('unlisted')).toBe('');
  // The embed frame navigates to another origin: its messages no longer count.
  const before = await height('embed');
  await page.locator('#embed').evaluate((frame: HTMLIFrameElement) => {
    frame.contentWindow!.location.href = `http://localhost:${location.port}/moved.html`;
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights))
    .toContain(702);
  expect(await height('embed')).toBe(before);
});

/** Clicks an item of the map's menu that copies a snippet, and returns the clipboard's text. */
async function copied(page: Page, map: Locator, item: string): Promise<string> {
  await map.locator('[part~="export"] summary').click();
  await map.getByRole('button', { name: item }).click();
  await expect(map.getByRole('status')).toHaveText('Copied to the clipboard.');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Serves `html` as a page of the test site and opens it (a host pasting a snippet). */
async function openPasted(page: Page, html: string): Promise<void> {
  await page.route('**/test/e2e/pages/pasted.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Pasted</title>${html}`,
    }),
  );
  await page.goto('/test/e2e/pages/pasted.html');
}

test('the map copies snippets for the exact view, and they work when pasted', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/test/e2e/pages/copy-embed.html');
  const map = page.locator('#map');
  await mapDrawn(map);
  // The reader moved to 2010: the snippet is for that view.
  await map.locator('[part~="controls"] input[type="range"]').focus();
  await page.keyboard.press('Home');
  await expect(areas(map)).toHaveCount(LAYOUT_COUNT.pre2018);

  // Script tag + element. The bundle's public address is swapped for this server's copy.
  const script = await copied(page, map, 'Copy embed code');
  expect(script).toContain(
    '<script type="module" src="https://cdn.jsdelivr.net/npm/kz-indicators@',
  );
  expect(script).toMatch(
    /<kz-choropleth src="http[^"]+\/stories\/data\/child-wellbeing-regions\.json"/,
  );
  expect(script).toContain('indicator="u5mr"');
  expect(script).toContain('period="2010"');
  await openPasted(
    page,
    script.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/kz-indicators@[^/]+\/dist\//, '/dist/'),
  );
  const pasted = page.locator('kz-choropleth');
  await mapDrawn(pasted);
  await expect(areas(pasted)).toHaveCount(LAYOUT_COUNT.pre2018);
  await expect(pasted.locator('[part~="legend"]')).toContainText('2010');

  // Iframe: the embed page with the view in its URL, and the parent script for the height.
  await page.goto('/test/e2e/pages/copy-embed.html');
  await mapDrawn(map);
  const iframe = await copied(page, map, 'Copy iframe code');
  expect(iframe).toMatch(
    /<iframe src="http[^"]+\/stories\/examples\/embed\.html\?type=map&amp;src=/,
  );
  await openPasted(page, iframe);
  const frame = page.frameLocator('iframe');
  await mapDrawn(frame.locator('kz-choropleth'));
  await expect(areas(frame.locator('kz-choropleth'))).toHaveCount(LAYOUT_COUNT['2018']);
  expect(iframe, 'the iframe snippet brings the parent script for the height').toContain(
    'embed-parent.js',
  );
  await expect.poll(() => heightGap(page.locator('iframe'), frame)).toBeLessThanOrEqual(1);
});
