import { describe, expect, it } from 'vitest';
import {
  extentOf,
  indicatorById,
  latestPeriodWithData,
  layoutAt,
  periodsOf,
  referencesOf,
  seriesOf,
  valuesAt,
} from '../../../src/data/accessors.js';
import { parseIndicators } from '../../../src/data/parse.js';

// Hand-made fixture: made-up values spanning the three region layouts.
const dataset = parseIndicators({
  indicators: [
    {
      id: 'demo',
      name: 'Demo',
      source: 'Hand-made test fixture',
      values: {
        'KZ-11': { '2016': 4, '2019': 3, '2023': { value: 2, lower: 1, upper: 2.5 } },
        'KZ-51': { '2016': 6 },
        'KZ-61': { '2019': 5, '2023': null },
        'KZ-10': { '2023': 7 },
      },
      references: [
        { id: 'national', kind: 'national', label: 'Kazakhstan', values: { '2016': 5, '2024': 1 } },
        { id: 'WLD', kind: 'comparator', label: 'World', values: { '2019': 40 } },
        { id: 'sdg', kind: 'target', label: 'SDG 3.2', value: 25, year: 2030 },
      ],
    },
    {
      id: 'empty',
      name: 'Empty',
      source: 'Hand-made test fixture',
      values: { 'KZ-11': { '2020': null } },
    },
  ],
});
const [indicator, empty] = dataset.indicators;

describe('accessors', () => {
  it('periodsOf(indicator) lists area and reference periods in time order', () => {
    expect(periodsOf(indicator).map((p) => p.id)).toEqual(['2016', '2019', '2023', '2024']);
  });

  it('layoutAt(indicator, period) is the layout of the period, or undefined', () => {
    expect(layoutAt(indicator, '2016')).toBe('pre2018');
    expect(layoutAt(indicator, '2019')).toBe('2018');
    expect(layoutAt(indicator, '2023')).toBe('2022');
    expect(layoutAt(indicator, '2024')).toBeUndefined();
    expect(layoutAt(indicator, 'constructor')).toBeUndefined();
  });

  it('valuesAt(indicator, period) maps areas to observations in layout order', () => {
    expect([...valuesAt(indicator, '2023')]).toEqual([
      ['KZ-10', { value: 7 }],
      ['KZ-11', { value: 2, lower: 1, upper: 2.5 }],
      ['KZ-61', { value: null }],
    ]);
    expect([...valuesAt(indicator, '2016')]).toEqual([
      ['KZ-11', { value: 4 }],
      ['KZ-51', { value: 6 }],
    ]);
    expect(valuesAt(indicator, '2024').size).toBe(0);
    expect(valuesAt(indicator, '1900').size).toBe(0);
  });

  it('seriesOf(indicator, area) is the area series with the layout of each point', () => {
    expect(seriesOf(indicator, 'KZ-11').map((p) => [p.period.id, p.value, p.layout])).toEqual([
      ['2016', 4, 'pre2018'],
      ['2019', 3, '2018'],
      ['2023', 2, '2022'],
    ]);
    expect(seriesOf(indicator, 'KZ-11')[2].observation).toEqual({ value: 2, lower: 1, upper: 2.5 });
  });

  it('seriesOf(indicator, reference) is the reference series', () => {
    expect(seriesOf(indicator, 'national').map((p) => [p.period.id, p.value])).toEqual([
      ['2016', 5],
      ['2024', 1],
    ]);
  });

  it('seriesOf(indicator, constant target) gives the target at every period', () => {
    expect(seriesOf(indicator, 'sdg').map((p) => [p.period.id, p.value])).toEqual([
      ['2016', 25],
      ['2019', 25],
      ['2023', 25],
      ['2024', 25],
    ]);
  });

  it('seriesOf(indicator, unknown) is empty', () => {
    expect(seriesOf(indicator, 'KZ-99')).toEqual([]);
    expect(seriesOf(indicator, '__proto__')).toEqual([]);
  });

  it('extentOf(indicator) spans the area values of every period', () => {
    expect(extentOf(indicator)).toEqual([2, 7]);
  });

  it('extentOf(indicator, {periods}) spans the given periods', () => {
    expect(extentOf(indicator, { periods: ['2019'] })).toEqual([3, 5]);
    expect(extentOf(indicator, { periods: ['2024'] })).toBeUndefined();
  });

  it('extentOf(indicator, {bounds, references}) includes bounds and references', () => {
    expect(extentOf(indicator, { bounds: true })).toEqual([1, 7]);
    expect(extentOf(indicator, { references: true })).toEqual([1, 40]);
  });

  it('extentOf(indicator) is undefined without numbers', () => {
    expect(extentOf(empty)).toBeUndefined();
  });

  it('referencesOf(indicator, kind?) filters by kind', () => {
    expect(referencesOf(indicator).map((r) => r.id)).toEqual(['national', 'WLD', 'sdg']);
    expect(referencesOf(indicator, 'comparator').map((r) => r.id)).toEqual(['WLD']);
    expect(referencesOf(indicator, 'target').map((r) => r.id)).toEqual(['sdg']);
  });

  it('indicatorById(dataset, id?) finds an indicator; the first without id', () => {
    expect(indicatorById(dataset, 'empty')).toBe(empty);
    expect(indicatorById(dataset)).toBe(indicator);
    expect(indicatorById(dataset, '')).toBe(indicator);
    expect(indicatorById(dataset, 'nope')).toBeUndefined();
  });

  it('latestPeriodWithData(indicator) is the last period where an area has a number', () => {
    expect(latestPeriodWithData(indicator)?.id).toBe('2023');
    expect(latestPeriodWithData(empty)).toBeUndefined();
  });
});
