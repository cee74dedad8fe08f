import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseIndicators } from '../../src/data/parse.js';
import { colorScale } from '../../src/scales/color.js';
import {
  areaData,
  areaPeriods,
  classCounts,
  extremes,
  latestPeriod,
  nationalValue,
  rankValues,
  referencesAt,
  scaleValues,
} from '../../src/components/kz-choropleth/model.js';
import { chooseView } from '../../src/components/kz-choropleth/choose-view.js';
import { isProblem, loadProblem, mapProblem } from '../../src/components/kz-choropleth/problems.js';
import { MESSAGES, fill } from '../../src/components/kz-choropleth/messages.js';
import { sortRows, type TableRow } from '../../src/components/kz-choropleth/table.js';
import { tooltipText } from '../../src/components/kz-choropleth/tooltip.js';
import { createPresenter } from '../../src/components/kz-choropleth/presenter.js';

// Hand-made fixture, NOT real data.
const dataset = parseIndicators({
  indicators: [
    {
      id: 'hand',
      name: { en: 'Hand-made' },
      unit: { en: '%' },
      decimals: 1,
      better: 'lower',
      source: { name: 'Hand-made test fixture' },
      values: {
        'KZ-11': { '2018': 5, '2019': 4 },
        'KZ-15': { '2018': 7, '2019': 4, '2020': { value: null, reason: 'not-applicable' } },
        'KZ-19': { '2018': 9, '2019': null },
        'KZ-61': {
          '2019': { value: 6, status: 'estimated', note: { en: 'A note', ru: 'Заметка' } },
        },
      },
      references: [
        { id: 'KAZ', kind: 'national', label: 'Kazakhstan', values: { '2018': 6, '2019': 5 } },
        { id: 'WLD', kind: 'comparator', label: 'World', values: { '2019': 30 } },
        { id: 'SDG', kind: 'target', label: 'Target', value: 3, year: 2030 },
      ],
    },
    {
      id: 'districts',
      name: 'Hand-made districts',
      source: { name: 'Hand-made test fixture' },
      values: { KZ101000: { '2023': 1 }, KZ101010: { '2023': 2 } },
    },
  ],
});
const indicator = dataset.indicators[0];

describe('model', () => {
  it('rankValues(values, better) gives competition ranks in the direction of better', () => {
    const values = [
      { id: 'a', value: 3 },
      { id: 'b', value: 1 },
      { id: 'c', value: 3 },
      { id: 'd', value: null },
      { id: 'e', value: 2 },
    ];
    const low = rankValues(values, 'lower');
    expect([...low.entries()]).toEqual([
      ['b', { rank: 1, tied: false }],
      ['e', { rank: 2, tied: false }],
      ['a', { rank: 3, tied: true }],
      ['c', { rank: 3, tied: true }],
    ]);
    const high = rankValues(values, 'higher');
    expect(high.get('a')).toEqual({ rank: 1, tied: true });
    expect(high.get('e')).toEqual({ rank: 3, tied: false });
    expect(high.get('d')).toBeUndefined();
  });

  it('areaData(ids, indicator, period, scale) joins values, classes, ranks and differences', () => {
    const scale = colorScale(scaleValues(indicator, null), { classes: 3, better: 'lower' });
    const data = areaData(['KZ-11', 'KZ-15', 'KZ-19', 'KZ-61', 'KZ-79'], indicator, '2019', scale);
    expect(data.map((d) => [d.id, d.value, d.rank, d.tied, d.diff, d.missing])).toEqual([
      ['KZ-11', 4, 1, true, -1, null],
      ['KZ-15', 4, 1, true, -1, null],
      ['KZ-19', null, null, false, null, 'no-data'],
      ['KZ-61', 6, 3, false, 1, null],
      ['KZ-79', null, null, false, null, 'no-data'],
    ]);
    expect(data[0].color).toBe(scale.color(4));
    expect(data[2].color).toBeUndefined();
    const na = areaData(['KZ-15'], indicator, '2020', scale)[0];
    expect(na.missing).toBe('not-applicable');
    expect(na.reason).toBe('not-applicable');
  });

  it('classCounts(data, scale) counts areas per class and missing ones by kind', () => {
    const scale = colorScale([4, 5, 6, 7, 9], { method: 'thresholds', thresholds: [5, 7] });
    const data = [
      ...areaData(['KZ-11', 'KZ-15', 'KZ-19', 'KZ-61'], indicator, '2019', scale),
      ...areaData(['KZ-15'], indicator, '2020', scale),
    ];
    expect(classCounts(data, scale)).toEqual({ counts: [2, 1, 0], noData: 1, notApplicable: 1 });
  });

  it('extremes(data) lists every area at the highest and lowest value', () => {
    const scale = colorScale([1]);
    const data = areaData(['KZ-11', 'KZ-15', 'KZ-61', 'KZ-19'], indicator, '2019', scale);
    const { highest, lowest } = extremes(data);
    expect(highest.map((d) => d.id)).toEqual(['KZ-61']);
    expect(lowest.map((d) => d.id)).toEqual(['KZ-11', 'KZ-15']);
    expect(extremes([])).toEqual({ highest: [], lowest: [] });
  });

  it('referencesAt(indicator, period) and nationalValue(indicator, period)', () => {
    expect(referencesAt(indicator, '2019').map((r) => [r.id, r.value])).toEqual([
      ['KAZ', 5],
      ['WLD', 30],
      ['SDG', 3],
    ]);
    expect(referencesAt(indicator, '2020').map((r) => r.id)).toEqual(['SDG']);
    expect(nationalValue(indicator, '2018')).toBe(6);
    expect(nationalValue(indicator, '2020')).toBeNull();
  });

  it('areaPeriods, latestPeriod and scaleValues read area values only', () => {
    expect(areaPeriods(indicator)).toEqual(['2018', '2019', '2020']);
    expect(latestPeriod(indicator)).toBe('2020');
    expect(scaleValues(indicator, null).sort()).toEqual([4, 4, 5, 6, 7, 9]);
    expect(scaleValues(indicator, null, '2018')).toEqual([5, 7, 9]);
    expect(scaleValues(indicator, new Set(['KZ-11']))).toEqual([5, 4]);
  });
});

describe('chooseView(dataset, inputs)', () => {
  const inputs = { indicator: '', period: '', layout: '', level: '' };

  it('defaults to the first indicator, its latest period with area values, and its layout', () => {
    const view = chooseView(dataset, inputs);
    expect(isProblem(view)).toBe(false);
    if (isProblem(view)) return;
    // 2020 holds one not-applicable value only; the parser gives it the layout of its neighbours.
    expect([view.indicator.id, view.period, view.layout]).toEqual(['hand', '2020', '2018']);
    expect(view.periods).toEqual(['2018', '2019', '2020']);
  });

  it('infers 2018 from Turkistan and districts from district codes', () => {
    const v2019 = chooseView(dataset, { ...inputs, period: '2019' });
    expect(!isProblem(v2019) && v2019.layout).toBe('2018');
    const d = chooseView(dataset, { ...inputs, indicator: 'districts' });
    expect(!isProblem(d) && [d.layout, d.levelIds.size]).toEqual(['districts', 224]);
  });

  it('names unknown indicators and periods with the fix', () => {
    const a = chooseView(dataset, { ...inputs, indicator: 'x' });
    expect(isProblem(a) && [a.code, a.fix]).toEqual([
      'unknown-indicator',
      'set indicator to one of: hand, districts',
    ]);
    const b = chooseView(dataset, { ...inputs, period: '1999' });
    expect(isProblem(b) && [b.code, b.text, b.values]).toEqual([
      'unknown-period',
      'errorPeriod',
      { period: '1999' },
    ]);
    expect(isProblem(b) && b.fix).toBe('set period to one of: 2018, 2019, 2020');
  });

  it('rejects a level the data does not have, and unknown layouts', () => {
    const a = chooseView(dataset, { ...inputs, level: 'districts' });
    expect(isProblem(a) && a.code).toBe('no-values');
    const b = chooseView(dataset, { ...inputs, layout: 'soviet' });
    expect(isProblem(b) && b.code).toBe('unknown-layout');
  });

  it('an explicit layout keeps the values on it and lists the others', () => {
    const v = chooseView(dataset, { ...inputs, period: '2019', layout: 'pre2018' });
    expect(!isProblem(v) && [v.layout, v.outside]).toEqual(['pre2018', ['KZ-61']]);
  });

  it('loadProblem and mapProblem word load failures', () => {
    expect(loadProblem({ kind: 'http', message: 'HTTP 404 for x', status: 404 })).toMatchObject({
      code: 'http',
      text: 'errorHttp',
      values: { status: 404 },
      retry: true,
    });
    expect(loadProblem({ kind: 'format', message: 'bad' }).retry).toBe(false);
    expect(mapProblem({ kind: 'invalid', message: 'not a map' })).toMatchObject({
      code: 'map',
      retry: false,
    });
  });
});

// Kazakh and Russian text is fetched on first use; these tests word things in all three.
beforeAll(async () => {
  await Promise.all([MESSAGES.load('kk'), MESSAGES.load('ru')]);
});

describe('presenter', () => {
  it('writes every number of the legend with the decimals of its most precise break', () => {
    const scale = colorScale([4, 5, 6, 7, 9], { method: 'thresholds', thresholds: [5.25, 7.5] });
    const data = areaData(['KZ-11', 'KZ-15', 'KZ-19', 'KZ-61'], indicator, '2019', scale);
    const p = createPresenter('ru', indicator, '2019', data, scale);
    expect([4, 5.25, 7.5, 9].map(p.formatBreak)).toEqual(['4,00', '5,25', '7,50', '9,00']);
    // Without finer breaks, the indicator's own decimals (1 here).
    const plain = colorScale([4, 5, 6, 7, 9], { method: 'thresholds', thresholds: [5, 7] });
    expect(createPresenter('en', indicator, '2019', data, plain).formatBreak(5)).toBe('5.0');
  });
});

describe('messages', () => {
  it('every language has every message, and fill() replaces placeholders', () => {
    const [en, kk, ru] = (['en', 'kk', 'ru'] as const).map((lang) => MESSAGES.get(lang));
    const keys = Object.keys(en).sort();
    expect(Object.keys(kk).sort()).toEqual(keys);
    expect(Object.keys(ru).sort()).toEqual(keys);
    expect(kk.loading).not.toBe(en.loading);
    expect(ru.loading).not.toBe(en.loading);
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(ru.areasCount(1)).toBe('1 территория');
    expect(ru.areasCount(3)).toBe('3 территории');
    expect(ru.areasCount(11)).toBe('11 территорий');
    expect(ru.areasCount(22)).toBe('22 территории');
    expect(en.areasCount(1)).toBe('1 area');
    expect(kk.areasCount(5)).toBe('5 аумақ');
  });

  it('the loading text shipped with English is the one each language says', async () => {
    // Fresh modules: before a language arrives, its loading text is the one shipped with English.
    vi.resetModules();
    const choropleth = await import('../../src/components/kz-choropleth/messages.js');
    const sparkline = await import('../../src/components/kz-sparkline/messages.js');
    for (const lang of ['kk', 'ru'] as const) {
      const early = [choropleth.MESSAGES.get(lang).loading, sparkline.MESSAGES.get(lang).loading];
      expect(early[0]).not.toBe(choropleth.MESSAGES.get('en').loading);
      await Promise.all([choropleth.MESSAGES.load(lang), sparkline.MESSAGES.load(lang)]);
      expect(choropleth.MESSAGES.get(lang).loading).toBe(early[0]);
      expect(sparkline.MESSAGES.get(lang).loading).toBe(early[1]);
    }
  });
});

describe('tooltipText and sortRows', () => {
  it('tooltipText(datum, ...) words the value, rank, difference and notes per language', () => {
    const scale = colorScale([4, 6]);
    const d = areaData(['KZ-11', 'KZ-15', 'KZ-61'], indicator, '2019', scale)[2];
    expect(tooltipText(d, 'Turkistan Region', indicator, '2019', 3, 'en')).toEqual({
      name: 'Turkistan Region',
      value: '6.0 %',
      lines: [
        'Rank: 3rd of 3 (lowest value first)',
        '1.0 above the national value',
        'Estimated',
        'A note',
      ],
    });
    expect(tooltipText(d, 'Түркістан облысы', indicator, '2019', 3, 'kk').lines[0]).toBe(
      'Орны: 3 ішінен 3-орын (ең төмен мән бірінші)',
    );
    expect(tooltipText(d, 'x', indicator, '2019', 3, 'ru').lines).toEqual([
      'Место: 3-е место из 3 (первое — наименьшее значение)',
      'На 1,0 выше значения по стране',
      'Оценка',
      'Заметка',
    ]);
    const [missing] = areaData(['KZ-19'], indicator, '2019', scale);
    expect(tooltipText(missing, 'Almaty Region', indicator, '2019', 3, 'en').value).toBe(
      'No value for 2019',
    );
  });

  it('sortRows(rows, key, direction) keeps areas without values last', () => {
    const scale = colorScale([4, 6]);
    const rows: TableRow[] = areaData(['KZ-11', 'KZ-19', 'KZ-61'], indicator, '2019', scale).map(
      (datum, i) => ({
        datum,
        name: ['Bb', 'Aa', 'Cc'][i],
        value: '',
        rank: '',
        diff: '',
        notes: '',
      }),
    );
    const collator = new Intl.Collator('en');
    expect(sortRows(rows, 'value', 'descending', collator).map((r) => r.name)).toEqual([
      'Cc',
      'Bb',
      'Aa',
    ]);
    expect(sortRows(rows, 'value', 'ascending', collator).map((r) => r.name)).toEqual([
      'Bb',
      'Cc',
      'Aa',
    ]);
    expect(sortRows(rows, 'name', 'ascending', collator).map((r) => r.name)).toEqual([
      'Aa',
      'Bb',
      'Cc',
    ]);
    expect(sortRows(rows, 'rank', 'ascending', collator).map((r) => r.name)).toEqual([
      'Bb',
      'Cc',
      'Aa',
    ]);
  });
});
