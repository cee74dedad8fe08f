// <kz-choropleth> on the real datasets of stories/data: what a reader gets on each layout.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import u5mr from '../../stories/data/u5mr-regions.json';
import poverty from '../../stories/data/poverty-regions.json';
import districts from '../../stories/data/districts-area.json';
import skilledBirth from '../../stories/data/skilled-birth-regions.json';
import { parseIndicators } from '../../src/data/parse.js';
import type { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
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

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  unmountAll();
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

const CASES = [
  { name: 'under-five mortality 2019', data: u5mr, period: '2019', layout: '2018', areas: 17 },
  { name: 'poverty 2023', data: poverty, period: '2023', layout: '2022', areas: 20 },
  { name: 'poverty 2015', data: poverty, period: '2015', layout: 'pre2018', areas: 16 },
  { name: 'district areas 2024', data: districts, period: '2024', layout: 'districts', areas: 224 },
] as const;

/** Every area reachable with the arrow keys from the one that holds the tab stop. */
async function reachable(el: KzChoropleth): Promise<Set<string>> {
  const start = areaTargets(el).find((t) => t.getAttribute('tabindex') === '0')!;
  const seen = new Set([start.getAttribute('data-id')!]);
  const queue = [...seen];
  while (queue.length) {
    const id = queue.shift()!;
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      const target = root(el).querySelector<SVGElement>(`[data-id="${id}"][role="button"]`)!;
      target.focus();
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      const now = (root(el).activeElement as Element | null)?.getAttribute('data-id');
      if (now && !seen.has(now)) {
        seen.add(now);
        queue.push(now);
      }
    }
  }
  return seen;
}

describe.each(CASES)('$name', ({ data, period, layout, areas }) => {
  it(`draws ${areas} areas, each filled with the colour of its legend class`, async () => {
    const loads: CustomEvent[] = [];
    const el = mount({ period }, { data, width: 900 });
    el.addEventListener('kz-load', (e) => loads.push(e as CustomEvent));
    await drawn(el);
    expect(areaPaths(el)).toHaveLength(areas);
    expect(loads.at(-1)?.detail).toMatchObject({ period, layout, areas });

    const indicator = parseIndicators(data).indicators[0];
    const legend = readLegend(el);
    const edges = legend.ticks.map((t) => Number(t.replace(/[^\d.\-−]/g, '').replace('−', '-')));
    // At 900 px every break has its label.
    expect(edges).toHaveLength(legend.colors.length + 1);
    let coloured = 0;
    for (const path of areaPaths(el)) {
      const id = path.getAttribute('data-id')!;
      const value = indicator.values[id]?.[period]?.value ?? null;
      const fill = fillOf(el, id);
      if (value === null) {
        expect(fill).toBe('url(#kz-no-data)');
        continue;
      }
      coloured++;
      const i = legend.colors.indexOf(fill);
      expect(i, id).toBeGreaterThanOrEqual(0);
      // The first label is the smallest value, rounded to the indicator's decimals.
      expect(value).toBeGreaterThanOrEqual(i === 0 ? edges[0] - 0.05 : edges[i]);
      if (i < legend.colors.length - 1) expect(value).toBeLessThan(edges[i + 1]);
    }
    const total = legend.counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(coloured);
    expect(total + (legend.noData ?? 0)).toBe(areas);
    expect(legend.noData).toBe(areas === coloured ? null : areas - coloured);
  });

  it('the arrow keys reach every area, from one tab stop', async () => {
    const el = mount({ period }, { data, width: 900 });
    await drawn(el);
    const targets = areaTargets(el);
    expect(targets.filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1);
    const seen = await reachable(el);
    expect(seen.size).toBe(targets.length);
  });

  it('the table lists the same areas and values as the map', async () => {
    const el = mount({ period, view: 'table' }, { data, width: 900 });
    await drawn(el);
    // The table view is fetched on first use.
    await until(() => !!root(el).querySelector('tbody tr'), 'the table');
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(areas);
    const labels = new Map(
      areaTargets(el).map((t) => [t.getAttribute('data-id')!, t.getAttribute('aria-label')!]),
    );
    for (const row of rows) {
      const id = row.getAttribute('data-id')!;
      expect(labels.get(id)).toContain(`${row.querySelector('th')!.textContent!.trim()}: `);
      expect(labels.get(id)).toContain(row.querySelector('td')!.textContent!);
    }
  });
});

describe('missing data on real data', () => {
  it('shows the no-data swatch for the cities in the rural series, and not in the total', async () => {
    const rural = mount(
      { indicator: 'skilled-birth-rural', period: '2023' },
      { data: skilledBirth },
    );
    const total = mount({ indicator: 'skilled-birth', period: '2023' }, { data: skilledBirth });
    await drawn(rural);
    await drawn(total);
    expect(readLegend(rural).noData).toBe(3);
    expect(readLegend(total).noData).toBeNull();
    for (const city of ['KZ-71', 'KZ-75', 'KZ-79']) {
      expect(fillOf(rural, city)).toBe('url(#kz-no-data)');
      expect(
        root(rural).querySelector(`g.city[data-id="${city}"]`)!.getAttribute('aria-label'),
      ).toMatch(/: No value for 2023$/);
    }
  });
});
