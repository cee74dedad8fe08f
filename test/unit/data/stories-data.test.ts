import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { indicatorById, referenceLinesOf, topicsOf } from '../../../src/data/accessors.js';
import { breaksOf, periodBreaksOf } from '../../../src/data/breaks.js';
import { parseIndicators } from '../../../src/data/parse.js';

// The embedded real datasets (stories/data/*.json, built by scripts/build-data.mjs) must parse
// without a problem and follow the schema.
const dir = new URL('../../../stories/data/', import.meta.url);
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(
    readFileSync(new URL('../../../src/data/indicators-v1.schema.json', import.meta.url), 'utf8'),
  ),
);

describe('stories/data datasets', () => {
  it('there are embedded datasets', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses with no problems and follows the schema', (file) => {
    const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const dataset = parseIndicators(json);
    expect(dataset.indicators.length).toBeGreaterThan(0);
    for (const indicator of dataset.indicators) {
      expect(indicator.source.name.en ?? indicator.source.name.ru).toBeTruthy();
      expect(indicator.periods.length).toBeGreaterThan(0);
    }
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });
});

describe('stories/data/child-wellbeing.json', () => {
  const dataset = parseIndicators(
    JSON.parse(readFileSync(new URL('child-wellbeing.json', dir), 'utf8')),
  );

  it('has at least six regional indicators in at least three topics', () => {
    const regional = dataset.indicators.filter((i) => Object.keys(i.values).length > 0);
    expect(regional.length).toBeGreaterThanOrEqual(6);
    const groups = topicsOf(dataset).filter((g) =>
      g.indicators.some((i) => Object.keys(i.values).length > 0),
    );
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.every((g) => g.topic)).toBe(true);
    expect(dataset.warnings).toEqual([]);
  });

  it('credits every reference line to a source with a licence, own lines and companions apart', () => {
    for (const indicator of dataset.indicators) {
      for (const line of referenceLinesOf(dataset, indicator)) {
        expect(line.source.name.en, `${indicator.id} ${line.key}`).toBeTruthy();
        expect(line.source.licence?.en, `${indicator.id} ${line.key}`).toBeTruthy();
      }
    }
    const u5mr = indicatorById(dataset, 'u5mr')!;
    const lines = referenceLinesOf(dataset, u5mr);
    expect(lines.map((l) => l.key)).toEqual([
      'national',
      'sdg-target',
      'u5mr-igme/kazakhstan',
      'u5mr-igme/world',
      'u5mr-igme/europe-central-asia',
    ]);
    // The Bureau's national series and the UN IGME estimate stay two lines with two sources.
    const [bureau, , igme] = lines;
    expect(bureau.source.name.en).toMatch(/^Bureau of National Statistics/);
    expect(igme.source.name.en).toMatch(/^World Bank, World Development Indicators/);
  });
});

describe('breaks in the shipped poverty series', () => {
  const dataset = parseIndicators(
    JSON.parse(readFileSync(new URL('poverty-regions.json', dir), 'utf8')),
  );
  const poverty = indicatorById(dataset, 'poverty')!;

  it('marks 2018 (new boundaries and subsistence minimum) and the 2023 change of layout', () => {
    const map = periodBreaksOf(poverty).map((b) => [b.period.id, b.layoutChange, !!b.note]);
    expect(map).toEqual([
      ['2018', { from: 'pre2018', to: '2018' }, true],
      ['2023', { from: '2018', to: '2022' }, false],
    ]);
    expect(breaksOf(poverty, 'national').map((b) => b.period.id)).toEqual(['2018']);
    expect(breaksOf(poverty, 'KZ-11')[0].note?.ru).toMatch(/прожиточного минимума/);
  });
});
