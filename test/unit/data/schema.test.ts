import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../src/data/parse.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../src/data/indicators-v1.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);

const fixtures = (folder: string) => {
  const dir = new URL(`../../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);
};

// Problems that only the parser can see: they need the area registry, time, or cross-checks.
const PARSER_ONLY = new Set([
  'ambiguous-district-name.json',
  'baikonur-is-no-area.json',
  'companion-unknown.json',
  'duplicate-area-after-normalisation.json',
  'duplicate-area-by-name.json',
  'duplicate-indicator-id.json',
  'layout-mix-pre2018-and-2018.json',
  'layout-mix-regions-and-districts.json',
  'layout-stated-wrong.json',
  'not-json.json',
  'observation-lower-above-upper.json',
  'observation-value-outside-bounds.json',
  'reference-duplicate-id.json',
  'reference-id-is-area-code.json',
  'source-date-invalid.json',
  'unknown-area-code.json',
  'unknown-area-name.json',
]);

describe('indicators-v1.schema.json', () => {
  it('is a draft 2020-12 schema with a title and an example', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('kz-indicators document, format version 1');
    expect(validate(schema.examples[0])).toBe(true);
    expect(() => parseIndicators(schema.examples[0])).not.toThrow();
  });

  it.each(fixtures('valid'))('accepts the valid fixture %s (which also parses)', (_file, text) => {
    const json = JSON.parse(text);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(parseIndicators(json).version).toBe(1);
  });

  const invalid = fixtures('invalid').filter(([file]) => !PARSER_ONLY.has(file));
  it('rejects most of the invalid corpus (the rest needs the parser)', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(40);
  });
  it.each(invalid)('rejects the invalid fixture %s', (_file, text) => {
    expect(validate(JSON.parse(text))).toBe(false);
  });

  it('is stricter than the parser about unknown keys and spellings', () => {
    const doc = {
      indicators: [
        { id: 'a', name: 'A', source: 'S', values: { 'KZ-11': { '2019-2020': 1 } }, extra: 1 },
      ],
    };
    expect(validate(doc)).toBe(false);
    expect(parseIndicators(doc).warnings.map((w) => w.code)).toEqual([
      'unknown-key',
      'period-format',
    ]);
  });
});
