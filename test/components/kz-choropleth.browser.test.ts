import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import {
  areaPaths,
  areaTargets,
  drawn,
  fillOf,
  mount,
  readLegend,
  root,
  unmountAll,
  until,
} from './kz-choropleth-helpers.js';
import { fixture2018 } from './kz-choropleth-fixtures.js';
import { svgToPng } from '../../src/components/kz-choropleth/export-png.js';

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  unmountAll();
  // A test that logs unexpectedly fails: expected warnings are checked and cleared in the test.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

function takeWarnings(): string[] {
  const texts = warn.mock.calls.map((c) => String(c[0]));
  warn.mockClear();
  return texts;
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('inputs', () => {
  it('draws the 17 areas of the 2018 layout from the data property, latest period first', async () => {
    const el = mount({}, { data: fixture2018() });
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(17);
    expect(root(el).querySelector('.legend-caption')?.textContent).toBe('per 1,000, 2020');
    expect(root(el).querySelector('.title')?.textContent).toBe('Fixture rate');
  });

  it('draws the 20 areas of the 2022 layout for an indicator on it', async () => {
    const el = mount({ indicator: 'second' }, { data: fixture2018() });
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(20);
    expect(readLegend(el).noData).toBe(17);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = mount({ period: '2019' }, { inline: JSON.stringify(fixture2018()) });
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(17);
    expect(root(el).querySelector('.legend-caption')?.textContent).toBe('per 1,000, 2019');
  });

  it('loads a document from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(fixture2018())], { type: 'application/json' }),
    );
    const el = mount({ src: url });
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(17);
  });

  it('takes its language from the nearest lang attribute and formats numbers for it', async () => {
    const parent = document.createElement('section');
    parent.lang = 'ru';
    document.body.append(parent);
    try {
      const el = mount({}, { data: fixture2018(), parent });
      await drawn(el);
      expect(root(el).querySelector('.legend-caption')?.textContent).toBe('на 1000, 2020');
      expect(root(el).querySelector('.toolbar .button')?.textContent?.trim()).toBe(
        'Показать таблицу',
      );
      const label = root(el).querySelector('[data-id="KZ-75"][role="button"]')!;
      expect(label.getAttribute('aria-label')).toBe('Алматы: 17,0 на 1000, 16-е место из 17');
      // Kazakh text arrives on first use; until then the widget stays in Russian.
      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      await until(
        () => root(el).querySelector('.toolbar .button')?.textContent?.trim() === 'Кестені көрсету',
        'the Kazakh interface',
      );
      // A page that switches language redraws the widgets that follow it.
      el.removeAttribute('lang');
      parent.lang = 'en';
      await until(
        () => root(el).querySelector('.toolbar .button')?.textContent?.trim() === 'Show table',
        'the English interface',
      );
    } finally {
      parent.remove();
    }
  });

  it("shows the source's licence in the reader's language, and markup in it as text", async () => {
    // Hand-made licence texts; the English one is markup that must never become an element.
    const doc = fixture2018();
    (doc.indicators[0] as { source: unknown }).source = {
      name: 'Hand-made test fixture',
      licence: { en: '<img src=x onerror="window.hacked=1">', ru: 'Свободное использование' },
    };
    // eager: three maps, one below the other, all drawn.
    const ru = mount({ lang: 'ru', eager: true }, { data: doc });
    await drawn(ru);
    expect(root(ru).querySelector('.footer')?.textContent).toContain('(Свободное использование)');
    const en = mount({ lang: 'en', eager: true }, { data: structuredClone(doc) });
    await drawn(en);
    const footer = root(en).querySelector('.footer')!;
    expect(footer.textContent).toContain('(<img src=x onerror="window.hacked=1">)');
    expect(footer.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    // Kazakh has no licence text here: the Russian one, as for any text missing in Kazakh.
    const kk = mount({ lang: 'kk', eager: true }, { data: structuredClone(doc) });
    await drawn(kk);
    await until(
      () => root(kk).querySelector('.toolbar .button')?.textContent?.trim() === 'Кестені көрсету',
      'the Kazakh interface',
    );
    expect(root(kk).querySelector('.footer')?.textContent).toContain('(Свободное использование)');
  });
});

describe('problems', () => {
  it('broken JSON: a reader message, kz-error and one console warning with the fix', async () => {
    const events: CustomEvent[] = [];
    document.addEventListener('kz-error', (e) => events.push(e as CustomEvent), { once: true });
    const el = mount({}, { inline: '{"indicators": [' });
    const twin = mount({}, { inline: '{"indicators": [' });
    await drawn(el);
    await drawn(twin);
    expect(root(el).querySelector('.placeholder.error')?.textContent).toContain(
      'The data file is damaged and cannot be read.',
    );
    expect(events[0].detail.code).toBe('json');
    const warnings = takeWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^<kz-choropleth> \[kz-json\] not valid JSON: .*Fix: /);
  });

  it("a level the data lacks is named in the reader's language", async () => {
    const said: string[] = [];
    for (const lang of ['en', 'ru', 'kk']) {
      const el = mount(
        { layout: 'districts', level: 'regions', period: '2019', lang },
        { data: fixture2018() },
      );
      await drawn(el);
      said.push(root(el).querySelector('.placeholder.error')!.textContent!.trim());
    }
    expect(said).toEqual([
      'This data has no values for regions in 2019.',
      'В этих данных нет значений по уровню «регионы» за 2019.',
      'Бұл деректерде 2019 кезеңіне өңірлер бойынша мәндер жоқ.',
    ]);
    expect(takeWarnings().every((w) => w.includes('[kz-level-mismatch]'))).toBe(true);
  });

  it('HTTP error: the status, a retry button, and a warning naming the URL', async () => {
    const el = mount({ src: '/no-such-file-for-the-test.json' });
    await drawn(el);
    const message = root(el).querySelector('.placeholder.error')!;
    expect(message.textContent).toContain('The data file could not be loaded (error 404).');
    expect(message.querySelector('button')?.textContent).toBe('Try again');
    const warnings = takeWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('[kz-http] HTTP 404 for');
    expect(warnings[0]).toContain('no-such-file-for-the-test.json');
  });

  it('unknown indicator: names it for the reader and lists the ids for the developer', async () => {
    const el = mount({ indicator: 'nope' }, { data: fixture2018() });
    await drawn(el);
    expect(root(el).querySelector('.placeholder.error')?.textContent).toContain(
      'This data has no indicator “nope”.',
    );
    expect(takeWarnings()).toEqual([
      '<kz-choropleth> [kz-unknown-indicator] no indicator "nope" in the data. Fix: set indicator to one of: fixture, second.',
    ]);
  });

  it('no data at all: says so', async () => {
    const el = mount();
    await drawn(el);
    expect(root(el).querySelector('.placeholder.error')?.textContent).toContain(
      'No data was given to this map.',
    );
    expect(takeWarnings()[0]).toContain('[kz-missing]');
  });

  it('reserves the height of the map: a problem takes the same space as the drawing', async () => {
    const ok = mount({}, { data: fixture2018(), width: 500 });
    const bad = mount({ period: '1990' }, { data: fixture2018(), width: 500 });
    await drawn(ok);
    await drawn(bad);
    takeWarnings();
    const map = root(ok).querySelector('svg.map')!.getBoundingClientRect().height;
    const message = root(bad).querySelector('.placeholder')!.getBoundingClientRect().height;
    expect(message).toBe(map);
  });
});

describe('drawing', () => {
  it('draws when it comes near the viewport (at once with eager), in the space it reserved', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.append(spacer);
    try {
      const later = mount({ period: '2019' }, { data: fixture2018(), width: 500 });
      const eager = mount({ period: '2019', eager: true }, { data: fixture2018(), width: 500 });
      await drawn(eager);
      await later.updateComplete;
      expect(root(later).querySelector('svg.map')).toBeNull();
      const reserved = root(later).querySelector('.placeholder')!.getBoundingClientRect().height;
      later.scrollIntoView();
      await drawn(later);
      expect(root(later).querySelector('svg.map')!.getBoundingClientRect().height).toBe(reserved);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('fills every area with the colour of the legend class that holds its value', async () => {
    const el = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(el);
    const legend = readLegend(el);
    const shown = el.shadowRoot!.querySelectorAll('svg.map .areas path');
    const parse = (t: string) => Number(t.replace(',', '.'));
    const edges = legend.ticks.map(parse);
    expect(edges).toHaveLength(legend.colors.length + 1);
    for (const path of shown) {
      const id = path.getAttribute('data-id')!;
      const values = fixture2018().indicators[0].values as Record<string, Record<string, unknown>>;
      const value = values[id]['2019'];
      const fill = fillOf(el, id);
      if (value === null) {
        expect(fill).toBe('url(#kz-no-data)');
        continue;
      }
      const i = legend.colors.indexOf(fill);
      expect(i, `${id} ${fill}`).toBeGreaterThanOrEqual(0);
      expect(value as number).toBeGreaterThanOrEqual(edges[i]);
      if (i < legend.colors.length - 1) expect(value as number).toBeLessThan(edges[i + 1]);
      else expect(value as number).toBeLessThanOrEqual(edges[i + 1]);
    }
  });

  it('legend counts add up to the number of areas, with the no-data swatch', async () => {
    const el = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(el);
    const legend = readLegend(el);
    expect(legend.noData).toBe(1);
    expect(legend.counts.reduce((a, b) => a + b, 0) + (legend.noData ?? 0)).toBe(17);
  });

  it('shows the no-data swatch only when an area lacks data', async () => {
    const el = mount({ period: '2020' }, { data: fixture2018() });
    await drawn(el);
    expect(readLegend(el).noData).toBeNull();
    expect(readLegend(el).notApplicable).toBeNull();
    expect(readLegend(el).counts.reduce((a, b) => a + b, 0)).toBe(17);
    const na = mount({ period: '2020' }, { data: fixture2018({ notApplicable: true }) });
    await drawn(na);
    expect(readLegend(na).notApplicable).toBe(1);
    expect(readLegend(na).noData).toBeNull();
    expect(fillOf(na, 'KZ-11')).toBe('url(#kz-not-applicable)');
  });

  it('keeps colours fixed across periods and changes only fills on a period switch', async () => {
    const el = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(el);
    const before = areaPaths(el);
    const d = before.map((p) => p.getAttribute('d'));
    const colors = readLegend(el).colors;
    const ticks = readLegend(el).ticks;
    el.period = '2020';
    await el.updateComplete;
    const after = areaPaths(el);
    expect(after.every((p, i) => p === before[i] && p.getAttribute('d') === d[i])).toBe(true);
    expect(readLegend(el).colors).toEqual(colors);
    expect(readLegend(el).ticks).toEqual(ticks);
    expect(fillOf(el, 'KZ-63')).not.toBe('url(#kz-no-data)');
  });

  it('draws Astana, Almaty and Shymkent as symbols with 24 px targets; no-city-symbols turns them off', async () => {
    const el = mount({}, { data: fixture2018(), width: 320 });
    await drawn(el);
    const cities = [...root(el).querySelectorAll('g.city')];
    expect(cities.map((c) => c.getAttribute('data-id')).sort()).toEqual([
      'KZ-71',
      'KZ-75',
      'KZ-79',
    ]);
    for (const city of cities) {
      const box = city.querySelector('.city-hit')!.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(city.querySelector('.city-label')?.textContent).toBeTruthy();
    }
    expect(root(el).querySelector('g.city[data-id="KZ-71"] .city-dot')!.getAttribute('fill')).toBe(
      fillOf(el, 'KZ-71'),
    );
    const plain = mount({ 'no-city-symbols': true }, { data: fixture2018() });
    await drawn(plain);
    expect(root(plain).querySelectorAll('g.city')).toHaveLength(0);
    expect(areaTargets(plain)).toHaveLength(17);
  });

  it('follows the width of its container and never captures the wheel', async () => {
    const el = mount({}, { data: fixture2018(), width: 600 });
    await drawn(el);
    expect(root(el).querySelector('svg.map')!.getAttribute('width')).toBe('600');
    el.parentElement!.style.width = '400px';
    await until(
      () => root(el).querySelector('svg.map')?.getAttribute('width') === '400',
      'the new width',
    );
    const wheel = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    areaPaths(el)[0].dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(false);
  });
});

describe('interaction', () => {
  it('hover shows a tooltip with name, value, rank, difference, notes and sparkline', async () => {
    const hovers: CustomEvent[] = [];
    const el = mount({ period: '2020' }, { data: fixture2018() });
    el.addEventListener('kz-hover', (e) => hovers.push(e as CustomEvent));
    await drawn(el);
    await userEvent.hover(root(el).querySelector('path[data-id="KZ-15"]')!);
    await until(() => !!root(el).querySelector('.tooltip'), 'the tooltip');
    const tip = root(el).querySelector('.tooltip')!;
    expect(tip.querySelector('.tooltip-name')?.textContent).toBe('Aktobe Region');
    expect(tip.querySelector('.tooltip-value')?.textContent).toContain('3.0 per 1,000');
    const lines = [...tip.querySelectorAll('.tooltip-line')].map((l) => l.textContent);
    expect(lines).toEqual([
      'Rank: 2nd of 17, tied (lowest value first)',
      '7.0 below the national value',
      'Provisional',
      'Hand-made note',
    ]);
    expect(tip.querySelector('.spark-line')?.getAttribute('d')).toMatch(/^M/);
    expect(hovers.at(-1)?.detail).toEqual({ area: 'KZ-15', value: 3, period: '2020' });
    // Its styles came with the tooltip's code.
    expect(getComputedStyle(tip).position).toBe('absolute');
    expect(getComputedStyle(tip.querySelector('.spark-line')!).fill).toBe('none');
  });

  it('says so when an area has no value for the period', async () => {
    const el = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(el);
    (root(el).querySelector('[data-id="KZ-63"][role="button"]') as SVGElement).focus();
    await until(() => !!root(el).querySelector('.tooltip'), 'the tooltip');
    expect(root(el).querySelector('.tooltip .tooltip-value')?.textContent).toContain(
      'No value for 2019',
    );
  });

  it('fires kz-select on click and Enter, and not when selected is set from code', async () => {
    const selects: CustomEvent[] = [];
    const el = mount({ period: '2020' }, { data: fixture2018() });
    el.addEventListener('kz-select', (e) => selects.push(e as CustomEvent));
    await drawn(el);
    el.selected = 'KZ-11';
    await el.updateComplete;
    expect(selects).toHaveLength(0);
    expect(
      root(el).querySelector('[data-id="KZ-11"][role="button"]')?.getAttribute('aria-pressed'),
    ).toBe('true');
    expect(root(el).querySelector('.hl-selected')).not.toBeNull();
    await userEvent.click(root(el).querySelector('path[data-id="KZ-43"]')!);
    expect(selects).toHaveLength(1);
    expect(selects[0].detail).toEqual({
      area: 'KZ-43',
      name: 'Kyzylorda Region',
      value: 10,
      period: '2020',
      indicator: 'fixture',
    });
    expect(selects[0].bubbles && selects[0].composed).toBe(true);
    expect(el.selected).toBe('KZ-43');
    (root(el).querySelector('g.city[data-id="KZ-75"]') as SVGElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(selects).toHaveLength(2);
    expect(selects[1].detail.area).toBe('KZ-75');
    expect(root(el).querySelector('[aria-live]')?.textContent).toBe(
      'Selected: Almaty, 17.0 per 1,000.',
    );
  });

  it('Tab goes from the period control to one area, then on to the toolbar', async () => {
    const el = mount({ controls: true }, { data: fixture2018() });
    await drawn(el);
    (root(el).querySelector('.controls input') as HTMLElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.keyboard('{Tab}');
      const active = root(el).activeElement!;
      stops.push(active.getAttribute('data-id') ?? active.localName);
    }
    expect(stops).toEqual(['KZ-27', 'button', 'summary']);
  });

  it('has one tab stop, and the arrow keys reach every area', async () => {
    const el = mount({}, { data: fixture2018() });
    await drawn(el);
    const targets = areaTargets(el);
    expect(targets).toHaveLength(17);
    expect(targets.filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1);
    const start = targets.find((t) => t.getAttribute('tabindex') === '0')!;
    start.focus();
    const seen = new Set<string>([start.getAttribute('data-id')!]);
    const queue = [start.getAttribute('data-id')!];
    while (queue.length) {
      const id = queue.shift()!;
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        (root(el).querySelector(`[data-id="${id}"][role="button"]`) as SVGElement).focus();
        await userEvent.keyboard(`{${key}}`);
        await el.updateComplete;
        const now = (root(el).activeElement as Element | null)?.getAttribute('data-id');
        if (now && !seen.has(now)) {
          seen.add(now);
          queue.push(now);
        }
      }
    }
    expect([...seen].sort()).toEqual(targets.map((t) => t.getAttribute('data-id')).sort());
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    const last = (root(el).activeElement as Element).getAttribute('data-id');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    const first = (root(el).activeElement as Element).getAttribute('data-id');
    expect(first).toBe('KZ-27');
    expect(last).toBe('KZ-63');
    expect(targets.filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('period control: the slider changes the period, fires kz-change and announces it', async () => {
    const changes: CustomEvent[] = [];
    const el = mount({ controls: true, period: '2019' }, { data: fixture2018() });
    el.addEventListener('kz-change', (e) => changes.push(e as CustomEvent));
    await drawn(el);
    const slider = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getAttribute('aria-valuetext')).toBe('2019');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.period).toBe('2020');
    expect(changes.map((c) => c.detail)).toEqual([{ period: '2020' }]);
    expect(root(el).querySelector('[aria-live]')?.textContent).toBe('Showing 2020.');
    expect(root(el).querySelector('.controls button')?.textContent).toContain('Play');
  });

  it('fills fade on the steps of the period player only; other period changes draw at once', async () => {
    const el = mount({ controls: true, period: '2020' }, { data: fixture2018() });
    await drawn(el);
    const fade = () =>
      getComputedStyle(root(el).querySelector('.area')!).transitionProperty +
      ' ' +
      getComputedStyle(root(el).querySelector('.area')!).transitionDuration;
    expect(root(el).querySelector('.areas')?.classList.contains('animate')).toBe(false);
    expect(fade()).toBe('all 0s');
    el.period = '2019';
    await el.updateComplete;
    expect(fade()).toBe('all 0s');
    el.period = '2020';
    await el.updateComplete;
    // Play at the last period starts again from the first: a step of the player, which fades.
    await userEvent.click(root(el).querySelector('.controls button')!);
    await el.updateComplete;
    expect(el.period).toBe('2019');
    expect(root(el).querySelector('.areas')?.classList.contains('animate')).toBe(true);
    expect(root(el).querySelector('.cities')?.classList.contains('animate')).toBe(true);
    expect(fade()).toBe('fill 0.2s');
    // Pausing and setting the period from the page draws at once again.
    await userEvent.click(root(el).querySelector('.controls button')!);
    el.period = '2020';
    await el.updateComplete;
    expect(root(el).querySelector('.areas')?.classList.contains('animate')).toBe(false);
    expect(fade()).toBe('all 0s');
  });
});

describe('table', () => {
  it('shows the same values and ranks as the map, sortable', async () => {
    const el = mount({ period: '2020' }, { data: fixture2018() });
    await drawn(el);
    const labels = new Map(
      areaTargets(el).map((t) => [t.getAttribute('data-id')!, t.getAttribute('aria-label')!]),
    );
    await userEvent.click(root(el).querySelector('.toolbar .button')!);
    await drawn(el);
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(17);
    // Its styles came with the table's code, once however often it is shown.
    expect(getComputedStyle(root(el).querySelector('thead th')!).position).toBe('sticky');
    expect(getComputedStyle(root(el).querySelector('table')!).borderCollapse).toBe('collapse');
    for (const row of rows) {
      const id = row.getAttribute('data-id')!;
      const value = row.querySelector('td')!.textContent!;
      expect(labels.get(id)).toContain(value);
      const rank = row.querySelectorAll('td')[1].textContent!;
      if (rank) expect(labels.get(id)).toContain(rank.replace(', tied', ''));
      else expect(labels.get(id)).not.toMatch(/ of 17/);
    }
    expect(
      rows.filter((r) => r.querySelectorAll('td')[1].textContent === '2nd of 17, tied'),
    ).toHaveLength(2);
    await userEvent.click(root(el).querySelectorAll('th button')[1]);
    const sorted = [...root(el).querySelectorAll('tbody tr td:first-of-type')].map((td) =>
      Number(td.textContent!.split(' ')[0]),
    );
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(root(el).querySelectorAll('th button')[1].closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
  });
});

describe('exports', () => {
  it('builds a standalone SVG and a script-tag snippet of this exact view', async () => {
    const el = mount({ period: '2019', lang: 'en' }, { data: fixture2018() });
    await drawn(el);
    const doc = (await el.svgExport())!;
    expect(doc.markup).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(doc.markup).toContain('Fixture rate');
    expect(doc.markup).toContain('id="kz-no-data"');
    expect(doc.markup).not.toContain('tabindex');
    const view = (await el.embedView())!;
    expect(view.attributes).toMatchObject({ indicator: 'fixture', period: '2019', lang: 'en' });
    expect(view.json).toContain('"KZ-11"');
  });
});

describe('downloads and embed code', () => {
  it('renders the PNG, writes the CSV of the shown data, and offers the embed code', async () => {
    const el = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(el);
    const doc = (await el.svgExport())!;
    const png = await svgToPng(doc.markup);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
    const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...bytes]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

    // The CSV and SVG buttons hand a file to the browser: read it where the link is made.
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const menuButton = (label: string) =>
        [...root(el).querySelectorAll<HTMLButtonElement>('.menu button')].find(
          (b) => b.textContent?.trim() === label,
        )!;
      await userEvent.click(root(el).querySelector('details.export summary')!);
      await userEvent.click(menuButton('Data (CSV)'));
      await until(() => blobs.length === 1, 'the CSV file');
      await userEvent.click(root(el).querySelector('details.export summary')!);
      await userEvent.click(menuButton('Vector image (SVG)'));
      await until(() => blobs.length === 2, 'the SVG file');
      const csv = await blobs[0].text();
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe(
        'area_id,area,period,value,unit,rank,difference_from_national,status,note',
      );
      expect(lines).toHaveLength(18);
      expect(lines).toContain('KZ-11,Akmola Region,2019,1,"per 1,000",1,-8,,');
      expect(lines).toContain('KZ-63,East Kazakhstan Region,2019,,"per 1,000",,,not-available,');
      const svgFile = await blobs[1].text();
      expect(svgFile).toContain('>Fixture rate</text>');
      expect(svgFile).toMatch(/<path [^>]*fill="rgb\(254, 240, 217\)"/);
      // A white page behind the drawing (the light theme's background), not a transparent one.
      expect(svgFile).toMatch(/<rect width="800" height="\d+" fill="rgb\(255, 255, 255\)"\/>/);
      expect(click).toHaveBeenCalledTimes(2);
    } finally {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }

    await userEvent.click(root(el).querySelector('details.export summary')!);
    const copy = [...root(el).querySelectorAll<HTMLButtonElement>('.menu button')].find(
      (b) => b.textContent?.trim() === 'Copy embed code',
    )!;
    await userEvent.click(copy);
    await until(() => !!root(el).querySelector('.status'), 'the copy status');
    const status = root(el).querySelector('.status')!.textContent;
    if (status === 'Copy the code below.') {
      const snippet = root(el).querySelector<HTMLTextAreaElement>('.snippet')!.value;
      expect(snippet).toContain('<kz-choropleth indicator="fixture" period="2019" lang="en"');
      expect(snippet).toContain('<script type="application/json">');
    } else {
      expect(status).toBe('Copied to the clipboard.');
    }
    expect(root(el).querySelector<HTMLDetailsElement>('details.export')!.open).toBe(false);
  });
});

describe('accessibility', () => {
  it('axe finds no violations on the map, the table, and a problem', async () => {
    const el = mount({ controls: true, period: '2019' }, { data: fixture2018() });
    await drawn(el);
    expect(await axeViolations(el)).toEqual([]);
    el.view = 'table';
    await drawn(el);
    expect(await axeViolations(el)).toEqual([]);
    const bad = mount({ indicator: 'missing-one' }, { data: fixture2018() });
    await drawn(bad);
    takeWarnings();
    expect(await axeViolations(bad)).toEqual([]);
  });
});

describe('projected geometry', () => {
  const geometryOf = (el: HTMLElement) => (el as unknown as { geometry: unknown }).geometry;

  it('is shared by maps of the same layout and width, and kept when a map is mounted again', async () => {
    const a = mount({ period: '2020' }, { data: fixture2018() });
    const b = mount({ period: '2019' }, { data: fixture2018() });
    await drawn(a);
    await drawn(b);
    expect(geometryOf(a)).toBeTruthy();
    expect(geometryOf(b)).toBe(geometryOf(a));
    const paths = areaPaths(a).map((p) => p.getAttribute('d'));
    const kept = geometryOf(a);
    unmountAll();
    const again = mount({ period: '2020' }, { data: fixture2018() });
    await drawn(again);
    expect(geometryOf(again)).toBe(kept);
    expect(areaPaths(again).map((p) => p.getAttribute('d'))).toEqual(paths);
    const narrower = mount({ period: '2020' }, { data: fixture2018(), width: 500 });
    await drawn(narrower);
    expect(geometryOf(narrower)).not.toBe(kept);
  });
});
