import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main.js';
import { convertCsv, mergeDocuments } from '../../../src/convert/index.js';
import { ConvertError } from '../../../src/convert/errors.js';
import { parseIndicators } from '../../../src/data/parse.js';
import type { DocumentInput } from '../../../src/data/types.js';

// Topics through the converters, the command line and merge. The CSV and JSON texts are tiny
// hand-made fixtures with made-up values.
const CSV = 'REF_AREA,Year,Value\nKZAKM,2019,8.5\nKZALA,2019,6.5\n';
const SOURCE = { name: 'Hand-made fixture' };

async function cli(argv: string[], files: Record<string, string>) {
  const out = { stdout: '', stderr: '', files: { ...files } };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (path) => out.files[path],
    writeFile: (path, text) => void (out.files[path] = text),
    readStdin: async () => '',
  };
  const code = await main(argv, io);
  return { code, ...out };
}

describe('topics in converted documents', () => {
  it('convertCsv writes the topic option on the indicator', () => {
    const { document } = convertCsv(CSV, { id: 'a', name: 'A', source: SOURCE, topic: 'Health' });
    expect(document.indicators[0].topic).toBe('Health');
    expect(parseIndicators(document).topics).toEqual([{ id: 'Health', name: { en: 'Health' } }]);
  });

  it('the CLI reads --topic with --topic-kk and --topic-ru', async () => {
    const r = await cli(
      [
        'convert',
        'a.csv',
        '--name',
        'A',
        '--source-name',
        'Hand-made fixture',
        '--topic',
        'Health',
        '--topic-ru',
        'Здоровье',
        '--topic-kk',
        'Денсаулық',
      ],
      { 'a.csv': CSV },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).indicators[0].topic).toEqual({
      en: 'Health',
      kk: 'Денсаулық',
      ru: 'Здоровье',
    });
  });

  it('merge joins topic lists in order and refuses one topic id with two names', () => {
    const doc = (id: string, topics: DocumentInput['topics']): DocumentInput => ({
      topics,
      indicators: [{ id, name: id, source: SOURCE, topic: 'health', values: {} }],
    });
    const health = { id: 'health', name: { en: 'Health' } };
    const merged = mergeDocuments([
      doc('a', [health]),
      doc('b', [{ id: 'poverty', name: 'Poverty' }, health]),
    ]);
    expect(merged.topics).toEqual([health, { id: 'poverty', name: 'Poverty' }]);
    expect(parseIndicators(merged).indicators.map((i) => i.topic)).toEqual(['health', 'health']);
    expect('topics' in mergeDocuments([doc('a', undefined)])).toBe(false);
    expect(() =>
      mergeDocuments([doc('a', [health]), doc('b', [{ id: 'health', name: 'Santé' }])]),
    ).toThrow(ConvertError);
    try {
      mergeDocuments([doc('a', [health]), doc('b', [{ id: 'health', name: 'Santé' }])]);
    } catch (error) {
      expect((error as ConvertError).problems[0].message).toBe(
        'topic "health" has one name in document 1 and another in document 2',
      );
    }
  });
});
