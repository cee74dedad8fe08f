import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../../src/components/kz-ranking/define.js';
import type { KzRanking } from '../../src/components/kz-ranking/kz-ranking.js';
import {
  areaPaths,
  drawn,
  mount as mountMap,
  parkPointer,
  root,
  unmountAll,
  until,
} from './kz-choropleth-helpers.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';
import poverty from '../../stories/data/poverty-regions.json';
import u5mr from '../../stories/data/u5mr-regions.json';
import wellbeing from '../../stories/data/child-wellbeing.json';

let warn: MockInstance<typeof console.warn>;
let boxes: HTMLElement[] = [];

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  unmountAll();
  boxes.forEach((b) => b.remove());
  boxes = [];
  // A test that logs unexpectedly fails: expected warnings are checked and cleared in the test.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

function takeWarnings(): string[] {
  const texts = warn.mock.calls.map((c) => String(c[0]));
  warn.mockClear();
  return texts;
}

/** Mounts a ranking in a box of a given width (eager unless said otherwise). */
function mount(
  attributes: Record<string, string | boolean> = {},
  options: { width?: number; data?: unknown; inline?: string } = {},
): KzRanking {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 600}px`;
  document.body.append(box);
  boxes.push(box);
  const el = document.createElement('kz-ranking');
  for (const [k, v] of Object.entries({ eager: true, ...attributes })) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  box.append(el);
  return el;
}

const rows = (el: KzRanking) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const ids = (el: KzRanking) => rows(el).map((r) => r.dataset.id!);
/** What a screen reader says for a row: its text without the parts hidden from it. */
function spoken(row: Element): string {
  const copy = row.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').replace(/ :/g, ':').trim();
}

const rowOf = (el: KzRanking, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`)!;

async function ready(el: KzRanking): Promise<void> {
  await until(
    () => !!el.shadowRoot?.querySelector('[role="option"], .message.error'),
    'the ranking',
  );
  await el.updateComplete;
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('alone', () => {
  it('has one row per area of the period layout, ranks with ties, no-data rows last', async () => {
    const el = mount({ period: '2020' }, { data: fixture2018({ notApplicable: true }) });
    await ready(el);
    expect(rows(el)).toHaveLength(17);
    const ranks = rows(el).map((r) => r.querySelector('.rank')!.textContent);
    expect(ranks.slice(0, 4)).toEqual(['=1', '=1', '3', '4']);
    expect(ids(el).slice(0, 3)).toEqual(['KZ-15', 'KZ-19', 'KZ-23']);
    const last = rows(el).at(-1)!;
    expect(last.dataset.id).toBe('KZ-11');
    expect(last.querySelector('.missing')!.textContent).toBe('Not applicable');
    expect(spoken(last)).toBe('Akmola Region: Not applicable');
    expect(last.querySelector('.dot')).toBeNull();
    expect(spoken(rowOf(el, 'KZ-15'))).toBe('Aktobe Region: 3.0 per 1,000, 1st of 16, tied');
  });

  it('reads an inline JSON child and a URL, like the map', async () => {
    const inline = mount({ period: '2019' }, { inline: JSON.stringify(fixture2018()) });
    const fromUrl = mount({ src: '/stories/data/u5mr-regions.json', period: '2019' });
    await ready(inline);
    await ready(fromUrl);
    expect(rows(inline)).toHaveLength(17);
    expect(rows(fromUrl)).toHaveLength(17);
  });

  it('top and bottom show the ends of the ranking with a gap, sort="name" orders by name', async () => {
    const short = mount({ period: '2023', top: '3', bottom: '2' }, { data: poverty });
    const named = mount({ period: '2023', sort: 'name', lang: 'ru' }, { data: poverty });
    await ready(short);
    await ready(named);
    expect(rows(short)).toHaveLength(5);
    expect(rows(short).map((r) => r.classList.contains('gap'))).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
    const names = rows(named).map((r) => r.querySelector('.name')!.textContent!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
  });

  it('draws the national value, comparators and target as labelled rules; far ones with an arrow', async () => {
    const el = mount({ period: '2019' }, { data: u5mr });
    await ready(el);
    await until(() => !!el.shadowRoot!.querySelector('.label'), 'the labels');
    const labels = [...el.shadowRoot!.querySelectorAll('.label')].map((l) => l.textContent!.trim());
    expect(labels.some((l) => l.startsWith('Kazakhstan'))).toBe(true);
    expect(labels.some((l) => l.startsWith('World') && l.endsWith('→'))).toBe(true);
    expect(labels.some((l) => l.startsWith('SDG target'))).toBe(true);
    // Each row carries the rules that are on the axis; the World's is not.
    const onAxis = rows(el)[0].querySelectorAll('.rule').length;
    expect(onAxis).toBeGreaterThanOrEqual(2);
    expect(onAxis).toBeLessThan(labels.length);
  });
});

describe('references of a companion indicator', () => {
  it('draws the World and Europe and Central Asia of the UN IGME companion, credited', async () => {
    const el = mount({ indicator: 'u5mr', period: '2019' }, { data: wellbeing });
    await ready(el);
    await until(() => el.shadowRoot!.querySelectorAll('.label').length >= 4, 'the labels');
    const labels = [...el.shadowRoot!.querySelectorAll('.label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // Own: the bureau's national value and the SDG target; the companion's: World (far above the
    // regions, off the axis) and Europe and Central Asia, each of 2019.
    expect(labels).toContain('World (UN IGME estimate) 39.6 →');
    expect(labels.some((l) => l.startsWith('Europe & Central Asia (UN IGME estimate)'))).toBe(true);
    expect(labels.filter((l) => l.startsWith('Kazakhstan'))).toHaveLength(1);
    // A screen reader hears the companion's source once, after its last rule; the source line
    // names its rules.
    const description = el.shadowRoot!.querySelector('#description')!.textContent!;
    expect(description).toMatch(
      /World \(UN IGME estimate\) 39\.6 \(beyond the axis\); Europe & Central Asia \(UN IGME estimate\) [\d.]+, from World Bank, World Development Indicators/,
    );
    expect(description.match(/from World Bank/g)).toHaveLength(1);
    const source = el
      .shadowRoot!.querySelector('[part="source"]')!
      .textContent!.replace(/\s+/g, ' ');
    expect(source).toContain(
      'World (UN IGME estimate), Europe & Central Asia (UN IGME estimate): World Bank, World Development Indicators',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws none of a companion in another unit', async () => {
    // The real document with the companion's unit changed (a test of the unit check only).
    const doc = structuredClone(wellbeing) as typeof wellbeing;
    doc.indicators.find((i) => i.id === 'u5mr-igme')!.unit = { en: '%', ru: '%', kk: '%' };
    const el = mount({ indicator: 'u5mr', period: '2019' }, { data: doc });
    await ready(el);
    await until(() => !!el.shadowRoot!.querySelector('.label'), 'the labels');
    const text = el.shadowRoot!.textContent!;
    expect(text).not.toContain('UN IGME');
    expect(el.shadowRoot!.querySelectorAll('.label')).toHaveLength(2);
  });
});

describe('beside a map', () => {
  async function pair(attributes: Record<string, string> = {}) {
    const map = mountMap({ id: 'the-map', period: '2023', ...attributes }, { data: poverty });
    const ranking = mount({ for: 'the-map' });
    await drawn(map);
    await ready(ranking);
    return { map, ranking };
  }

  it('has a row for each area of the map and the same colour per area', async () => {
    const { map, ranking } = await pair({ method: 'natural', classes: '4' });
    const mapIds = areaPaths(map).map((p) => p.getAttribute('data-id')!);
    expect(ids(ranking).sort()).toEqual([...new Set(mapIds)].sort());
    for (const path of areaPaths(map)) {
      const id = path.getAttribute('data-id')!;
      const dot = rowOf(ranking, id).querySelector<HTMLElement>('.dot');
      if (!dot) continue;
      expect(getComputedStyle(dot).backgroundColor, id).toBe(getComputedStyle(path).fill);
    }
  });

  it('follows the map when its indicator, period or classes change', async () => {
    const { map, ranking } = await pair();
    map.period = '2015';
    await until(() => rows(ranking).length === 16, 'the 2015 layout');
    await until(() => areaPaths(map).some((p) => p.getAttribute('data-id') === 'KZ-51'), 'the map');
    map.classes = 3;
    await map.updateComplete;
    await ranking.updateComplete;
    const path = areaPaths(map).find((p) => p.getAttribute('data-id') === 'KZ-51')!;
    const dot = rowOf(ranking, 'KZ-51').querySelector<HTMLElement>('.dot')!;
    expect(getComputedStyle(dot).backgroundColor).toBe(getComputedStyle(path).fill);
  });

  it('selection goes both ways, each action firing one kz-select', async () => {
    const { map, ranking } = await pair();
    const selects: string[] = [];
    const log = (e: Event) =>
      selects.push(`${(e.target as Element).localName}:${(e as CustomEvent).detail.area}`);
    document.addEventListener('kz-select', log);
    try {
      rowOf(ranking, 'KZ-61').click();
      await map.updateComplete;
      expect(map.selected).toBe('KZ-61');
      expect(selects).toEqual(['kz-ranking:KZ-61']);
      const area = root(map).querySelector<SVGElement>('svg.map [data-id="KZ-35"][role="button"]')!;
      area.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      await until(
        () => rowOf(ranking, 'KZ-35').getAttribute('aria-selected') === 'true',
        'the row',
      );
      expect(rowOf(ranking, 'KZ-61').getAttribute('aria-selected')).toBe('false');
      expect(selects).toEqual(['kz-ranking:KZ-61', 'kz-choropleth:KZ-35']);
    } finally {
      document.removeEventListener('kz-select', log);
    }
  });

  it('hover goes both ways, each action firing one kz-hover', async () => {
    const unpark = await parkPointer();
    const { map, ranking } = await pair();
    const hovers: string[] = [];
    const log = (e: Event) =>
      hovers.push(`${(e.target as Element).localName}:${(e as CustomEvent).detail.area}`);
    document.addEventListener('kz-hover', log);
    try {
      rowOf(ranking, 'KZ-61').dispatchEvent(
        new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }),
      );
      await map.updateComplete;
      expect(root(map).querySelector('.hl-hover')).not.toBeNull();
      expect(hovers).toEqual(['kz-ranking:KZ-61']);
      // The pointer leaves the ranking for the map.
      ranking.shadowRoot!.querySelector('.list')!.dispatchEvent(new PointerEvent('pointerleave'));
      const area = root(map).querySelector<SVGElement>('svg.map [data-id="KZ-35"][role="button"]')!;
      area.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }),
      );
      await until(() => rowOf(ranking, 'KZ-35').classList.contains('hovered'), 'the hovered row');
      expect(hovers).toEqual(['kz-ranking:KZ-61', 'kz-ranking:null', 'kz-choropleth:KZ-35']);
    } finally {
      unpark();
      document.removeEventListener('kz-hover', log);
    }
  });
});

describe('keyboard and screen readers', () => {
  it('is one tab stop; arrows move between rows; Enter selects', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    boxes.push(before);
    const el = mount({ period: '2019' }, { data: u5mr });
    await ready(el);
    expect(rows(el).filter((r) => r.tabIndex === 0)).toHaveLength(1);
    const selects: string[] = [];
    el.addEventListener('kz-select', (e) => selects.push((e as CustomEvent).detail.area));
    before.focus();
    await userEvent.keyboard('{Tab}');
    const first = ids(el)[0];
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe(first);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe(ids(el)[1]);
    await userEvent.keyboard('{Enter}');
    expect(selects).toEqual([ids(el)[1]]);
    expect(rowOf(el, ids(el)[1]).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe(ids(el).at(-1));
  });

  it('axe finds no violations in English, Kazakh and Russian, nor on a problem', async () => {
    for (const lang of ['en', 'kk', 'ru']) {
      const el = mount({ period: '2019', lang }, { data: u5mr });
      await ready(el);
      expect(await axeViolations(el.parentElement!), lang).toEqual([]);
    }
    const bad = mount({ indicator: 'nope' }, { data: u5mr });
    await ready(bad);
    expect(await axeViolations(bad.parentElement!)).toEqual([]);
    takeWarnings();
  });

  it('speaks Kazakh and Russian names and numbers', async () => {
    const kk = mount({ period: '2019', lang: 'kk' }, { data: u5mr });
    const ru = mount({ period: '2019', lang: 'ru' }, { data: u5mr });
    await until(
      () =>
        !!kk.shadowRoot?.querySelector('[role="option"]') && spoken(rows(kk)[0]).includes('орын'),
      'Kazakh',
    );
    await until(
      () =>
        !!ru.shadowRoot?.querySelector('[role="option"]') && spoken(rows(ru)[0]).includes('место'),
      'Russian',
    );
    expect(rows(ru).map(spoken).join(' ')).toMatch(/область/);
    expect(rows(kk).map(spoken).join(' ')).toMatch(/облысы/);
  });
});

describe('bad input', () => {
  it('an unknown indicator: a short message, one warning, one kz-error', async () => {
    const errors: unknown[] = [];
    document.addEventListener('kz-error', (e) => errors.push((e as CustomEvent).detail), {
      once: true,
    });
    const el = mount({ indicator: 'under-5' }, { data: u5mr });
    await ready(el);
    expect(el.shadowRoot!.querySelector('.message.error')!.textContent).toContain(
      'This data has no indicator “under-5”.',
    );
    expect(errors).toMatchObject([{ code: 'unknown-indicator' }]);
    const warnings = takeWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^<kz-ranking> \[kz-unknown-indicator\] .*Fix: set indicator to one of: u5mr/,
    );
  });

  it('an unknown area in highlight: the rows drawn, one warning naming the fix', async () => {
    const el = mount({ period: '2019', highlight: 'Atlantis' }, { data: u5mr });
    await ready(el);
    expect(rows(el)).toHaveLength(17);
    expect(el.shadowRoot!.querySelector('.row.highlight')).toBeNull();
    const warnings = takeWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^<kz-ranking> \[kz-unknown-area\] highlight="Atlantis"/);
  });

  it('hostile names and labels are shown as text, nothing executed', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const data = fixture2018();
    const indicator = data.indicators[0] as Record<string, unknown>;
    indicator.name = hostile;
    (indicator.references as Record<string, unknown>[])[0].label = hostile;
    const el = mount({ period: '2019' }, { data });
    await ready(el);
    await until(() => !!el.shadowRoot!.querySelector('.label'), 'the labels');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).toBe(hostile);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a map id that is not on the page: a message, not a blank', async () => {
    const el = mount({ for: 'no-such-map' });
    await until(() => !!el.shadowRoot?.querySelector('.message'), 'the message');
    await until(() => !!el.shadowRoot?.querySelector('.message.error'), 'the problem');
    expect(el.shadowRoot!.querySelector('.message')!.textContent!.trim()).toBe(
      'The map this ranking follows is not on the page.',
    );
    expect(takeWarnings()).toEqual([
      '<kz-ranking> [kz-no-map] for="no-such-map" names no element of this page. Fix: set for to the id of a <kz-choropleth> in the same document (or shadow root).',
    ]);
  });
});
