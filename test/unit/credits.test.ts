// Credits for what a widget draws: the indicator's source and, apart, every drawn reference series
// with a source of its own, with licences, from the real regional dataset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import { creditText, creditsOf } from '../../src/data/credits.js';
import {
  draw,
  modelFromDataset,
  type SparkModel,
} from '../../src/components/kz-sparkline/model.js';
import { sparkExtent } from '../../src/shapes/extent.js';

const read = (file: string) =>
  parseIndicators(JSON.parse(readFileSync(`stories/data/${file}`, 'utf8')));
const u5mr = read('u5mr-regions.json').indicators[0];
const refs = (ids: string[]) => u5mr.references.filter((r) => ids.includes(r.id));

describe('creditsOf(indicator, drawn, lang)', () => {
  it('credits the bureau for the values and the World Bank, with its licence, for World and Europe and Central Asia', () => {
    const credits = creditsOf(u5mr, refs(['national', 'world', 'europe-central-asia']), 'en');
    expect(credits).toHaveLength(2);
    expect(credits[0].series).toEqual([]);
    expect(credits[0].name).toMatch(/^Bureau of National Statistics/);
    expect(credits[0].licence).toMatch(/BNS data: free reuse/);
    expect(credits[1].series).toEqual(['World', 'Europe & Central Asia']);
    expect(credits[1].name).toMatch(/^World Bank, World Development Indicators .*UN IGME/);
    expect(credits[1].licence).toBe('CC BY 4.0');
    expect(credits[1].url).toMatch(/^https:\/\//);
    expect(creditText(credits[1])).toMatch(
      /^World, Europe & Central Asia: World Bank.*\(CC BY 4\.0\)$/,
    );
  });

  it('speaks the reader’s language', () => {
    const [, world] = creditsOf(u5mr, refs(['world']), 'ru');
    expect(world.series[0]).toMatch(/Мир/);
    expect(world.name).toMatch(/^Всемирный банк/);
  });

  it('credits a drawn reference without a source of its own under the indicator’s source', () => {
    expect(creditsOf(u5mr, refs(['national']), 'en', false)).toHaveLength(1);
    expect(creditsOf(u5mr, [], 'en', false)).toEqual([]);
  });

  it('never links an address that is not http(s)', () => {
    const hostile = { ...u5mr, source: { ...u5mr.source, url: 'javascript:alert(1)' } };
    expect(creditsOf(hostile, [], 'en')[0].url).toBe('');
  });
});

describe('the sparkline card credits every series it draws', () => {
  it('modelFromDataset(...).credits names the World Bank for the comparators', () => {
    const model = modelFromDataset(read('u5mr-regions.json'), {
      indicator: 'u5mr',
      area: 'KZ-75',
      references: ['world', 'europe-central-asia'],
      lang: 'en',
    }) as SparkModel;
    expect(model.credits.map((c) => c.licence)).toEqual([
      expect.stringMatching(/BNS data/),
      'CC BY 4.0',
    ]);
    expect(model.source).toContain('World, Europe & Central Asia: World Bank');
  });
});

describe('breaks in series', () => {
  // Hand-made: a series of four years with a break before 2018.
  const doc = {
    format: 'kz-indicators/1',
    indicators: [
      {
        id: 'poverty',
        name: 'Poverty',
        source: { name: 'Test fixture' },
        values: {
          'KZ-75': {
            '2016': 2.1,
            '2017': 2.0,
            '2018': { value: 4.3, status: 'break', note: 'new subsistence minimum' },
            '2019': 4.1,
          },
        },
      },
    ],
  };

  it('the model lists the periods a break comes before, after the first drawn one', () => {
    const model = modelFromDataset(parseIndicators(doc), {
      area: 'KZ-75',
      references: 'none',
      lang: 'en',
    }) as SparkModel;
    expect(model.breaks).toEqual(['2018']);
  });

  it('a break stated on the indicator cuts the line too, a change of layout alone does not', () => {
    const [indicator] = doc.indicators;
    const plain = { ...indicator.values['KZ-75'], '2018': 4.3 };
    const stated = {
      ...doc,
      indicators: [{ ...indicator, values: { 'KZ-75': plain }, breaks: { '2018': 'new method' } }],
    };
    // South Kazakhstan (KZ-51) before 2018, Turkistan (KZ-61) from 2018: the layout changes, but
    // not the boundaries of Almaty (KZ-75).
    const redrawn = {
      ...doc,
      indicators: [
        {
          ...indicator,
          values: {
            'KZ-75': plain,
            'KZ-51': { '2016': 1, '2017': 1 },
            'KZ-61': { '2018': 1, '2019': 1 },
          },
        },
      ],
    };
    const unbroken = { ...doc, indicators: [{ ...indicator, values: { 'KZ-75': plain } }] };
    const breaksIn = (d: unknown) =>
      (
        modelFromDataset(parseIndicators(d), {
          area: 'KZ-75',
          references: 'none',
          lang: 'en',
        }) as SparkModel
      ).breaks;
    expect(breaksIn(stated)).toEqual(['2018']);
    expect(breaksIn(redrawn)).toEqual([]);
    expect(breaksIn(unbroken)).toEqual([]);
  });

  it('draw(model, ...) stops the line at a break and marks it between the two periods', () => {
    const model = modelFromDataset(parseIndicators(doc), {
      area: 'KZ-75',
      references: 'none',
      lang: 'en',
    }) as SparkModel;
    const frame = { width: 100, height: 70, top: 0, right: 0, bottom: 0, left: 0 };
    const drawing = draw(model, sparkExtent(model.points)!, frame, {
      connectGaps: true,
      markers: [],
    });
    // Two pieces: 2016-2017 and 2018-2019.
    expect(drawing.line.match(/M/g)).toHaveLength(2);
    expect(drawing.breaks).toEqual([{ x: (drawing.xs[1] + drawing.xs[2]) / 2, period: '2018' }]);
    const joined = draw({ ...model, breaks: [] }, sparkExtent(model.points)!, frame, {
      connectGaps: true,
      markers: [],
    });
    expect(joined.line.match(/M/g)).toHaveLength(1);
  });
});
