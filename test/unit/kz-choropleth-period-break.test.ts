// The period control's note where a series breaks: new region boundaries (real data) or a break
// the source marks (hand-made fixture).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import {
  hasBreaks,
  periodBreak,
  periodNote,
} from '../../src/components/kz-choropleth/period-break.js';
import { MESSAGES } from '../../src/components/kz-choropleth/messages.js';
import { areaPeriods } from '../../src/components/kz-choropleth/model.js';

const u5mr = parseIndicators(JSON.parse(readFileSync('stories/data/u5mr-regions.json', 'utf8')))
  .indicators[0];
const periods = areaPeriods(u5mr);
const m = MESSAGES.get('en');

describe('periodBreak(indicator, period, periods)', () => {
  it('finds the boundary change of the real regional series: South Kazakhstan split in 2018', () => {
    const breaks = periods.map((p) => periodBreak(u5mr, p, periods)).filter(Boolean);
    expect(breaks.map((b) => [b!.period, b!.layoutChange, b!.areas])).toEqual([['2018', true, []]]);
    expect(periodBreak(u5mr, periods[0], periods)).toBeNull();
    expect(hasBreaks(u5mr, periods)).toBe(true);
    expect(hasBreaks(u5mr, ['2019', '2020'])).toBe(false);
  });

  it('finds a break the source marks on values, with its note', () => {
    // Hand-made fixture, not real data.
    const poverty = parseIndicators({
      format: 'kz-indicators/1',
      indicators: [
        {
          id: 'poverty',
          name: 'Poverty',
          source: { name: 'Test fixture' },
          values: {
            'KZ-75': {
              '2019': 2,
              '2020': { value: 4, status: 'break', note: { en: 'New subsistence minimum.' } },
            },
            'KZ-71': { '2019': 3, '2020': 5 },
          },
        },
      ],
    }).indicators[0];
    expect(periodBreak(poverty, '2020', ['2019', '2020'])).toEqual({
      period: '2020',
      layoutChange: false,
      areas: ['KZ-75'],
      note: { en: 'New subsistence minimum.' },
    });
    expect(periodNote(poverty, '2020', ['2019', '2020'], m, 'en')).toEqual({
      note: 'Break in series in 2020: values are not comparable with earlier years. New subsistence minimum.',
      reserve: true,
    });
  });
});

describe('periodNote(indicator, period, periods, messages, lang)', () => {
  it('says when the boundaries changed, and keeps room for the note at every period', () => {
    expect(periodNote(u5mr, '2018', periods, m, 'en')).toEqual({
      note: 'New region boundaries from 2018: compare with earlier years with care.',
      reserve: true,
    });
    expect(periodNote(u5mr, '2019', periods, m, 'en')).toEqual({ note: '', reserve: true });
  });
});
