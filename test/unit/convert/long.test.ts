import { describe, expect, it } from 'vitest';
import { ConvertError, convertCsv, type CsvOptions } from '../../../src/convert/index.js';

// Every CSV in this file is a tiny hand-made fixture (made-up values), labelled as such: the
// real files are converted in real-sources.test.ts.
const base: CsvOptions = { name: 'Test indicator', source: { name: 'Hand-made fixture' } };
const convert = (text: string, options: CsvOptions = {}) =>
  convertCsv(text, { ...base, ...options });
const ind = (text: string, options: CsvOptions = {}) =>
  convert(text, options).document.indicators[0];
const problems = (text: string, options: CsvOptions = {}) => {
  try {
    convert(text, options);
  } catch (e) {
    if (e instanceof ConvertError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConvertError');
};

// Open SDG layout: Year, breakdowns, REF_AREA, Value; empty breakdown = total, empty area = country.
const OPEN_SDG = [
  'Year,SEX,URBANISATION,REF_AREA,Value',
  '2018,,,,10.1',
  '2018,F,,,9.1',
  '2018,,R,,11.1',
  '2018,,,KZAKM,8.5',
  '2018,F,,KZAKM,7.5',
  '2018,,R,KZAKM,9.5',
  '2018,,,KZALA,6.5',
  '2018,F,,KZALA,5.5',
  '2019,,,KZAKM,8.0',
  '2019,,,KZALA,6.0',
].join('\n');

describe('convertCsv(text) with the Open SDG layout', () => {
  it('keeps the total of every breakdown and makes the row without an area the national series', () => {
    const result = convert(OPEN_SDG, { id: 'x' });
    const i = result.document.indicators[0];
    expect(result.document.format).toBe('kz-indicators/1');
    expect(i.values).toEqual({
      'KZ-11': { '2018': 8.5, '2019': 8 },
      'KZ-75': { '2018': 6.5, '2019': 6 },
    });
    expect(i.references).toEqual([
      {
        id: 'national',
        kind: 'national',
        label: { en: 'Kazakhstan', kk: 'Қазақстан', ru: 'Казахстан' },
        values: { '2018': 10.1 },
      },
    ]);
    expect(result.slices).toEqual([
      { column: 'SEX', kept: [''], how: 'total', dropped: 3 },
      { column: 'URBANISATION', kept: [''], how: 'total', dropped: 2 },
    ]);
    expect(result.areas).toMatchObject({
      KZAKM: 'KZ-11',
      KZALA: 'KZ-75',
      '': 'reference:national',
    });
    expect(i.decimals).toBe(1);
  });

  it('filter chooses another slice (SEX=F); other breakdowns keep their total', () => {
    const i = ind(OPEN_SDG, { filter: { SEX: 'F' } });
    expect(i.values).toEqual({ 'KZ-11': { '2018': 7.5 }, 'KZ-75': { '2018': 5.5 } });
    expect(i.references?.[0].values).toEqual({ '2018': 9.1 });
  });

  it('filter URBANISATION=R leaves out the cities that have no rural rows', () => {
    expect(ind(OPEN_SDG, { filter: { URBANISATION: 'R' } }).values).toEqual({
      'KZ-11': { '2018': 9.5 },
    });
  });

  it('names an unknown filter column or value', () => {
    expect(problems(OPEN_SDG, { filter: { AGE: 'Y0' } })).toEqual([
      {
        message: 'filter AGE: there is no such column',
        hint: 'columns that can be filtered: SEX, URBANISATION',
      },
    ]);
    expect(problems(OPEN_SDG, { filter: { SEX: 'X' } })).toEqual([
      {
        column: 'SEX',
        message: 'filter SEX=X: no row has this value',
        hint: 'values in SEX: (empty), F',
      },
    ]);
  });

  it('explains a breakdown without a total', () => {
    const text = 'Year,AGE,REF_AREA,Value\n2019,Y10T14,KZAKM,0.1\n2019,Y15T19,KZAKM,20.5\n';
    expect(problems(text)).toEqual([
      {
        column: 'AGE',
        message:
          'rows for the same area and period differ in AGE (Y10T14, Y15T19) and none is a total (an empty cell or _T)',
        hint: 'choose one slice with --filter AGE=Y10T14 (option filter)',
      },
    ]);
    expect(ind(text, { filter: { AGE: 'Y15T19' } }).values).toEqual({ 'KZ-11': { '2019': 20.5 } });
  });

  it('prefers an explicit _T total and ignores columns that do not vary within an area and period', () => {
    const text = [
      'Country Name,Country Code,Year,SEX,Value',
      'World,WLD,2020,F,30',
      'World,WLD,2020,_T,35',
      'Kazakhstan,KAZ,2020,_T,10',
    ].join('\n');
    const i = ind(text, { references: { WLD: 'comparator' } });
    expect(i.values).toEqual({});
    expect(i.references).toEqual([
      {
        id: 'national',
        kind: 'national',
        label: { en: 'Kazakhstan', kk: 'Қазақстан', ru: 'Казахстан' },
        values: { '2020': 10 },
      },
      { id: 'wld', kind: 'comparator', label: { en: 'World' }, values: { '2020': 35 } },
    ]);
  });
});

describe('convertCsv(text) area resolution', () => {
  it('reads codes, names and KATO, and reports an unknown area with its line, column and the closest match', () => {
    const text =
      'Region,Year,Value\nАкмолинская,2019,1\nг. Алматы,2019,2\nKZAKX,2019,3\nKZAKX,2020,4\n';
    expect(problems(text)).toEqual([
      {
        line: 4,
        column: 'Region',
        message: 'unknown area "KZAKX" (also on lines 5); did you mean KZ-11 Akmola Region?',
        hint: 'write a code such as KZ-11, or map the text with --map KZAKX=KZ-.. (option areas)',
      },
    ]);
  });

  it('hints at references for foreign codes, and maps or ignores them on request', () => {
    const text = 'REF_AREA,TIME_PERIOD,OBS_VALUE\nKAZ,2020,10\nWORLD,2020,37\nUZB,2020,14\n';
    const [p1, p2] = problems(text);
    expect(p1.message).toBe('unknown area "WORLD"');
    expect(p1.hint).toBe(
      'for a country or a group of countries, make it a reference series with --ref WORLD=comparator (option references), or leave it out with --ignore-area WORLD (option ignore)',
    );
    expect(p2.message).toBe('unknown area "UZB"');
    const i = ind(text, {
      references: { WORLD: { kind: 'comparator', id: 'world', label: { en: 'World', ru: 'Мир' } } },
      ignore: ['UZB'],
    });
    expect(i.references?.map((r) => [r.id, r.kind, r.values])).toEqual([
      ['national', 'national', { '2020': 10 }],
      ['world', 'comparator', { '2020': 37 }],
    ]);
  });

  it('maps texts by period with areas, and strips footnote markers with a warning', () => {
    const text =
      'Область,Год,Население\nТуркестанская 1,2016,100\nТуркестанская 1,2017,80\nг. Шымкент,2017,20\n';
    const mapped = convert(text, {
      areas: { 'Туркестанская 1': [{ code: 'KZ-51', periods: '..2016' }] },
    });
    expect(mapped.document.indicators[0].values).toEqual({
      'KZ-51': { '2016': 100 },
      'KZ-61': { '2017': 80 },
      'KZ-79': { '2017': 20 },
    });
    expect(mapped.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['footnote-stripped', 3, 'footnote marker removed from "Туркестанская 1"'],
    ]);
  });

  it('reports two values for one area and period, with both lines and what differs', () => {
    const text = 'REF_AREA,Year,Value\nKZAKM,2019,1.5\nАкмолинская,2019,1.7\n';
    expect(problems(text)).toEqual([
      {
        line: 3,
        column: 'Value',
        message:
          'two values for KZ-11 in 2019: 1.5 (line 2) and 1.7 (line 3) ("KZAKM" and "Акмолинская" are the same area)',
        hint: 'keep one of the two rows; a table that stacks several blocks (e.g. urban and rural population) must be cut to one block',
      },
    ]);
    const same = convert('REF_AREA,Year,Value\nKZAKM,2019,1.5\nKZ-11,2019,1.5\n');
    expect(same.warnings.map((w) => w.code)).toEqual(['duplicate-rows']);
  });
});

describe('convertCsv(text) layouts', () => {
  const MIXED =
    'REF_AREA,Year,Value\nKZONT,2017,5\nKZYUZ,2017,6.6\nKZSHY,2017,0.2\nKZAKM,2017,3\nKZYUZ,2018,6\n';

  it('reports periods that mix boundary layouts, as the parser does', () => {
    expect(problems(MIXED)).toEqual([
      {
        message:
          'period 2017 mixes boundary layouts: KZ-61, KZ-79 (layout 2018) with KZ-51 (before 2018)',
        hint: 'state the layout of these periods: --layout 2017=pre2018 (option layout) keeps KZ-51 and leaves out the others',
      },
    ]);
  });

  it('a stated layout keeps its areas and leaves out the others, with a warning', () => {
    const result = convert(MIXED, { layout: { '..2017': 'pre2018' } });
    const i = result.document.indicators[0];
    expect(i.layout).toEqual({ '2017': 'pre2018' });
    expect(i.values).toEqual({
      'KZ-11': { '2017': 3 },
      'KZ-51': { '2017': 5 },
      'KZ-61': { '2018': 6 },
    });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'left out KZ-61 Turkistan Region, KZ-79 Shymkent in 2017: not part of the stated layout pre2018',
    ]);
  });

  it('refuses an unknown layout or a bad period range', () => {
    expect(problems(MIXED, { layout: 'pre2017' as never })[0].message).toBe(
      'layout "pre2017" does not exist',
    );
    expect(problems(MIXED, { layout: { '2017...': 'pre2018' } })[0].message).toMatch(/^layout: /);
  });
});

describe('convertCsv(text) numbers, columns and metadata', () => {
  it('reads a semicolon file with decimal commas and thousands separators', () => {
    const text = 'Регион;Год;Значение\nАкмолинская;2019;"1 234,5"\nАктюбинская;2019;12,25\n';
    expect(ind(text).values).toEqual({ 'KZ-11': { '2019': 1234.5 }, 'KZ-15': { '2019': 12.25 } });
  });

  it('names a cell that is not a number, with line, column and a hint', () => {
    expect(problems('REF_AREA,Year,Value\nKZAKM,2019,twelve\n')).toEqual([
      {
        line: 2,
        column: 'Value',
        message: '"twelve" is not a number',
        hint: 'write numbers like 12.5 or 1234.5; an empty cell, "-" or ".." marks a missing value',
      },
    ]);
  });

  it('keeps "..", "x" as missing values with their reason and leaves out "-" and empty cells', () => {
    const i = ind(
      'REF_AREA,Year,Value\nKZAKM,2019,..\nKZAKT,2019,x\nKZALM,2019,-\nKZATY,2019,\nKZZAP,2019,4\n',
    );
    expect(i.values).toEqual({
      'KZ-11': { '2019': { value: null, reason: 'not-available' } },
      'KZ-15': { '2019': { value: null, reason: 'suppressed' } },
      'KZ-27': { '2019': 4 },
    });
  });

  it('reads bounds, status and notes columns', () => {
    const text =
      'REF_AREA,TIME_PERIOD,OBS_VALUE,LOWER_BOUND,UPPER_BOUND,OBS_STATUS,note\nKZAKM,2019,5,4,6,P,revised\n';
    expect(ind(text).values).toEqual({
      'KZ-11': { '2019': { value: 5, lower: 4, upper: 6, status: 'provisional', note: 'revised' } },
    });
  });

  it('takes given column roles and one period for a file without a period column', () => {
    const text = 'Region,Total,Males\nAkmola Region,787,385\nAstana city,1354,645\n';
    expect(problems(text).map((p) => p.message)).toEqual([
      'no period column (looked for TIME_PERIOD, Year, period, time, date, год ...)',
      'no value column (looked for OBS_VALUE, Value, значение, мән ...)',
    ]);
    const i = ind(text, { period: '2023', columns: { value: 'Total' } });
    expect(i.values).toEqual({ 'KZ-11': { '2023': 787 }, 'KZ-71': { '2023': 1354 } });
  });

  it('keeps only the periods asked for', () => {
    const i = ind('REF_AREA,Year,Value\nKZAKM,2009,1\nKZAKM,2010,2\nKZAKM,2020,3\n', {
      periods: '2010..2019',
    });
    expect(i.values).toEqual({ 'KZ-11': { '2010': 2 } });
  });

  it('writes the indicator metadata and target lines', () => {
    const i = ind('REF_AREA,Year,Value\nKZAKM,2019,8.56\n', {
      id: 'u5mr',
      unit: { en: 'per 1,000 live births' },
      better: 'lower',
      decimals: 1,
      notes: 'hand-made',
      targets: [{ value: 25, year: 2030, label: 'SDG target 3.2' }],
    });
    expect(i).toEqual({
      id: 'u5mr',
      name: 'Test indicator',
      unit: { en: 'per 1,000 live births' },
      decimals: 1,
      better: 'lower',
      source: { name: 'Hand-made fixture' },
      notes: 'hand-made',
      values: { 'KZ-11': { '2019': 8.56 } },
      references: [
        { id: 'target', kind: 'target', label: 'SDG target 3.2', value: 25, year: 2030 },
      ],
    });
  });

  it('requires a name and a source', () => {
    const all = (() => {
      try {
        convertCsv('REF_AREA,Year,Value\nKZAKM,2019,1\n');
      } catch (e) {
        return (e as ConvertError).problems.map((p) => p.message);
      }
    })();
    expect(all).toEqual(['no indicator name', 'no source']);
  });
});
