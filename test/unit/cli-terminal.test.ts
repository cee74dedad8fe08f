import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { terminalSafe } from '../../src/cli/terminal.js';
import { shellFlag, shellQuote } from '../../src/convert/shell.js';

// Hand-made hostile inputs (made-up values): texts carrying terminal escapes and shell syntax.
const ESC = '\u001b';
const OSC_LINK = `${ESC}]8;;https://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`;
const HOSTILE = `${ESC}[2J${ESC}]0;pwned\u0007${OSC_LINK}\u009b31m\u202eevil`;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function cli(argv: string[], files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path];
    },
    writeFile: () => undefined,
    readStdin: async () => '',
  };
  const code = await main(argv, io);
  return { code, ...out };
}

describe('terminalSafe(text)', () => {
  it('removes ANSI and OSC escapes, C1 controls and bidirectional overrides; keeps tabs, line feeds and letters', () => {
    expect(terminalSafe(`a\tb\nc ${HOSTILE} Алматы қ.`)).toBe(
      'a\tb\nc [2J]0;pwned]8;;https://evil.example/\\click]8;;\\31mevil Алматы қ.',
    );
  });
});

describe('kz-indicators writes no control character from the data to the terminal', () => {
  const doc = JSON.stringify({
    format: 'kz-indicators/1',
    indicators: [
      {
        id: 'hostile',
        name: { en: `Name ${HOSTILE}` },
        unit: `per 1,000 ${HOSTILE}`,
        source: { name: `Source ${HOSTILE}`, url: 'https://example.org/data' },
        notes: `Note ${HOSTILE}`,
        values: { 'KZ-11': { '2019': 1 }, 'KZ-15': { '2019': 2 } },
        references: [
          { id: 'wld', kind: 'comparator', label: `World ${HOSTILE}`, values: { '2019': 3 } },
        ],
      },
    ],
  });
  const csv = `area,year,value,note\nKZ-11,2019,1,"${HOSTILE}"\n"Unknown ${HOSTILE}",2019,2,\n`;

  it.each([
    [['inspect', 'doc.json']],
    [['validate', 'doc.json']],
    [['inspect', 'data.csv', '--name', 'x', '--source-name', 'y']],
    [['convert', 'data.csv', '--name', `N ${HOSTILE}`, '--source-name', 'y']],
    [['validate', 'data.csv', '--name', 'x', '--source-name', 'y']],
    [['merge', 'doc.json', 'doc.json']],
  ])('%j', async (argv) => {
    const result = await cli(argv, { 'doc.json': doc, 'data.csv': csv });
    expect(result.stdout + result.stderr).not.toMatch(CONTROL);
    expect(result.stdout + result.stderr).not.toBe('');
  });
});

it('JSON written to standard output keeps such characters escaped: the data is unchanged', async () => {
  const csv = `area,year,value,note\nKZ-11,2019,1,"a\u009bb\u202ec"\n`;
  const result = await cli(['convert', 'n.csv', '--name', 'x', '--source-name', 'y'], {
    'n.csv': csv,
  });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('a\\u009bb\\u202ec');
  expect(JSON.stringify(JSON.parse(result.stdout))).toContain('a\u009bb\u202ec');
});

describe('shellQuote(text) and the hints that suggest options', () => {
  it('leaves plain words bare and single-quotes the rest, escaping single quotes', () => {
    expect(shellQuote('KZ-11')).toBe('KZ-11');
    expect(shellQuote('SEX=F')).toBe('SEX=F');
    expect(shellQuote('$(touch pwned)')).toBe(`'$(touch pwned)'`);
    expect(shellQuote(`O'Brien`)).toBe(`'O'\\''Brien'`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellFlag('map', 'Алматы қ.=KZ-..')).toBe(`--map 'Алматы қ.=KZ-..'`);
  });

  it('a POSIX shell reads every quoted text back as one argument, unchanged', () => {
    const texts = [
      '$(touch pwned)',
      '`id`',
      `a'b"c`,
      "'",
      'x\ny',
      '!$HOME *',
      'Алматы қ.',
      '\\',
      '',
    ];
    const script = texts.map((t) => `printf '%s\\0' ${shellQuote(t)}`).join('; ');
    const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\0').slice(0, -1)).toEqual(texts);
  });

  it('kz-indicators convert suggests --map, --ref and --filter with the source text quoted', async () => {
    const files = {
      'names.csv': `area,year,value\nKZ-11,2019,1\n"$(touch pwned)",2019,2\n`,
      'codes.csv': `area,year,value\nKZ-11,2019,1\nKGZ,2019,2\n`,
      'slices.csv': `area,year,sex,value\nKZ-11,2019,"it's",1\nKZ-11,2019,$(x),2\n`,
    };
    const meta = ['--name', 'x', '--source-name', 'y'];
    const names = await cli(['convert', 'names.csv', ...meta], files);
    expect(names.stderr).toContain(`--map '$(touch pwned)=KZ-..'`);
    const codes = await cli(['convert', 'codes.csv', ...meta], files);
    expect(codes.stderr).toContain('--ref KGZ=comparator');
    expect(codes.stderr).toContain('--ignore-area KGZ');
    const slices = await cli(['convert', 'slices.csv', ...meta], files);
    expect(slices.stderr).toContain(
      `hint: choose one slice with --filter 'sex=$(x)' (option filter)`,
    );
  });
});
