import { describe, expect, it } from 'vitest';
import { parseValueList, quickPoints } from '../../src/shapes/values.js';

describe('parseValueList', () => {
  it('parseValueList(text) reads comma-separated numbers and the most decimals written', () => {
    expect(parseValueList('51.1, 45.3,9.40 ,12')).toEqual({
      values: [51.1, 45.3, 9.4, 12],
      decimals: 2,
    });
  });
  it('parseValueList(text) reads missing values as null', () => {
    expect(parseValueList('1,,null,NA,n/a,..,-,\u2013,\u2014,2').values).toEqual([
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      2,
    ]);
  });
  it('parseValueList(text) reads decimal commas when items are separated by semicolons', () => {
    expect(parseValueList('51,1; 45,3;;-0,5')).toEqual({
      values: [51.1, 45.3, null, -0.5],
      decimals: 1,
    });
  });
  it('parseValueList(text) names the item that is not a number', () => {
    expect(() => parseValueList('1,2,abc')).toThrow('values[2]: "abc" is not a number');
  });
  it('parseValueList(text) reads each distinct text once and returns a frozen list', () => {
    const a = parseValueList('7,8,9');
    expect(parseValueList('7,8,9')).toBe(a);
    expect(Object.isFrozen(a.values)).toBe(true);
  });
  it('parseValueList(text) refuses an empty list and a list without any number', () => {
    expect(() => parseValueList('  ')).toThrow('values: empty');
    expect(() => parseValueList(',,')).toThrow('values: every item is missing');
  });
});

describe('quickPoints', () => {
  it('quickPoints(values) places points at 0, 1, 2 without period ids', () => {
    expect(quickPoints([5, null, 7])).toEqual([
      { period: '', x: 0, value: 5 },
      { period: '', x: 1, value: null },
      { period: '', x: 2, value: 7 },
    ]);
  });
  it('quickPoints(values, periods) places points at the start of their periods', () => {
    expect(
      quickPoints([5, 7, 8, 9], '1990, 2019/20, 2023-Q2,2023-07').map((p) => [p.period, p.x]),
    ).toEqual([
      ['1990', 1990],
      ['2019/2020', 2019.5],
      ['2023-Q2', 2023.25],
      ['2023-07', 2023.5],
    ]);
  });
  it('quickPoints(values, periods) gives fresh points for a period list read before', () => {
    const a = quickPoints([1, 2], '2000,2001');
    const b = quickPoints([3, 4], '2000,2001');
    expect(b.map((p) => [p.period, p.x, p.value])).toEqual([
      ['2000', 2000, 3],
      ['2001', 2001, 4],
    ]);
    expect(b[0]).not.toBe(a[0]);
  });
  it('quickPoints(values, periods) refuses mismatched, unknown or unordered periods', () => {
    expect(() => quickPoints([1, 2], '1990')).toThrow('periods: 1 given for 2 values');
    expect(() => quickPoints([1, 2], '1990,later')).toThrow(
      'periods[1]: "later" is not a period; write a year',
    );
    expect(() => quickPoints([1, 2], '2000,1990')).toThrow(
      'periods[1]: "1990" is not after "2000"',
    );
  });
});
