import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConvertError,
  convertCsv,
  convertSdmx,
  convertWideCsv,
  type ConvertProblem,
  type IndicatorOptions,
} from '../../../src/convert/index.js';

// The corpus of broken inputs (test/fixtures/broken-inputs, hand-made): each must be refused
// with its own precise message, at the right line and column or JSON path.
const dir = new URL('../../fixtures/broken-inputs/', import.meta.url);
interface Case {
  file: string;
  kind: 'csv' | 'wide' | 'sdmx';
  options?: IndicatorOptions;
  expected: ConvertProblem;
}
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as Case[];
const base = { name: 'Broken input', source: { name: 'Hand-made fixture' } };

function firstProblem(c: Case): ConvertProblem {
  const text = readFileSync(new URL(c.file, dir), 'utf8');
  const options = { ...base, ...c.options };
  try {
    if (c.kind === 'csv') convertCsv(text, options);
    else if (c.kind === 'wide') convertWideCsv(text, options);
    else convertSdmx(text, options);
  } catch (e) {
    if (e instanceof ConvertError) return e.problems[0];
    throw e;
  }
  throw new Error(`${c.file} was converted without a problem`);
}

describe('broken inputs (test/fixtures/broken-inputs)', () => {
  it('every file of the corpus has a case, and there are at least 30', () => {
    const files = readdirSync(dir).filter((f) => f !== 'cases.json' && f !== 'README.md');
    expect(files.sort()).toEqual(cases.map((c) => c.file).sort());
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.file, c] as const))(
    '%s is refused with its precise message',
    (_, c) => {
      expect(firstProblem(c)).toMatchObject(c.expected);
    },
  );
});
