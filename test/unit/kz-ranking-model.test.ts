import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIndicators } from '../../src/data/parse.js';
import { colorScale } from '../../src/scales/color.js';
import { LAYOUT_AREAS } from '../../src/data/areas.js';
import { areaData, type AreaDatum } from '../../src/components/kz-choropleth/model.js';
import { rankText, rankingRows } from '../../src/components/kz-ranking/model.js';
import { placeRules, rankingAxis, wrapText } from '../../src/components/kz-ranking/axis.js';
import { rankingView } from '../../src/components/kz-ranking/view.js';
import { count, inputsOf } from '../../src/components/kz-ranking/inputs.js';

// Hand-made fixture, NOT real data: ties, a null, a not-applicable area, far and near references.
const dataset = parseIndicators({
  indicators: [
    {
      id: 'hand',
      name: { en: 'Hand-made', ru: 'Ручной' },
      unit: { en: 'per 1,000' },
      decimals: 1,
      better: 'lower',
      source: { name: 'Hand-made test fixture' },
      values: {
        'KZ-11': { '2019': 4 },
        'KZ-15': { '2019': 6 },
        'KZ-19': { '2019': 6 },
        'KZ-23': { '2019': 9 },
        'KZ-27': { '2019': 2 },
        'KZ-31': { '2019': null },
        'KZ-75': { '2019': { value: null, reason: 'not-applicable' } },
      },
      references: [
        { id: 'KAZ', kind: 'national', label: 'Kazakhstan', values: { '2019': 5 } },
        {
          id: 'WLD',
          kind: 'comparator',
          label: 'World',
          values: { '2019': 38 },
          source: { name: 'UN IGME', licence: 'CC BY 4.0' },
        },
        { id: 'SDG', kind: 'target', label: 'Target 3 or lower', value: 3, year: 2030 },
      ],
    },
  ],
});
const indicator = dataset.indicators[0];
const ids = LAYOUT_AREAS['2018'];
const scale = colorScale([4, 6, 6, 9, 2], { classes: 3, better: 'lower' });
const areas = areaData(ids, indicator, '2019', scale);
const names = (id: string) => id;
const collator = new Intl.Collator('en');
const options = { sort: 'value' as const, top: 0, bottom: 0, nameOf: names, collator };

describe('rankingRows(areas, options)', () => {
  it('puts rank 1 first in the direction of better, ties by name, areas without value last', () => {
    const rows = rankingRows(areas, options);
    expect(rows).toHaveLength(17);
    expect(rows.slice(0, 5).map((r) => [r.datum.id, r.rank])).toEqual([
      ['KZ-27', '1'],
      ['KZ-11', '2'],
      ['KZ-15', '=3'],
      ['KZ-19', '=3'],
      ['KZ-23', '5'],
    ]);
    expect(rows.slice(5).every((r) => r.rank === '' && r.datum.value === null)).toBe(true);
    expect(rows.find((r) => r.datum.id === 'KZ-75')!.datum.missing).toBe('not-applicable');
  });

  it('sorts by name with the areas without value still last', () => {
    const rows = rankingRows(areas, { ...options, sort: 'name' });
    expect(rows.slice(0, 5).map((r) => r.datum.id)).toEqual([
      'KZ-11',
      'KZ-15',
      'KZ-19',
      'KZ-23',
      'KZ-27',
    ]);
  });

  it('top and bottom keep the ties at the cut and mark the gap; no-value rows are left out', () => {
    expect(rankingRows(areas, { ...options, top: 3 }).map((r) => r.datum.id)).toEqual([
      'KZ-27',
      'KZ-11',
      'KZ-15',
      'KZ-19',
    ]);
    const both = rankingRows(areas, { ...options, top: 1, bottom: 1 });
    expect(both.map((r) => [r.datum.id, r.gapBefore])).toEqual([
      ['KZ-27', false],
      ['KZ-23', true],
    ]);
    expect(rankingRows(areas, { ...options, top: 9 }).map((r) => r.datum.id)).toHaveLength(5);
  });

  it('rankText writes shared ranks with "="', () => {
    const d = (rank: number | null, tied: boolean) => ({ rank, tied }) as AreaDatum;
    expect([rankText(d(3, true)), rankText(d(1, false)), rankText(d(null, false))]).toEqual([
      '=3',
      '1',
      '',
    ]);
  });
});

describe('rankingAxis(values, references)', () => {
  it('covers the values and the references near them, nicely rounded', () => {
    const axis = rankingAxis([2, 4, 6, 9], [5, 3, 38])!;
    expect(axis.domain).toEqual([2, 9]);
    expect(axis.beyond(38)).toBe(1);
    expect(axis.x(38)).toBe(1);
    expect(axis.x(5.5)).toBeCloseTo(0.5);
    expect(axis.ticks.map((t) => t.value)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('starts at zero for bars, and has a span for a single value', () => {
    expect(rankingAxis([12, 15], [], { zero: true })!.domain).toEqual([0, 20]);
    const one = rankingAxis([7], [])!;
    expect(one.domain[0]).toBeLessThan(7);
    expect(one.domain[1]).toBeGreaterThan(7);
    expect(rankingAxis([], [1])).toBeNull();
  });
});

describe('placeRules(rules, axis, frame)', () => {
  const measure = (t: string) => t.length * 6;
  const frame = { plotLeft: 100, plotWidth: 200, width: 320, lineHeight: 15, measure };
  const axis = rankingAxis([0, 10], [])!;

  it('stacks labels that would overlap, and ends a label at its rule near the right edge', () => {
    const { rules, height } = placeRules(
      [
        { id: 'a', kind: 'national', value: 5, label: 'Kazakhstan 5.0' },
        { id: 'b', kind: 'comparator', value: 5.5, label: 'World 5.5' },
        { id: 'c', kind: 'target', value: 10, label: 'Target 10' },
      ],
      axis,
      frame,
    );
    const [a, b, c] = rules;
    expect(a.top).toBe(0);
    expect(b.top).toBe(15);
    expect(c.left + c.width).toBe(300);
    expect(c.top).toBe(30);
    expect(height).toBe(45);
  });

  it('wraps a label longer than the row', () => {
    expect(wrapText('one two three four', 50, measure)).toEqual(['one two', 'three', 'four']);
  });
});

const o = {
  sort: 'value' as const,
  top: 0,
  bottom: 0,
  mark: 'dot' as const,
  references: true,
  tickCount: 5,
};

describe('rankingView(dataset, lang, indicator, period, areas, options)', () => {
  it('names each row with value and rank in words, and says what is missing', () => {
    const v = rankingView(dataset, 'en', indicator, '2019', areas, o);
    const tied = v.rows.find((r) => r.id === 'KZ-15')!;
    expect(`${tied.name}: ${tied.value}${tied.spoken}`).toBe(
      'Aktobe Region: 6.0 per 1,000, 3rd of 5, tied',
    );
    expect(tied.rank).toBe('=3');
    expect(v.rows.find((r) => r.id === 'KZ-75')!.missing).toBe('Not applicable');
    expect(v.rows.find((r) => r.id === 'KZ-31')!.missing).toBe('No data');
    expect(v.rows.find((r) => r.id === 'KZ-31')!.x).toBeNull();
  });

  it('labels the references, says which is off the axis, and credits their sources', () => {
    const v = rankingView(dataset, 'en', indicator, '2019', areas, o);
    expect(v.rules.map((r) => r.label)).toEqual([
      'Kazakhstan 5.0',
      'World 38.0',
      'Target 3 or lower',
    ]);
    expect(v.description).toContain('World 38.0 (beyond the axis)');
    expect(v.description).toContain('Rank 1 is the lowest value.');
    expect(v.sources).toEqual([
      { name: 'Hand-made test fixture', url: '', licence: '', lines: [] },
      { name: 'UN IGME', url: '', licence: 'CC BY 4.0', lines: [] },
    ]);
  });

  it('in Russian: names and numbers of the language (the words once Russian has loaded)', () => {
    const v = rankingView(dataset, 'ru', indicator, '2019', areas, o);
    expect(v.rows[0].name).toBe('Западно-Казахстанская область');
    expect(v.title).toBe('Ручной');
    expect(v.rows.find((r) => r.id === 'KZ-15')!.value).toBe('6,0');
  });
});

describe('inputs', () => {
  it('count() reads top and bottom; inputsOf() reads a map-like element', () => {
    expect([count('5'), count(null), count(-2), count('x'), count(2.7)]).toEqual([5, 0, 0, 0, 2]);
    const el = { indicator: 'u5mr', period: '2019', classes: 4, selected: 'KZ-11' } as never;
    const read = inputsOf(el);
    expect(read.view).toEqual({ indicator: 'u5mr', period: '2019', layout: '', level: '' });
    expect(read.scale.classes).toBe(4);
    expect(read.selected).toBe('KZ-11');
  });
});

describe('the real under-five mortality document', () => {
  it('has one row per area of the 2019 layout, national and comparators as rules', () => {
    const doc = parseIndicators(JSON.parse(readFileSync('stories/data/u5mr-regions.json', 'utf8')));
    const u5mr = doc.indicators[0];
    const real = areaData(ids, u5mr, '2019', colorScale([1, 2], {}));
    const v = rankingView(doc, 'kk', u5mr, '2019', real, o);
    expect(v.rows).toHaveLength(17);
    expect(v.rules.map((r) => r.kind)).toEqual(['national', 'comparator', 'comparator', 'target']);
  });
});
