import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError, parseIndicators } from '../../../src/data/parse.js';

/** Calls the parser; anything thrown must be an IndicatorError without an internal problem. */
function check(input: unknown): void {
  try {
    const dataset = parseIndicators(input);
    expect(dataset.version).toBe(1);
  } catch (error) {
    if (!(error instanceof IndicatorError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(typeof problem.path).toBe('string');
      expect(typeof problem.message).toBe('string');
      expect(problem.code).not.toBe('internal');
    }
  }
}

// Hand-made valid document (made-up values) to mutate.
const VALID = {
  format: 'kz-indicators/1',
  indicators: [
    {
      id: 'demo',
      name: { en: 'Hand-made test indicator', ru: 'Тестовый показатель' },
      unit: 'per 1,000',
      better: 'lower',
      source: { name: 'Hand-made test fixture', url: 'https://example.org/', date: '2024-01' },
      values: {
        'KZ-11': { '2018': 10.5, '2019': { value: 9.5, lower: 8, upper: 11, status: 'estimated' } },
        KZYUZ: { '2018': null, '2019': { value: null, reason: 'suppressed' } },
        'г. Алматы': { '2018': 7.25 },
      },
      references: [
        { id: 'national', kind: 'national', label: 'Kazakhstan', values: { '2018': 9 } },
        { id: 'target', kind: 'target', label: 'SDG 3.2', value: 25, year: 2030 },
      ],
    },
  ],
};

/** Replaces the value at a random path of a JSON tree by `replacement`. */
function mutate(tree: unknown, steps: number[], replacement: unknown): unknown {
  if (!steps.length || tree === null || typeof tree !== 'object') return replacement;
  const [step, ...rest] = steps;
  if (Array.isArray(tree)) {
    if (!tree.length) return replacement;
    const copy = tree.slice();
    const i = step % copy.length;
    copy[i] = mutate(copy[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(tree);
  if (!keys.length) return replacement;
  const key = keys[step % keys.length];
  return {
    ...(tree as object),
    [key]: mutate((tree as Record<string, unknown>)[key], rest, replacement),
  };
}

const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    'javascript:alert(1)',
    'KZ-99',
    'KZONT',
    '2019/2018',
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    '',
    'x'.repeat(20000),
  ),
);

describe('parseIndicators on arbitrary input', () => {
  it('never throws anything but IndicatorError on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 500 });
  });

  it('never throws anything but IndicatorError on arbitrary JSON text', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.string(),
        (text, junk) => {
          check(text);
          check(text.slice(0, text.length >> 1) + junk);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws anything but IndicatorError on mutated valid documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        hostile,
        (steps, replacement) => check(mutate(VALID, steps, replacement)),
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but IndicatorError when keys are arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), {
          maxKeys: 6,
        }),
        (values) => {
          const doc = structuredClone(VALID);
          (doc.indicators[0] as { values: unknown }).values = values;
          check(doc);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts the valid document it mutates', () => {
    expect(parseIndicators(VALID).indicators[0].id).toBe('demo');
  });
});
