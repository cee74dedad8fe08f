// <kz-explorer> in Chromium on the real child well-being document: the view follows the reader
// (indicator switch keeps the area), kz-change fires once per reader action and never for code,
// the permalink restores a view, the keyboard reaches every control, and bad input is said.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../../src/components/kz-explorer/define.js';
import type { KzExplorer } from '../../src/components/kz-explorer/kz-explorer.js';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
import { parseIndicators } from '../../src/data/parse.js';
import { drawn, until } from './kz-choropleth-helpers.js';
import wellbeingJson from '../../stories/data/child-wellbeing.json';
import mortalityJson from '../../stories/data/child-mortality-national.json';

const wellbeing = parseIndicators(wellbeingJson);

let warn: MockInstance<typeof console.warn>;
let boxes: HTMLElement[] = [];
let changes: Array<{ indicator: string; period: string; area: string }> = [];

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  changes = [];
  history.replaceState(null, '', location.pathname + location.search);
});

afterEach(() => {
  boxes.forEach((b) => b.remove());
  boxes = [];
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  history.replaceState(null, '', location.pathname + location.search);
});

async function mount(
  attributes: Record<string, string | boolean> = {},
  data: unknown = wellbeing,
  width = 1200,
): Promise<KzExplorer> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  boxes.push(box);
  const el = document.createElement('kz-explorer');
  for (const [k, v] of Object.entries(attributes)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  el.setAttribute('map-base', '/maps/');
  el.data = data;
  el.addEventListener('kz-change', (e) => changes.push((e as CustomEvent).detail));
  box.append(el);
  await el.updateComplete;
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
const mapOf = (el: KzExplorer) => shadow(el).querySelector<KzChoropleth>('kz-choropleth')!;
const picker = (el: KzExplorer) => shadow(el).querySelector<HTMLSelectElement>('select')!;
const notices = (el: KzExplorer) =>
  shadow(el).querySelector('[part~="notices"]')!.textContent!.trim();

async function mapDrawn(el: KzExplorer): Promise<KzChoropleth> {
  await until(() => !!mapOf(el), 'the map element');
  const map = mapOf(el);
  map.eager = true;
  await drawn(map);
  return map;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Which part of the explorer an element belongs to, for the Tab order. */
function region(active: Element | null): string {
  if (!active) return 'outside';
  const host = (active.getRootNode() as ShadowRoot).host?.localName;
  if (active.localName === 'select') return 'picker';
  if (host === 'kz-choropleth') {
    if (active.matches('input[type="range"], .controls button')) return 'period';
    return active.matches('[data-id]') ? 'map' : 'map-tools';
  }
  if (host === 'kz-ranking') return 'ranking';
  if (host === 'kz-sparkline') return 'card';
  if (host === 'kz-explorer' && active.closest('[part~="link"]')) return 'link';
  if (host === 'kz-explorer' && active.closest('[part~="cards"]')) return 'card';
  return 'outside';
}

async function pick(el: KzExplorer, id: string): Promise<void> {
  // As the reader's choice arrives: the select's value, then its change event.
  const select = picker(el);
  select.focus();
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('reader state', () => {
  it('starts from the indicator, period and area attributes and shows them on the map', async () => {
    const el = await mount({ indicator: 'poverty', period: '2015', area: 'KZ-43' });
    const map = await mapDrawn(el);
    expect([map.indicator, map.period, map.selected]).toEqual(['poverty', '2015', 'KZ-43']);
    expect(picker(el).value).toBe('poverty');
    const card = shadow(el).querySelector('kz-sparkline')!;
    expect(card.getAttribute('area')).toBe('KZ-43');
    expect(shadow(el).querySelector('#card-heading')!.textContent).toContain('Kyzylorda Region');
    expect(changes).toEqual([]);
    // Back to the whole country.
    await userEvent.click(shadow(el).querySelector('[part~="cards"] button')!);
    await el.updateComplete;
    expect(el.area).toBe('');
    expect(changes).toEqual([{ indicator: 'poverty', period: '2015', area: '' }]);
  });

  it('without attributes: the first regional indicator, its latest period, the whole country', async () => {
    const el = await mount();
    expect([el.indicator, el.period, el.area]).toEqual(['u5mr', '2019', '']);
    expect(el.getAttribute('indicator')).toBe('u5mr');
    expect(shadow(el).querySelector('kz-sparkline')!.getAttribute('area')).toBe('national');
  });

  it('switching indicator keeps the selected area and the period when the new one has it', async () => {
    const el = await mount({ indicator: 'u5mr', period: '2015', area: 'KZ-11' });
    const map = await mapDrawn(el);
    await pick(el, 'poverty');
    expect([el.indicator, el.period, el.area]).toEqual(['poverty', '2015', 'KZ-11']);
    expect(el.getAttribute('area')).toBe('KZ-11');
    await map.updateComplete;
    expect([map.indicator, map.period, map.selected]).toEqual(['poverty', '2015', 'KZ-11']);
    expect(changes).toEqual([{ indicator: 'poverty', period: '2015', area: 'KZ-11' }]);
    expect(notices(el)).toBe('');
  });

  it('switching to an indicator without the period moves to the nearest and says so', async () => {
    const el = await mount({ indicator: 'poverty', period: '2023', area: 'KZ-10' });
    await pick(el, 'u5mr');
    expect([el.indicator, el.period, el.area]).toEqual(['u5mr', '2019', 'KZ-10']);
    const live = shadow(el).querySelector('[part~="notices"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(notices(el)).toContain(
      'Under-five mortality rate has no values for 2023; showing 2019, the nearest period.',
    );
    expect(notices(el)).toContain(
      'Abai Region has no value for Under-five mortality rate in 2019.',
    );
    expect(changes).toHaveLength(1);
  });

  it('kz-change fires once for a map selection and once for a period step, never for code', async () => {
    const el = await mount({ indicator: 'u5mr' });
    const map = await mapDrawn(el);
    const outside: Event[] = [];
    document.addEventListener('kz-change', (e) => outside.push(e));
    await userEvent.click(shadow(map).querySelector('path[data-id="KZ-43"]')!);
    await el.updateComplete;
    expect(changes).toEqual([{ indicator: 'u5mr', period: '2019', area: 'KZ-43' }]);
    const slider = shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(changes.at(-1)).toEqual({ indicator: 'u5mr', period: '2010', area: 'KZ-43' });
    expect(changes).toHaveLength(2);
    // The map's own kz-change stays inside: the page hears the explorer's only.
    expect(outside.map((e) => (e.target as Element).localName)).toEqual([
      'kz-explorer',
      'kz-explorer',
    ]);

    el.indicator = 'poverty';
    el.area = 'KZ-15';
    await el.updateComplete;
    await map.updateComplete;
    expect([map.indicator, map.selected]).toEqual(['poverty', 'KZ-15']);
    expect(el.period).toBe('2010');
    expect(changes).toHaveLength(2);
    document.removeEventListener('kz-change', (e) => outside.push(e));
  });
});

describe('the ranking beside the map', () => {
  it('draws the companion indicator’s World and regional rules, credited to their source', async () => {
    const el = await mount({ indicator: 'u5mr', period: '2019' });
    await mapDrawn(el);
    const ranking = shadow(el).querySelector('kz-ranking')!;
    (ranking as HTMLElement & { eager: boolean }).eager = true;
    await until(
      () => (ranking.shadowRoot?.querySelectorAll('.label').length ?? 0) >= 4,
      'the ranking’s reference labels',
    );
    const labels = [...ranking.shadowRoot!.querySelectorAll('.label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).toContain('World (UN IGME estimate) 39.6 →');
    const source = ranking.shadowRoot!.querySelector('[part="source"]')!.textContent!;
    expect(source.replace(/\s+/g, ' ')).toContain('(UN IGME estimate): World Bank');
  });
});

describe('permalink', () => {
  /** With `permalink`, the view is shown once the code that reads the link has arrived. */
  async function linked(el: KzExplorer): Promise<KzExplorer> {
    await until(() => !!el.shownView, 'the view read from the link');
    await el.updateComplete;
    return el;
  }

  it('restores the view in the URL hash and writes the reader changes back', async () => {
    history.replaceState(null, '', '#top&indicator=poverty&period=2016&area=KZ-43');
    const el = await linked(await mount({ permalink: true, indicator: 'u5mr' }));
    expect([el.indicator, el.period, el.area]).toEqual(['poverty', '2016', 'KZ-43']);
    await pick(el, 'skilled-birth');
    await el.updateComplete;
    expect(location.hash).toBe('#top&indicator=skilled-birth&period=2016&area=KZ-43');
    expect(changes).toHaveLength(1);
  });

  it('an unknown indicator in the hash: a clear message and the default view', async () => {
    history.replaceState(null, '', '#indicator=%3Cb%3Enope&area=KZ-11');
    const el = await linked(await mount({ permalink: true }));
    expect([el.indicator, el.area]).toEqual(['u5mr', 'KZ-11']);
    expect(notices(el)).toBe(
      'The link names an indicator that is not in this data (“<b>nope”), so the default view is shown.',
    );
    expect(shadow(el).querySelector('[part~="notices"] b')).toBeNull();
  });

  it('without permalink the hash is neither read nor written', async () => {
    history.replaceState(null, '', '#indicator=poverty');
    const el = await mount({ indicator: 'u5mr' });
    expect(el.indicator).toBe('u5mr');
    await pick(el, 'preschool');
    expect(location.hash).toBe('#indicator=poverty');
  });

  it('copy link gives the URL of the view', async () => {
    const el = await linked(await mount({ permalink: true, indicator: 'poverty', area: 'KZ-11' }));
    const written: string[] = [];
    const spy = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(async (text) => void written.push(text));
    await userEvent.click(shadow(el).querySelector('[part~="link"] button')!);
    await el.updateComplete;
    expect(written).toEqual([
      `${location.origin}${location.pathname}${location.search}#indicator=poverty&period=2023&area=KZ-11`,
    ]);
    expect(shadow(el).querySelector('[part~="link"] [role="status"]')!.textContent).toBe(
      'Link copied.',
    );
    spy.mockRestore();
  });
});

describe('keyboard and accessibility', () => {
  it('Tab goes picker, period, map, then the card', async () => {
    const el = await mount({ indicator: 'u5mr', area: 'KZ-11', permalink: true });
    await mapDrawn(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.prepend(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await userEvent.keyboard('{Tab}');
      const where = region(deepActive());
      if (order.at(-1) !== where) order.push(where);
      if (where === 'link' || where === 'outside') break;
    }
    const main = order.filter((w) => w !== 'map-tools');
    const expected = customElements.get('kz-ranking')
      ? ['picker', 'period', 'map', 'ranking', 'card', 'link']
      : ['picker', 'period', 'map', 'card', 'link'];
    expect(main).toEqual(expected);
  });

  it('has no axe-core violations', async () => {
    const el = await mount({ indicator: 'poverty', area: 'KZ-11', permalink: true });
    await mapDrawn(el);
    const result = await axe.run(el.parentElement!, { resultTypes: ['violations'] });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('heading-level sets the level of its headings', async () => {
    const el = await mount({ 'heading-level': '3' });
    const levels = [...shadow(el).querySelectorAll('[role="heading"]')].map((h) =>
      h.getAttribute('aria-level'),
    );
    expect(levels[0]).toBe('3');
    expect(levels.slice(1).every((l) => l === '4')).toBe(true);
  });
});

describe('languages and bad input', () => {
  it('follows the page lang: Kazakh and Russian messages and names', async () => {
    const el = await mount({ indicator: 'poverty', period: '2023', area: 'KZ-10', lang: 'ru' });
    await pick(el, 'u5mr');
    await until(() => notices(el).includes('Абайская область'), 'the Russian text');
    expect(shadow(el).querySelector('label')!.textContent).toBe('Показатель');
    el.setAttribute('lang', 'kk');
    await until(() => shadow(el).querySelector('label')!.textContent === 'Көрсеткіш', 'Kazakh');
  });

  it('a document with no regional indicator says so and still shows the trend', async () => {
    const el = await mount({}, parseIndicators(mortalityJson));
    expect(notices(el)).toContain('This data has no indicator with values by region');
    expect(shadow(el).querySelector('kz-choropleth')).toBeNull();
    expect(shadow(el).querySelector('kz-sparkline')!.getAttribute('indicator')).toBe('u5mr-igme');
  });

  it('an indicator with only national values: no map, a message, the trend card', async () => {
    // Hand-made document, NOT real data: one regional indicator beside a national-only one.
    const el = await mount(
      { indicator: 'national' },
      {
        indicators: [
          {
            id: 'regional',
            name: 'Regional (test)',
            source: { name: 'Hand-made test fixture' },
            values: { 'KZ-11': { 2019: 1 }, 'KZ-15': { 2019: 2 } },
          },
          {
            id: 'national',
            name: 'National only (test)',
            source: { name: 'Hand-made test fixture' },
            values: {},
            references: [
              { id: 'kz', kind: 'national', label: 'Kazakhstan', values: { 2019: 3, 2020: 4 } },
            ],
          },
        ],
      },
    );
    expect(notices(el)).toBe(
      'National only (test) has values for the whole country only: no map or ranking, the trend is below.',
    );
    expect(shadow(el).querySelector('kz-choropleth')).toBeNull();
    expect(shadow(el).querySelector('kz-sparkline')!.getAttribute('area')).toBe('national');
    await pick(el, 'regional');
    expect(shadow(el).querySelector('[part~="cards"]')!.textContent).toContain(
      'Select a region on the map or in the ranking to see its trend.',
    );
    expect(shadow(el).querySelector('kz-choropleth')).not.toBeNull();
    expect(notices(el)).toBe('');
  });

  it('a topic that is not a text: said, listed under Other, the rest shown', async () => {
    // Hand-made document, NOT real data: the parser leaves the number out, with a warning.
    const errors: string[] = [];
    document.addEventListener('kz-error', (e) => errors.push(e.detail.code), { once: true });
    const el = await mount(
      {},
      {
        topics: [{ id: 'health', name: { en: 'Health' } }],
        indicators: [
          {
            id: 'first',
            name: 'First (test)',
            topic: 'health',
            source: { name: 'Hand-made test fixture' },
            values: { 'KZ-11': { 2019: 1 }, 'KZ-15': { 2019: 2 } },
          },
          {
            id: 'second',
            name: 'Second (test)',
            topic: 3,
            source: { name: 'Hand-made test fixture' },
            values: { 'KZ-11': { 2019: 3 }, 'KZ-15': { 2019: 4 } },
          },
        ],
      },
    );

    expect(notices(el)).toBe(
      'The topic of Second (test) is not a text; it is listed under “Other”.',
    );
    const groups = [...shadow(el).querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual(['Health', 'Other']);
    await mapDrawn(el);
    expect(errors).toEqual([]);
    // The map warns once that the data was read with a warning; the ranking beside it may have
    // warned the same before the explorer is taken down (after that it draws nothing).
    const warned = () => warn.mock.calls.map((c) => String(c[0]));
    expect(warned()).toContainEqual(expect.stringMatching(/^<kz-choropleth> \[kz-data-warnings\]/));
    boxes.forEach((b) => b.remove());
    boxes = [];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warned().every((w) => /^<kz-(choropleth|ranking)> \[kz-data-warnings\]/.test(w))).toBe(
      true,
    );
    warn.mockClear();
  });

  it('a failed download: a message with Try again, and kz-error', async () => {
    const errors: string[] = [];
    const box = document.createElement('div');
    document.body.append(box);
    boxes.push(box);
    const el = document.createElement('kz-explorer');
    el.addEventListener('kz-error', (e) => errors.push((e as CustomEvent).detail.code));
    el.src = '/no-such-file.json';
    box.append(el);
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the message');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).toContain(
      'could not be loaded',
    );
    expect(errors).toEqual(['http']);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/^<kz-explorer> \[kz-http\]/),
    ]);
    warn.mockClear();
  });
});
