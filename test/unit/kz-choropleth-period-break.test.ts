// The period control's note where a series breaks: new region boundaries (real data) or a break
// the source marks (hand-made fixture).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import { periodBreaksOf } from '../../src/data/breaks.js';
import { keptPeriodNote, periodNote } from '../../src/components/kz-choropleth/period-break.js';
import { MESSAGES } from '../../src/components/kz-choropleth/messages.js';
import { areaPeriods } from '../../src/components/kz-choropleth/model.js';

const u5mr = parseIndicators(JSON.parse(readFileSync('stories/data/u5mr-regions.json', 'utf8')))
  .indicators[0];
const periods = areaPeriods(u5mr);
const m = MESSAGES.get('en');

const noteAt = (period: string, steps = periods) =>
  periodNote(periodBreaksOf(u5mr, steps), period, m, 'en');

describe('the breaks of the periods a map steps through', () => {
  it('finds the boundary change of the real regional series: South Kazakhstan split in 2018', () => {
    const breaks = periodBreaksOf(u5mr, periods);
    expect(breaks.map((b) => [b.period.id, b.layoutChange, b.marked, b.note])).toEqual([
      ['2018', { from: 'pre2018', to: '2018' }, undefined, undefined],
    ]);
    expect(noteAt(periods[0])).toEqual({ note: '', reserve: true });
    expect(noteAt('2019', ['2019', '2020'])).toEqual({ note: '', reserve: false });
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
    const breaks = periodBreaksOf(poverty, ['2019', '2020']);
    expect(breaks).toEqual([
      { period: poverty.periods[1], marked: true, note: { en: 'New subsistence minimum.' } },
    ]);
    expect(periodNote(breaks, '2020', m, 'en')).toEqual({
      note: 'Break in series in 2020: values are not comparable with earlier years. New subsistence minimum.',
      reserve: true,
    });
  });
});

describe('periodNote(breaks, period, messages, lang)', () => {
  it('says when the boundaries changed, and keeps room for the note at every period', () => {
    expect(noteAt('2018')).toEqual({
      note: 'New region boundaries from 2018: compare with earlier years with care.',
      reserve: true,
    });
    expect(noteAt('2019')).toEqual({ note: '', reserve: true });
  });

  it('words a stated break as a break in series, with the stated reason in the language', () => {
    // The shipped poverty series: the 2018 break is stated (new method and new boundaries).
    const poverty = parseIndicators(
      JSON.parse(readFileSync('stories/data/poverty-regions.json', 'utf8')),
    ).indicators[0];
    const breaks = periodBreaksOf(poverty, areaPeriods(poverty));
    const ru = periodNote(breaks, '2018', MESSAGES.get('en'), 'ru').note;
    expect(ru).toMatch(/^Break in series in 2018: .* С 2018 года значения несопоставимы/);
    expect(periodNote(breaks, '2023', m, 'en').note).toBe(
      'New region boundaries from 2023: compare with earlier years with care.',
    );
  });
});

describe('keptPeriodNote(owner, indicator, period, periods, messages, lang)', () => {
  it('finds the breaks again only for new periods or data, and words again only for a new period or language', () => {
    let reads = 0;
    const counted = new Proxy(u5mr, {
      get(target, key, receiver) {
        if (key === 'breaks') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const owner = {};
    const note = (period: string, steps: readonly string[]) =>
      keptPeriodNote(owner, counted, period, steps, m, 'en');
    const first = note('2018', periods);
    expect(first.note).toMatch(/^New region boundaries from 2018/);
    expect(reads).toBe(1);
    // A redraw with the same inputs (a copy of the same periods, as a new view makes them).
    expect(note('2018', [...periods])).toBe(first);
    expect(note('2019', periods)).toEqual({ note: '', reserve: true });
    expect(reads).toBe(1);
    note('2019', ['2019', '2020']);
    expect(reads).toBe(2);
  });
});
