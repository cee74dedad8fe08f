import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { bareRegionLabels, resolveArea } from '../../../src/data/areas.js';

// The spelling corpus (test/fixtures/area-spellings.csv, sources named per row and in
// area-spellings.md): labels from real tables, the press and the 2021 Kazakh Latin alphabet.
const rows = csvParse(
  readFileSync(new URL('../../fixtures/area-spellings.csv', import.meta.url), 'utf8'),
);
const bySource = new Map<string, { spelling: string; code: string }[]>();
for (const { spelling, code, source } of rows) {
  bySource.set(source, [...(bySource.get(source) ?? []), { spelling, code }]);
}

describe('resolveArea reads every spelling of the corpus as the right unit, or as nothing', () => {
  it('the corpus holds several hundred spellings from at least ten sources', () => {
    expect(rows.length).toBeGreaterThan(400);
    expect(bySource.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...bySource.keys()])('%s', (source) => {
    const labels = bySource.get(source)!;
    const asRegion = bareRegionLabels(labels.map((r) => r.spelling));
    const wrong: string[] = [];
    for (const { spelling, code } of labels) {
      const res = resolveArea(spelling, asRegion.has(spelling) ? { bareAs: 'region' } : {});
      const candidates = res.code === null ? res.candidates : undefined;
      const suggestion = res.code === null ? res.suggestion : undefined;
      const got = res.code ?? `none (suggests ${suggestion ?? candidates ?? 'nothing'})`;
      if (code ? res.code !== code : got !== 'none (suggests nothing)')
        wrong.push(`${spelling} -> ${got}, expected ${code || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('hints for a city never propose a region', () => {
  it.each([
    ['Алматы қ.', 'KZ-75'],
    ['Алматы кала', 'KZ-75'],
    ['Almaty qalasy', 'KZ-75'],
  ])('%s resolves to %s', (text, code) => {
    expect(resolveArea(text).code).toBe(code);
  });

  it.each([
    'Алматы қ-сы',
    'Алмата қ.',
    'Almati citi',
    'Aktobe city',
    'Шымкнт қаласы',
    'Туркестан г.',
  ])('a misspelled city %s suggests a city or nothing', (text) => {
    const res = resolveArea(text);
    const suggested = res.code ?? res.suggestion;
    if (suggested) expect(['KZ-71', 'KZ-75', 'KZ-79']).toContain(suggested);
  });

  it('a misspelled region written with its generic word suggests a region', () => {
    const res = resolveArea('Алматынская обл.');
    expect(res.code ?? res.suggestion).toBe('KZ-19');
  });
});
