// Whatever an attribute, a property or a fetched file holds, an element ends in a drawing or in
// its message with a kz-error: never an exception out of an update, never loading for ever.
// Named cases first (each threw or hung before), then property-based runs over every attribute
// and the data property of both elements (fast-check, as the parser's own property tests).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/kz-sparkline/define.js';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
import type { KzSparkline } from '../../src/components/kz-sparkline/kz-sparkline.js';
import { mount, unmountAll, until } from './kz-choropleth-helpers.js';
// Real data, built by scripts/build-data.mjs from the shared sources.
import u5mr from '../../stories/data/u5mr-regions.json';
import districts from '../../stories/data/districts-area.json';

interface Outcome {
  errors: { code: string; message: string }[];
  thrown: unknown[];
}

let outcome: Outcome;
const onRejection = (event: PromiseRejectionEvent) => outcome.thrown.push(event.reason);
const onError = (event: ErrorEvent) => outcome.thrown.push(event.error ?? event.message);

beforeEach(() => {
  outcome = { errors: [], thrown: [] };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  // Warnings are expected here (that is the point); they are asserted through kz-error.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  window.removeEventListener('unhandledrejection', onRejection);
  window.removeEventListener('error', onError);
  vi.restoreAllMocks();
  unmountAll();
});

function watch(el: HTMLElement): void {
  el.addEventListener('kz-error', (event) => {
    const { code, message } = (event as CustomEvent).detail;
    outcome.errors.push({ code, message });
  });
}

/** Waits until the map is drawn or shows its problem; fails if it stays loading. */
async function settled(el: KzChoropleth): Promise<'drawn' | 'problem'> {
  await until(() => {
    const root = el.shadowRoot;
    return !!root?.querySelector('.placeholder.error, svg.map .areas path');
  }, 'the map to draw or show its problem');
  await el.updateComplete;
  return el.shadowRoot!.querySelector('.placeholder.error') ? 'problem' : 'drawn';
}

const NO_DATA = Symbol('no data property');

/** A map mounted with these attributes (and data), watched for kz-error. */
function map(attributes: Record<string, string>, data: unknown = u5mr): KzChoropleth {
  const el = mount({ eager: true, ...attributes }, data === NO_DATA ? {} : { data });
  watch(el);
  return el;
}

async function expectProblem(el: KzChoropleth, code: string | RegExp): Promise<void> {
  expect(await settled(el)).toBe('problem');
  expect(el.shadowRoot!.querySelector('[part~="message"]')?.textContent?.trim()).toBeTruthy();
  expect(outcome.errors.map((e) => e.code)).toContainEqual(expect.stringMatching(code));
  expect(outcome.thrown).toEqual([]);
}

describe('<kz-choropleth> inputs that threw out of an update or loaded for ever', () => {
  it('layout="constructor" (a name every object has) is an unknown layout', async () => {
    await expectProblem(map({ layout: 'constructor' }), /layout/);
    // And with data still to come from src, when the map file is fetched early.
    await expectProblem(
      map({ layout: 'constructor', src: '/stories/data/u5mr-regions.json' }, NO_DATA),
      /layout/,
    );
  });

  for (const base of ['http://[', 'mailto:x', 'javascript:alert(1)']) {
    it(`map-base="${base}" is not a folder for the maps`, async () => {
      const el = map({ 'map-base': base });
      await expectProblem(el, 'map');
      expect(outcome.errors[0].message).toContain('is not an http(s) folder for the maps');
      expect(el.shadowRoot!.querySelector('[part~="message"]')?.textContent).toContain(
        'The address of the data or of the map files is not valid.',
      );
    });
  }

  for (const src of ['http://[', 'mailto:x', 'javascript:alert(1)']) {
    it(`src="${src}" is not an address of a data file`, async () => {
      await expectProblem(map({ src }, NO_DATA), 'address');
    });
  }

  it('a district map without Kazakh names is not a map of the districts', async () => {
    const real = await (await fetch('/maps/districts-2024.json')).json();
    for (const g of real.objects.areas.geometries) delete g.properties.name_kk;
    const original = window.fetch;
    vi.spyOn(window, 'fetch').mockImplementation((input, init) =>
      String(input).startsWith('https://stub.example/')
        ? Promise.resolve(new Response(JSON.stringify(real)))
        : original(input, init),
    );
    const el = map({ 'map-base': 'https://stub.example/maps/' }, districts);
    await expectProblem(el, 'map');
    expect(outcome.errors[0].message).toMatch(/has no name_kk/);
  });

  it('a data object that only looks parsed (version: 1, warnings: []) goes through the parser', async () => {
    const lookalike = {
      version: 1,
      warnings: [],
      indicators: [{ id: 'x', values: { 'KZ-75': 5 } }],
    };
    await expectProblem(map({}, lookalike), 'format');
  });

  it('a body larger than the page allows ends in too-large, without reading it all', async () => {
    (window as { kzIndicators?: object }).kzIndicators = { maxDocumentBytes: 1000 };
    try {
      await expectProblem(
        map({ src: '/stories/data/u5mr-regions.json?big' }, NO_DATA),
        'too-large',
      );
      expect(el().textContent).toContain('The data file is too large to show here.');
    } finally {
      delete (window as { kzIndicators?: object }).kzIndicators;
    }
    function el() {
      return document
        .querySelector('kz-choropleth')!
        .shadowRoot!.querySelector('[part~="message"]')!;
    }
  });
});

// Values an attribute may be given: real ones, and the ones that break naive code.
const HOSTILE = [
  '',
  ' ',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'http://[',
  'mailto:x',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '-1',
  '0',
  '1e309',
  'NaN',
  '9'.repeat(400),
  '2019',
  'KZ-75',
  'districts',
  'continuous',
  '1,2,3',
  '\u2028',
];
const attributeValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }));

function attributeNames(tag: string): string[] {
  const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
  // Data comes from the data property here; other pages are not fetched.
  return element.observedAttributes.filter((name) => name !== 'src' && name !== 'for');
}

describe('property: any attributes on either element end in a drawing or a message', () => {
  it('<kz-choropleth> with the real regional data', async () => {
    const names = attributeNames('kz-choropleth');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...names), attributeValue, { maxKeys: 4 }),
        async (attributes) => {
          outcome = { errors: [], thrown: [] };
          const el = map(attributes);
          const state = await settled(el);
          if (state === 'problem') expect(outcome.errors.length).toBeGreaterThan(0);
          expect(outcome.thrown).toEqual([]);
          unmountAll();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('<kz-sparkline> with the real regional data', async () => {
    const names = attributeNames('kz-sparkline');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...names), attributeValue, { maxKeys: 4 }),
        async (attributes) => {
          outcome = { errors: [], thrown: [] };
          const el = sparkline({ variant: 'card', ...attributes }, u5mr);
          await sparklineSettled(el);
          expect(outcome.thrown).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('property: any data property ends in a drawing or a message', () => {
  const hostileData = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      { version: 1, warnings: [], indicators: [{}] },
      { version: 1, warnings: [], indicators: [{ id: 'x', values: null }] },
      { format: 'kz-indicators/1', indicators: [{ id: 'constructor', values: {} }] },
      { indicators: [{ id: 'x', name: 'x', source: { name: 'x' }, values: { __proto__: {} } }] },
      '{"format": "kz-indicators/1", "indicators": [',
      '</script><img src=x onerror=alert(1)>',
    ),
  );

  it('<kz-choropleth data>', async () => {
    await fc.assert(
      fc.asyncProperty(hostileData, async (data) => {
        outcome = { errors: [], thrown: [] };
        const el = map({}, data === null ? { notData: true } : data);
        const state = await settled(el);
        if (state === 'problem') expect(outcome.errors.length).toBeGreaterThan(0);
        expect(outcome.thrown).toEqual([]);
        unmountAll();
      }),
      { numRuns: 40 },
    );
  });

  it('<kz-sparkline data>', async () => {
    await fc.assert(
      fc.asyncProperty(hostileData, async (data) => {
        outcome = { errors: [], thrown: [] };
        const el = sparkline({ variant: 'card' }, data === null ? { notData: true } : data);
        const state = await sparklineSettled(el);
        if (state === 'problem') expect(outcome.errors.length).toBeGreaterThan(0);
        expect(outcome.thrown).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

let sparklines: HTMLElement[] = [];
afterEach(() => {
  for (const el of sparklines) el.remove();
  sparklines = [];
});

function sparkline(attributes: Record<string, string>, data: unknown): KzSparkline {
  for (const old of sparklines) old.remove();
  const el = document.createElement('kz-sparkline') as KzSparkline;
  el.setAttribute('eager', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  watch(el);
  document.body.append(el);
  sparklines = [el];
  return el;
}

/** Waits until the sparkline draws its line or shows its problem. */
async function sparklineSettled(el: KzSparkline): Promise<'drawn' | 'problem'> {
  await until(() => {
    const root = el.shadowRoot ?? el;
    return !!root.querySelector('[part~="line"], [part~="problem"]') || outcome.errors.length > 0;
  }, 'the sparkline to draw or show its problem');
  await el.updateComplete;
  const root = el.shadowRoot ?? el;
  return root.querySelector('[part~="line"]') ? 'drawn' : 'problem';
}
