import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
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
