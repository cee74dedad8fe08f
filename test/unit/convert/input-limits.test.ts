import { describe, expect, it } from 'vitest';
import {
  ConvertError,
  convertCsv,
  convertWideCsv,
  detectDecimalMark,
  looksLikePeriod,
  normalizePeriod,
  parseCell,
} from '../../../src/convert/index.js';
import { MAX_CELL_LENGTH } from '../../../src/convert/csv.js';
import { splitFootnote } from '../../../src/convert/footnotes.js';
import { writtenDecimals } from '../../../src/convert/numbers.js';
import { resolveArea } from '../../../src/data/areas.js';
import { csvCell, scriptSafeJson } from '../../../src/data/safe-output.js';

// Inputs shaped to make backtracking patterns take quadratic time (hand-made, no data). The
// budgets are generous guards against a blow-up, not speed measurements (those live in bench/).
const MB = 1 << 20;
const hostile = (n: number) => ({
  digits: '1'.repeat(n) + 'x',
  zeros: '1.' + '0'.repeat(n) + 'x',
  commas: '1,'.repeat(n / 2) + 'x',
  dots: '1.'.repeat(n / 2) + 'x',
  spaces: 'a' + ' '.repeat(n) + '!',
  stars: 'a' + ' *'.repeat(n / 2) + 'x',
  year: '2019' + ' '.repeat(n) + 'x',
  dashes: '-'.repeat(n) + 'x',
});

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConvertError);
    return (error as ConvertError).problems;
  }
  throw new Error('accepted');
}

describe('every pattern applied to input runs in linear time', () => {
  const functions: Record<string, (text: string) => unknown> = {
    parseCell: (t) => parseCell(t),
    'parseCell(t, ",")': (t) => parseCell(t, ','),
    detectDecimalMark: (t) => detectDecimalMark([t]),
    writtenDecimals: (t) => writtenDecimals(t),
    normalizePeriod: (t) => normalizePeriod(t),
    looksLikePeriod,
    resolveArea: (t) => resolveArea(t),
    splitFootnote,
    csvCell,
    scriptSafeJson,
  };
  it.each(Object.keys(functions))(
    '%s takes a 1 MB cell of each hostile shape within a generous budget',
    (name) => {
      const start = performance.now();
      for (const text of Object.values(hostile(MB))) functions[name](text);
      expect(performance.now() - start).toBeLessThan(5000);
    },
  );

  it(`convertCsv and convertWideCsv read 200 rows of ${MAX_CELL_LENGTH - 1}-character hostile cells in every column`, () => {
    const cells = Object.values(hostile(MAX_CELL_LENGTH - 10)).map((c) =>
      c.slice(0, MAX_CELL_LENGTH - 1),
    );
    const quote = (c: string) => `"${c}"`;
    const rows = Array.from({ length: 200 }, (_, i) => {
      const c = cells[i % cells.length];
      return [quote(c), i % 2 ? quote(c) : '2019', quote(c), quote(c), quote(c)].join(',');
    });
    const long = ['area,year,value,sex,note', ...rows].join('\n');
    const wide = ['area,2019,2020', ...rows.map((r) => r.split(',').slice(0, 3).join(','))].join(
      '\n',
    );
    const start = performance.now();
    expect(
      problemsOf(() => convertCsv(long, { source: { name: 'hand-made' } })).length,
    ).toBeGreaterThan(0);
    expect(
      problemsOf(() => convertWideCsv(wide, { source: { name: 'hand-made' } })).length,
    ).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(10000);
  });
});

describe('readDelimited caps the length of a cell', () => {
  it('a file with 1 MB cells is refused at once, naming the line, the column and the likely cause', () => {
    const big = '1'.repeat(MB) + 'x';
    const text = `area,year,value\nKZ-11,2019,1\nKZ-11,2020,"${big}"\n"${big}",2021,2\n`;
    const start = performance.now();
    const problems = problemsOf(() => convertCsv(text, { source: { name: 'hand-made' } }));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(problems[0]).toMatchObject({
      line: 3,
      column: '3',
      message: `a cell of ${(MB + 1).toLocaleString('en')} characters (at most 10,000 are read)`,
    });
    expect(problems[0].hint).toMatch(/quote that is never closed/);
    expect(problems[1]).toMatchObject({ line: 4, column: '1' });
  });
});
