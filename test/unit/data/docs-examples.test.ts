import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../src/data/parse.js';
import { FALLBACK } from '../../../src/i18n/format.js';

// Every ```json block of the format's documentation page is a whole document: it must parse
// without a problem or a warning, and follow the schema.
const page = readFileSync(
  new URL('../../../stories/docs/data-format.mdx', import.meta.url),
  'utf8',
);
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(
    readFileSync(new URL('../../../src/data/indicators-v1.schema.json', import.meta.url), 'utf8'),
  ),
);

describe('stories/docs/data-format.mdx', () => {
  it('has the minimal and the full example, and the topics and companions example', () => {
    expect(blocks).toHaveLength(3);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('example %i parses cleanly', (_i, block) => {
    const json = JSON.parse(block);
    expect(parseIndicators(json).warnings).toEqual([]);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the full example infers one layout per period', () => {
    const [indicator] = parseIndicators(JSON.parse(blocks[1])).indicators;
    expect(indicator.layouts).toEqual({ '2017': 'pre2018', '2018': '2018', '2019': '2018' });
    expect(indicator.references.map((r) => r.kind)).toEqual(['national', 'comparator', 'target']);
  });

  it('the error message shown on the page is what the parser says', () => {
    const text = /```text\n([\s\S]*?)```/.exec(page)![1].trim();
    const doc = {
      indicators: [
        {
          id: 'u5mr',
          name: 'Under-five mortality rate',
          source: { name: 'Bureau of National Statistics', url: 'javascript:alert(1)' },
          values: { 'KZ-99': { '2019': 1 }, 'KZ-11': { '2019': '10,5' } },
        },
      ],
    };
    expect(() => parseIndicators(doc)).toThrow(text);
  });

  it('the language fallback table is the one localize uses', () => {
    const rows = [...page.matchAll(/^\| \w+ \(`(en|kk|ru)`\) \| ([a-z, ]+) \|$/gm)];
    expect(Object.fromEntries(rows.map((m) => [m[1], m[2].split(', ')]))).toEqual(FALLBACK);
  });
});
