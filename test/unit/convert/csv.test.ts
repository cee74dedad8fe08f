import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ConvertError,
  detectDelimiter,
  formatDelimited,
  readDelimited,
  stripBom,
} from '../../../src/convert/index.js';
import { guardFormula } from '../../../src/data/safe-output.js';

// Inputs in this file are tiny hand-made texts, labelled as such: they test the reader's rules,
// not data.
const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConvertError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConvertError');
};

describe('readDelimited(text)', () => {
  it('drops a byte-order mark and trims header cells', () => {
    const t = readDelimited('\ufeff Year ,Value\n2019,1\n');
    expect(t.header).toEqual(['Year', 'Value']);
    expect(t.rows).toEqual([['2019', '1']]);
    expect(stripBom('\ufeffa')).toBe('a');
  });

  it('reads LF, CRLF and CR line ends alike, with line numbers', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const t = readDelimited(['a,b', '1,2', '', '3,4', ''].join(eol));
      expect(t.rows).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
      expect(t.lines).toEqual([2, 4]);
      expect(t.headerLine).toBe(1);
    }
  });

  it('detects comma, semicolon, tab and pipe delimiters', () => {
    expect(readDelimited('a,b\n1,2').delimiter).toBe(',');
    expect(readDelimited('region;value\nAkmola;1,5\nAktobe;2,25').delimiter).toBe(';');
    expect(readDelimited('a\tb\n1\t2').delimiter).toBe('\t');
    expect(readDelimited('a|b|c\n1|2|3').delimiter).toBe('|');
    expect(detectDelimiter('"x,y";z\n"1,2";3')).toBe(';');
    expect(detectDelimiter('single\ncolumn')).toBe(',');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping line numbers', () => {
    const t = readDelimited('name,note\n"Almaty, city","say ""hi""\nsecond line"\nAstana,x\n');
    expect(t.rows).toEqual([
      ['Almaty, city', 'say "hi"\nsecond line'],
      ['Astana', 'x'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('drops trailing columns without a header, as in Open SDG exports ("Value,,,,")', () => {
    const t = readDelimited('Year,Value,,,\r\n2010,99.4,,,\r\n2011,99.5,,,\r\n');
    expect(t.header).toEqual(['Year', 'Value']);
    expect(t.rows).toEqual([
      ['2010', '99.4'],
      ['2011', '99.5'],
    ]);
  });

  it('pads short rows with empty cells', () => {
    expect(readDelimited('a,b,c\n1,2').rows).toEqual([['1', '2', '']]);
  });

  it('picks the header row with headerRow and returns the lines above it', () => {
    const t = readDelimited('Title of the table\nunit: persons\nRegion,2019,2020\nAkmola,1,2', {
      headerRow: (rows) => rows.findIndex((r) => r.includes('2019')),
    });
    expect(t.header).toEqual(['Region', '2019', '2020']);
    expect(t.headerLine).toBe(3);
    expect(t.preamble.map((p) => p.line)).toEqual([1, 2]);
  });

  it('reports a value under a column without a header, with its line and column', () => {
    expect(problemsOf(() => readDelimited('a,b,\n1,2,\n3,4,5\n'))).toEqual([
      {
        line: 3,
        column: '3',
        message: 'value "5" in a column without a header (the header has 2 columns)',
        hint: 'name the column in the header, or check the delimiter and quoting of this line',
      },
    ]);
  });

  it('reports a quoted field that is never closed, at the line where it opens', () => {
    expect(problemsOf(() => readDelimited('a,b\n1,2\n3,"open\nstill open\n'))).toEqual([
      {
        line: 3,
        column: '2',
        message: 'quoted field is never closed',
        hint: 'a cell that starts with " must end with "; write a quote inside a cell as ""',
      },
    ]);
  });

  it('reports text after a closing quote', () => {
    const [p] = problemsOf(() => readDelimited('a,b\n"x"y,2\n'));
    expect(p).toMatchObject({
      line: 2,
      column: '1',
      message: 'unexpected text after a closing quote: "y,2"',
    });
  });

  it('reports empty and repeated column names', () => {
    const problems = problemsOf(() => readDelimited('a,,a\n1,2,3'));
    expect(problems.map((p) => p.message)).toEqual([
      'empty column name in the header',
      'column name repeated (columns 1 and 3)',
    ]);
  });

  it('refuses an input without rows', () => {
    expect(problemsOf(() => readDelimited('\n\n  \n'))[0].message).toBe('the input has no rows');
  });
});

describe('formatDelimited(rows, delimiter) defuses formulas for spreadsheets of every locale', () => {
  it('guards every cell and every part after a delimiter, and quotes , ; and tab whatever the delimiter', () => {
    const text = formatDelimited(
      [
        ['area', 'note', 'value'],
        ['x;=1+2', '=HYPERLINK("http://e.x")', '-3'],
        ['@SUM(A1)', 'a,b', '+7 701'],
        ['tab\t-2+3', '-', 'ok'],
      ],
      ',',
    );
    expect(text.split('\n')).toEqual([
      'area,note,value',
      `"x;'=1+2","'=HYPERLINK(""http://e.x"")",-3`,
      `'@SUM(A1),"a,b",+7 701`,
      `"tab\t'-2+3",-,ok`,
    ]);
    // Read back with the other delimiters' eyes, no cell starts a formula.
    for (const sep of [',', ';', '\t']) {
      for (const line of text.split('\n')) {
        for (const part of line.split(sep)) expect(part).not.toMatch(/^[=@]|^[-+][^\d]/);
      }
    }
    expect(formatDelimited([['a;b', 'c']], '\t')).toBe('"a;b"\tc');
  });

  it('guardFormula(text) leaves numbers and the missing-value dash alone', () => {
    expect(['-3', '+1 234,5', '-2.5e-3', '-12%', '-', 'Akmola'].map(guardFormula)).toEqual([
      '-3',
      '+1 234,5',
      '-2.5e-3',
      '-12%',
      '-',
      'Akmola',
    ]);
    expect(guardFormula('-1+2')).toBe("'-1+2");
    expect(guardFormula('\r=1')).toBe("'\r'=1");
    expect(guardFormula('a\n@x;+y')).toBe("a\n'@x;'+y");
  });
});

describe('readDelimited(formatDelimited(rows)) round trip (property)', () => {
  const cell = fc.string({
    unit: fc.constantFrom(
      'a',
      'Я',
      'ә',
      ' ',
      ',',
      ';',
      '\t',
      '|',
      '"',
      '\n',
      '\r',
      '\r\n',
      '1',
      '.',
      '-',
    ),
    maxLength: 12,
  });
  const headerCell = fc
    .string({
      unit: fc.constantFrom('a', 'b', 'Я', '_', '1', ' ', ',', '"'),
      minLength: 1,
      maxLength: 8,
    })
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

  it('gives back every cell, every row and the line where each row starts', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.tuple(
              fc.uniqueArray(headerCell, { minLength: width, maxLength: width }),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
              fc.constantFrom(',', ';', '\t', '|'),
            ),
          ),
        ([header, rows, delimiter]) => {
          const text = formatDelimited([header, ...rows], delimiter);
          const table = readDelimited(text, { delimiter });
          expect(table.header).toEqual(header);
          // Cells a spreadsheet would run as formulas come back defused.
          const kept = rows
            .map((r) => r.map(guardFormula))
            .filter((r) => r.some((c) => c.trim() !== ''));
          expect(table.rows).toEqual(kept);
          // Expected start lines: each row begins after the line breaks of everything before it.
          let line = 1 + header.reduce((n, c) => n + breaks(c), 0) + 1;
          const lines: number[] = [];
          for (const r of rows) {
            if (r.some((c) => guardFormula(c).trim() !== '')) lines.push(line);
            line += 1 + r.reduce((n, c) => n + breaks(c), 0);
          }
          expect(table.lines).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });
});
