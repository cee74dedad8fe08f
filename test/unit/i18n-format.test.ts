import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fill, formatNumber } from '../../src/i18n/format.js';
import type { Lang } from '../../src/data/types.js';

const LOCALES: Record<Lang, string> = { en: 'en-GB', kk: 'kk-KZ', ru: 'ru-RU' };

// Node carries full ICU data: Intl's output is the reference the hand-written formatter follows.
function intl(value: number, lang: Lang, decimals: number, signed: boolean): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  })
    .format(value)
    .replace(/-/g, '\u2212');
}

describe('formatNumber', () => {
  it('formatNumber(value, lang, decimals) writes en, kk and ru numbers', () => {
    expect(formatNumber(12345.67, 'en', 1)).toBe('12,345.7');
    expect(formatNumber(12345.67, 'ru', 1)).toBe('12\u00a0345,7');
    expect(formatNumber(12345.67, 'kk', 2)).toBe('12\u00a0345,67');
    expect(formatNumber(-3.25, 'en', 1)).toBe('\u22123.3');
    expect(formatNumber(2.5, 'en', 1, { signed: true })).toBe('+2.5');
    expect(formatNumber(-0.04, 'en', 1, { signed: true })).toBe('0.0');
    expect(formatNumber(null, 'en')).toBe('');
    expect(formatNumber(Number.NaN, 'ru')).toBe('');
  });

  it('formatNumber equals Intl.NumberFormat on arbitrary numbers, decimals and signs', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // Large and tiny numbers too: both round the shortest decimal form of the double.
          fc.double({ noNaN: true, min: -1e25, max: 1e25 }),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
        ),
        fc.constantFrom<Lang>('en', 'kk', 'ru'),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (value, lang, decimals, signed) => {
          expect(formatNumber(value, lang, decimals, { signed })).toBe(
            intl(value, lang, decimals, signed),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('fill(template, values)', () => {
  it('fills the named placeholders and leaves unknown, undefined and inherited names as written', () => {
    expect(fill('{name}: {value}', { name: 'Almaty', value: 9.7 })).toBe('Almaty: 9.7');
    expect(fill('{name} {missing} {gap}', { name: 'A', gap: undefined })).toBe('A {missing} {gap}');
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});
