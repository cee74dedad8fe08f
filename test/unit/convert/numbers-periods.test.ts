import { describe, expect, it } from 'vitest';
import {
  detectDecimalMark,
  normalizePeriod,
  parseCell,
  sortPeriods,
} from '../../../src/convert/index.js';
import { matchesRange } from '../../../src/convert/periods.js';
import { typicalDecimals, writtenDecimals } from '../../../src/convert/numbers.js';

// Hand-made cell texts, labelled as such: they exercise the number and period rules.
describe('parseCell(text, mark)', () => {
  it('reads plain numbers, floats written by exports and signs', () => {
    expect(parseCell('19.55')).toEqual({ kind: 'number', value: 19.55 });
    expect(parseCell('14901641.0')).toEqual({ kind: 'number', value: 14901641 });
    expect(parseCell(' -2.5 ')).toEqual({ kind: 'number', value: -2.5 });
    expect(parseCell('\u22122.5')).toEqual({ kind: 'number', value: -2.5 });
    expect(parseCell('1e3')).toEqual({ kind: 'number', value: 1000 });
    expect(parseCell('12%')).toEqual({ kind: 'number', value: 12 });
  });

  it('reads thousands separators and a decimal comma', () => {
    expect(parseCell('   54 613', ',')).toEqual({ kind: 'number', value: 54613 });
    expect(parseCell('1\u00a0234,5', ',')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseCell('1.234.567,8', ',')).toEqual({ kind: 'number', value: 1234567.8 });
    expect(parseCell('1,234,567.8', '.')).toEqual({ kind: 'number', value: 1234567.8 });
    expect(parseCell('1,234', '.')).toEqual({ kind: 'number', value: 1234 });
    expect(parseCell('1,234', ',')).toEqual({ kind: 'number', value: 1.234 });
  });

  it('marks missing values and why', () => {
    expect(parseCell('')).toEqual({ kind: 'missing' });
    expect(parseCell('-')).toEqual({ kind: 'missing' });
    expect(parseCell('..')).toEqual({ kind: 'missing', reason: 'not-available' });
    expect(parseCell('…')).toEqual({ kind: 'missing', reason: 'not-available' });
    expect(parseCell('х')).toEqual({ kind: 'missing', reason: 'suppressed' });
    expect(parseCell('x')).toEqual({ kind: 'missing', reason: 'suppressed' });
  });

  it('refuses what is not a number', () => {
    for (const text of ['abc', '1,5', '12,3,4', '1.2.3', '--1', '1 2 3,4.5']) {
      expect(parseCell(text, '.'), text).toEqual({ kind: 'invalid' });
    }
  });
});

describe('detectDecimalMark(cells)', () => {
  it('finds a decimal comma, a decimal point, or a conflict', () => {
    expect(detectDecimalMark(['1,5', '2', '3,25'])).toEqual({ mark: ',', ambiguous: false });
    expect(detectDecimalMark(['1.5', '1 234,5'])).toEqual({
      mark: '.',
      ambiguous: false,
      conflict: ['1.5', '1 234,5'],
    });
    expect(detectDecimalMark(['1,234.5', '2'])).toEqual({ mark: '.', ambiguous: false });
    expect(detectDecimalMark(['1.234,5'])).toEqual({ mark: ',', ambiguous: false });
    expect(detectDecimalMark(['0,234'])).toEqual({ mark: ',', ambiguous: false });
  });

  it('says when only ambiguous cells ("1,234") decided', () => {
    expect(detectDecimalMark(['1,234', '2,500'])).toEqual({ mark: '.', ambiguous: true });
    expect(detectDecimalMark(['1,234', '2.5'])).toEqual({ mark: '.', ambiguous: false });
  });
});

describe('writtenDecimals(text) and typicalDecimals(counts)', () => {
  it('count significant decimals as written', () => {
    expect(writtenDecimals('19.55')).toBe(2);
    expect(writtenDecimals('14901641.0')).toBe(0);
    expect(writtenDecimals('19,50', ',')).toBe(1);
    expect(typicalDecimals([2, 2, 1, 13])).toBe(2);
    expect(typicalDecimals([13, 13])).toBe(2);
    expect(typicalDecimals([])).toBe(0);
  });
});

describe('normalizePeriod(text)', () => {
  it('reads years, school years, quarters and months', () => {
    expect(normalizePeriod('2019')).toEqual({ id: '2019' });
    expect(normalizePeriod('2019.0')).toEqual({ id: '2019' });
    expect(normalizePeriod('2019/2020')).toEqual({ id: '2019/2020' });
    expect(normalizePeriod('2023-Q1')).toEqual({ id: '2023-Q1' });
    expect(normalizePeriod('2023-04')).toEqual({ id: '2023-04' });
    expect(normalizePeriod('2023-M04')).toEqual({ id: '2023-04' });
  });

  it('says how it read other spellings', () => {
    expect(normalizePeriod('2019-2020')).toEqual({
      id: '2019/2020',
      note: '"2019-2020" read as 2019/2020',
    });
    expect(normalizePeriod('20232)')).toEqual({
      id: '2023',
      note: 'footnote marker removed from "20232)"',
    });
    expect(normalizePeriod('2019*')).toEqual({
      id: '2019',
      note: 'footnote marker removed from "2019*"',
    });
  });

  it('reads mid-year dates and days as years only when asked', () => {
    expect(normalizePeriod('1990-06', { toYear: true })).toEqual({ id: '1990' });
    expect(normalizePeriod('2013-01-18', { toYear: true })).toEqual({ id: '2013' });
    expect(normalizePeriod('2013-01-18')).toEqual({
      error:
        '"2013-01-18" is a day; periods are years, school years (2019/2020), quarters (2023-Q1) or months (2023-04)',
    });
  });

  it('refuses what is not a period', () => {
    expect('error' in normalizePeriod('last year')).toBe(true);
    expect('error' in normalizePeriod('2023-13')).toBe(true);
    expect('error' in normalizePeriod('')).toBe(true);
  });
});

describe('sortPeriods(ids) and matchesRange(period, range)', () => {
  it('order periods in time and match ranges', () => {
    expect(sortPeriods(['2020', '2019/2020', '2019-Q2', '2019'])).toEqual([
      '2019',
      '2019-Q2',
      '2019/2020',
      '2020',
    ]);
    expect(matchesRange('2015', '2014..2017')).toBe(true);
    expect(matchesRange('2018', '2014..2017')).toBe(false);
    expect(matchesRange('2016', '..2016')).toBe(true);
    expect(matchesRange('2017', '2017..')).toBe(true);
    expect(matchesRange('2017-Q3', '2017')).toBe(false);
    expect(matchesRange('2017-Q3', '2017..2017')).toBe(true);
  });
});
