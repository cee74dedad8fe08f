import { describe, expect, it } from 'vitest';
import {
  ConvertError,
  convertWideCsv,
  findWideHeader,
  type WideCsvOptions,
} from '../../../src/convert/index.js';

// Hand-made wide tables in the shape of the bureau's exports (title lines, "-" for units that
// did not exist, footnote markers, a footnote line below), with made-up values.
const base: WideCsvOptions = { name: 'Test indicator', source: { name: 'Hand-made fixture' } };
const convert = (text: string, options: WideCsvOptions = {}) =>
  convertWideCsv(text, { ...base, ...options });
const problems = (text: string, options: WideCsvOptions = {}) => {
  try {
    convert(text, options);
  } catch (e) {
    if (e instanceof ConvertError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConvertError');
};

const BNS_LIKE = [
  'Численность населения по регионам,,,',
  'человек, на начало года,,,',
  ',2016,2017,20181)',
  'Республика Казахстан ,100.0,110.0,120.0',
  'Акмолинская,10.0,11.0,12.0',
  'Туркестанская 1,30.0,25.0,26.0',
  'г. Шымкент,-,8.0,9.0',
  'Абай,-,-,-',
  '"1) Данные за 2000-2016гг. по Южно-Казахстанской области.",,,',
].join('\r\n');

describe('convertWideCsv(text)', () => {
  it('finds the header below the title lines, reads areas as rows and periods as columns', () => {
    const result = convert(BNS_LIKE, {
      areas: { 'Туркестанская 1': [{ code: 'KZ-51', periods: '..2016' }, { code: 'KZ-61' }] },
    });
    const i = result.document.indicators[0];
    expect(i.values).toEqual({
      'KZ-11': { '2016': 10, '2017': 11, '2018': 12 },
      'KZ-51': { '2016': 30 },
      'KZ-61': { '2017': 25, '2018': 26 },
      'KZ-79': { '2017': 8, '2018': 9 },
    });
    expect(i.references?.[0]).toMatchObject({
      id: 'national',
      values: { '2016': 100, '2017': 110, '2018': 120 },
    });
    expect(i.decimals).toBe(0);
    // "Абай" has only "-" (the unit did not exist): no values, no warning.
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['lines-skipped', 1],
      ['period-read', 3],
      ['lines-skipped', 9],
    ]);
    expect(result.warnings[0].message).toBe(
      'skipped 2 line(s) above the header: "Численность населения по регионам", "человек, на начало года"',
    );
  });

  it('reports an unknown area row and a non-number cell with the period column', () => {
    const text = 'Region,2019,2020\nAkmola,1,2\nAkmolla-x,3,4\nAktobe,5,five\n';
    const [area, value] = problems(text);
    expect(area).toMatchObject({ line: 3, column: 'Region' });
    expect(area.message).toMatch(/^unknown area "Akmolla-x"/);
    expect(value).toEqual({
      line: 4,
      column: '2020',
      message: '"five" is not a number',
      hint: 'write numbers like 12.5 or 1234.5; an empty cell, "-" or ".." marks a missing value',
    });
  });

  it('reports a table that stacks two blocks (the same area twice)', () => {
    const [p] = problems('Region,2019\nAkmola,1\nAtyrau,2\nAkmola,3\n');
    expect(p.message).toBe('two values for KZ-11 in 2019: 1 (line 2) and 3 (line 4)');
    expect(p.hint).toMatch(/stacks several blocks/);
  });

  it('takes the area column by name and warns about other columns', () => {
    const result = convert('KATO,Name,2019\n110000000,Akmola,1\n150000000,Aktobe,2\n', {
      areaColumn: 'Name',
    });
    expect(result.document.indicators[0].values).toEqual({
      'KZ-11': { '2019': 1 },
      'KZ-15': { '2019': 2 },
    });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'column "KATO" is neither the area nor a period and was left out',
    ]);
  });

  it('refuses a table without period columns', () => {
    expect(problems('Region,Value\nAkmola,1\n')[0].message).toBe('no header row found');
    expect(findWideHeader([['Region', '2019', '2020']])).toBe(0);
    expect(findWideHeader([['Region', 'Value']])).toBe(-1);
  });
});
