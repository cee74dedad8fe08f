import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodOf, sortPeriods } from '../../../src/data/periods.js';

describe('parsePeriod', () => {
  it('parsePeriod("2019") is a year from 2019 to 2020', () => {
    expect(parsePeriod('2019')).toEqual({
      period: { id: '2019', kind: 'year', start: 2019, end: 2020 },
    });
  });
  it('parsePeriod("2019/2020") is a school or fiscal year from mid-2019 to mid-2020', () => {
    expect(parsePeriod('2019/2020')).toEqual({
      period: { id: '2019/2020', kind: 'span', start: 2019.5, end: 2020.5 },
    });
  });
  it('parsePeriod("2023-Q1") is the first quarter', () => {
    expect(parsePeriod('2023-Q1')).toEqual({
      period: { id: '2023-Q1', kind: 'quarter', start: 2023, end: 2023.25 },
    });
    expect(parsePeriod('2023-Q4').period).toEqual({
      id: '2023-Q4',
      kind: 'quarter',
      start: 2023.75,
      end: 2024,
    });
  });
  it('parsePeriod("2023-04") is April', () => {
    expect(parsePeriod('2023-04')).toEqual({
      period: { id: '2023-04', kind: 'month', start: 2023 + 3 / 12, end: 2023 + 4 / 12 },
    });
  });
  it.each([
    ['2019-2020', '2019/2020'],
    ['2019/20', '2019/2020'],
    ['2019-20', '2019/2020'],
    ['1999/00', '1999/2000'],
    ['2019 / 2020', '2019/2020'],
    ['2019–2020', '2019/2020'],
    ['2023Q1', '2023-Q1'],
    ['2023-q2', '2023-Q2'],
    ['2023 Q3', '2023-Q3'],
    ['Q4 2023', '2023-Q4'],
    ['2023-4', '2023-04'],
    [' 2019 ', '2019'],
  ])('parsePeriod(%j) reads %s, with a warning', (input, id) => {
    const reading = parsePeriod(input);
    expect(reading.period?.id).toBe(id);
    expect(reading).toHaveProperty('warning', `"${input}" read as ${id}`);
  });
  it('parsePeriod("2011-12") is December 2011 (a month), not a span', () => {
    expect(parsePeriod('2011-12').period?.id).toBe('2011-12');
  });
  it.each([
    ['', 'empty period'],
    ['19', '"19" is not a period'],
    ['2019x', '"2019x" is not a period'],
    ['2019/2018', '"2019/2018" is not a span of years'],
    ['2019/2030', '"2019/2030" is not a span of years'],
    ['2023-13', 'no month 13 in "2023-13"'],
    ['2023-0', 'no month 0 in "2023-0"'],
    ['2023-Q5', '"2023-Q5" is not a period'],
    ['1700', 'year out of range in "1700"'],
    ['9999', 'year out of range in "9999"'],
    ['x'.repeat(50), 'period too long'],
  ])('parsePeriod(%j) fails: %s', (input, error) => {
    const reading = parsePeriod(input);
    expect(reading.period).toBeUndefined();
    expect(reading).toHaveProperty('error', error);
  });
  it('parsePeriod(non-string) fails without throwing', () => {
    expect(parsePeriod(2019 as unknown as string)).toMatchObject({
      period: undefined,
      error: 'a period must be a string',
    });
  });
});

describe('periodOf', () => {
  it('periodOf(id) accepts normalised ids only', () => {
    expect(periodOf('2019')?.kind).toBe('year');
    expect(periodOf('2019-2020')).toBeUndefined();
    expect(periodOf('nonsense')).toBeUndefined();
  });
});

describe('comparePeriods', () => {
  it('sortPeriods orders by start, then end (shorter first)', () => {
    const ids = ['2020', '2019-Q2', '2019/2020', '2019', '2019-01', '2019-Q1', '2018/2019'];
    expect(sortPeriods(ids.map((id) => periodOf(id)!)).map((p) => p.id)).toEqual([
      '2018/2019',
      '2019-01',
      '2019-Q1',
      '2019',
      '2019-Q2',
      '2019/2020',
      '2020',
    ]);
  });
  it('comparePeriods is 0 for the same period', () => {
    expect(comparePeriods(periodOf('2019')!, periodOf('2019')!)).toBe(0);
  });
});
