import { describe, expect, it } from 'vitest';
import { breakBefore, breaksOf, periodBreaksOf } from '../../../src/data/breaks.js';
import { parseIndicators, validateIndicators } from '../../../src/data/parse.js';

// Hand-made fixture: made-up values across the 2018 change of layout, with a stated break in
// 2018, a value marked as a break in 2020 and a comparator with its own source.
const dataset = parseIndicators({
  indicators: [
    {
      id: 'demo',
      name: 'Demo',
      source: 'Hand-made test fixture',
      breaks: { '2018': { en: 'New definition from 2018' } },
      values: {
        'KZ-11': {
          '2016': 4,
          '2017': 4.2,
          '2018': 5,
          '2019': 5.1,
          '2020': { value: 7, status: 'break', note: 'New survey' },
        },
        'KZ-51': { '2016': 6, '2017': 6.1 },
        'KZ-61': { '2018': 5, '2019': 5.5, '2020': 5.6 },
        'KZ-75': { '2016': 1, '2019': 2 },
      },
      references: [
        { id: 'national', kind: 'national', label: 'Kazakhstan', values: { '2016': 5, '2019': 6 } },
        {
          id: 'world',
          kind: 'comparator',
          label: 'World',
          values: { '2016': 40, '2019': 38 },
          source: 'Another hand-made source',
        },
        { id: 'sdg', kind: 'target', label: 'Target', value: 3 },
      ],
    },
  ],
});
const [indicator] = dataset.indicators;
const summary = (breaks: ReturnType<typeof breaksOf>) =>
  breaks.map((b) => [
    b.period.id,
    b.note?.en,
    b.layoutChange && `${b.layoutChange.from}>${b.layoutChange.to}`,
  ]);

describe('breaks in series', () => {
  it('the parser keeps stated breaks by normalised period', () => {
    expect(indicator.breaks).toEqual({ '2018': { en: 'New definition from 2018' } });
  });

  it('breaksOf(area) joins stated breaks, marked values and layout changes', () => {
    expect(summary(breaksOf(indicator, 'KZ-11'))).toEqual([
      ['2018', 'New definition from 2018', 'pre2018>2018'],
      ['2020', 'New survey', undefined],
    ]);
    // A gap over the break still breaks the line at the first value after it.
    expect(summary(breaksOf(indicator, 'KZ-75'))).toEqual([
      ['2019', 'New definition from 2018', 'pre2018>2018'],
    ]);
    expect(summary(breaksOf(indicator, 'KZ-61'))).toEqual([]);
  });

  it('breaksOf(reference) takes stated breaks only for references of the same source', () => {
    expect(summary(breaksOf(indicator, 'national'))).toEqual([
      ['2019', 'New definition from 2018', undefined],
    ]);
    expect(breaksOf(indicator, 'world')).toEqual([]);
    expect(breaksOf(indicator, 'sdg')).toEqual([]);
    expect(breaksOf(indicator, 'nothing')).toEqual([]);
  });

  it('periodBreaksOf and breakBefore give the breaks the map period control shows', () => {
    expect(summary(periodBreaksOf(indicator))).toEqual([
      ['2018', 'New definition from 2018', 'pre2018>2018'],
      ['2020', 'New survey', undefined],
    ]);
    expect(breakBefore(indicator, '2018')?.layoutChange).toEqual({ from: 'pre2018', to: '2018' });
    expect(breakBefore(indicator, '2019')).toBeUndefined();
  });

  it('periodBreaksOf(indicator, periods) keeps to the periods the map steps through', () => {
    // 2018 is not a step: its stated break and change of layout come at the next step, 2019.
    const steps = periodBreaksOf(indicator, ['2017', '2019', '2020']);
    expect(summary(steps)).toEqual([
      ['2019', 'New definition from 2018', 'pre2018>2018'],
      ['2020', 'New survey', undefined],
    ]);
    expect(steps.map((b) => b.marked)).toEqual([undefined, true]);
    expect(periodBreaksOf(indicator, ['2018', '2019'])).toEqual([]);
    expect(periodBreaksOf(indicator, ['2020'])).toEqual([]);
  });

  it('says which breaks are marked on a value, in a series and on the map', () => {
    expect(breaksOf(indicator, 'KZ-11').map((b) => [b.period.id, b.marked])).toEqual([
      ['2018', undefined],
      ['2020', true],
    ]);
    // A value marked without a note, at a change of layout: still a break in series.
    const marked = parseIndicators({
      indicators: [
        {
          id: 'm',
          name: 'M',
          source: 'Hand-made test fixture',
          values: {
            'KZ-11': { '2017': 1, '2018': { value: 2, status: 'break' } },
            'KZ-79': { '2018': 3 },
          },
          layout: { '2017': 'pre2018', '2018': '2018' },
        },
      ],
    }).indicators[0];
    expect(periodBreaksOf(marked)).toEqual([
      {
        period: marked.periods[1],
        marked: true,
        layoutChange: { from: 'pre2018', to: '2018' },
      },
    ]);
  });

  it('reports a bad breaks field with its path, and warns of a break without values', () => {
    const doc = (breaks: unknown) => ({
      id: 'a',
      name: 'A',
      source: 'Hand-made test fixture',
      breaks,
      values: { 'KZ-11': { '2019': 1 } },
    });
    expect(validateIndicators(doc(['2018'])).problems.map((p) => [p.path, p.code])).toEqual([
      ['breaks', 'type'],
    ]);
    expect(
      validateIndicators(doc({ '20x8': 'x', '2019': 5 })).problems.map((p) => [p.path, p.code]),
    ).toEqual([
      ['breaks["2019"]', 'type'],
      ['breaks["20x8"]', 'period'],
    ]);
    expect(parseIndicators(doc({ '2025': 'Later' })).warnings).toEqual([
      {
        path: 'breaks["2025"]',
        code: 'unused-break',
        message: 'a break is given for period 2025, which has no values',
      },
    ]);
  });
});
