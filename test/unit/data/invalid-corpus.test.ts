import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IndicatorError, parseIndicators } from '../../../src/data/parse.js';
// District names ship apart from the core registry; these tests read them.
import '../../../src/data/district-names.js';

const dir = new URL('../../fixtures/invalid/', import.meta.url);
const manifest: { files: Record<string, { path: string; message: string }> } = JSON.parse(
  readFileSync(new URL('manifest.json', dir), 'utf8'),
);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
  .sort();

function problemsOf(text: string) {
  try {
    parseIndicators(text);
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorError);
    return (error as IndicatorError).problems;
  }
  throw new Error('accepted');
}

describe('parseIndicators rejects every malformed or hostile document (test/fixtures/invalid)', () => {
  it('the corpus has at least 30 documents, each listed in the manifest', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(manifest.files).sort()).toEqual(files);
  });

  it.each(files)('%s is rejected with its JSON path', (file) => {
    const expected = manifest.files[file];
    const problems = problemsOf(readFileSync(new URL(file, dir), 'utf8'));
    const atPath = problems.filter((p) => p.path === expected.path);
    expect(atPath.map((p) => p.path)).toContain(expected.path);
    expect(atPath.some((p) => p.message.includes(expected.message))).toBe(true);
  });

  it.each(files)('%s is also rejected when given as parsed JSON', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return; // not-json.json: only the text form applies
    }
    const problems = problemsOf(json as string);
    expect(problems.map((p) => p.path)).toContain(manifest.files[file].path);
  });

  it('a prototype-polluting document leaves Object.prototype untouched', () => {
    for (const file of files.filter((f) => /proto|constructor/.test(f))) {
      problemsOf(readFileSync(new URL(file, dir), 'utf8'));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
