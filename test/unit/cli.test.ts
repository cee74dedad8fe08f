import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, nodeIo, type CliIo } from '../../src/cli/main.js';
import { convertCsv } from '../../src/convert/index.js';
import { HAS_SHARED, NEEDS_SHARED, REPO, sharedPath } from './convert/shared-data.js';

// The command-line tool, run through main(argv, io) with an in-memory file system. The CSV and
// JSON texts here are tiny hand-made fixtures with made-up values, labelled as such.

function memoryIo(files: Record<string, string> = {}, stdin?: string) {
  const out = { stdout: '', stderr: '', files: { ...files } };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (path) => {
      if (!(path in out.files))
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return out.files[path];
    },
    writeFile: (path, text) => void (out.files[path] = text),
    readStdin: async () => stdin ?? '',
  };
  return { io, out };
}
async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const { io, out } = memoryIo(files, stdin);
  const code = await main(argv, io);
  return { code, ...out };
}

const CSV =
  'REF_AREA,Year,SEX,Value\n,2019,,10\nKZAKM,2019,,8.5\nKZAKM,2019,F,7.5\nKZALA,2019,,6.5\nKZONT,2017,,12\n';
const META = ['--name', 'Test', '--source-name', 'Hand-made fixture'];
const DOC = JSON.stringify({
  format: 'kz-indicators/1',
  indicators: [
    {
      id: 'test',
      name: 'Test',
      source: { name: 'Hand-made fixture' },
      values: { 'KZ-11': { '2019': 1, '2020': 2 }, 'KZ-15': { '2019': 3 } },
    },
  ],
});

describe('kz-indicators (main)', () => {
  it('--help prints the usage; no command is a usage error', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kz-indicators <command> \[options\]/);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage:/);
  });

  it('names an unknown command and an unknown option', async () => {
    const cmd = await run(['convrt', 'x.csv']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe(
      'kz-indicators: unknown command "convrt"; commands: convert, validate, inspect, merge\n',
    );
    const opt = await run(['convert', 'x.csv', '--bogus']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/^kz-indicators convert: Unknown option '--bogus'/);
    expect(opt.stderr).toMatch(/Run kz-indicators convert --help for the options\.\n$/);
  });

  it('each command has its --help', async () => {
    for (const command of ['convert', 'validate', 'inspect', 'merge']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: kz-indicators ${command} `));
    }
    expect((await run(['help', 'convert'])).stdout).toMatch(/--filter COL=VALUE/);
  });

  it('refuses malformed option values', async () => {
    const r = await run(['convert', 'a.csv', '--better', 'up', ...META], { 'a.csv': CSV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^kz-indicators convert: --better up: expected higher, lower or neutral\n/,
    );
    const ref = await run(['convert', 'a.csv', '--ref', 'WLD=world', ...META], { 'a.csv': CSV });
    expect(ref.stderr).toMatch(/--ref "WLD=world": the kind is national or comparator/);
  });
});

describe('kz-indicators convert', () => {
  it('writes the same document as convertCsv to standard output, and notes on standard error', async () => {
    const r = await run(['convert', 'data.csv', '--id', 'test', ...META], { 'data.csv': CSV });
    expect(r.code).toBe(0);
    const expected = convertCsv(CSV, {
      id: 'test',
      name: 'Test',
      source: { name: 'Hand-made fixture' },
    });
    expect(JSON.parse(r.stdout)).toEqual(expected.document);
    expect(r.stderr).toBe('data.csv: kept SEX: total (empty cell)\n');
  });

  it('writes to a file with -o, and takes the id from the file name by default', async () => {
    const r = await run(['convert', 'dir/u5mr_2019.csv', '-o', 'out.json', ...META], {
      'dir/u5mr_2019.csv': CSV,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.files['out.json']).indicators[0].id).toBe('u5mr-2019');
    expect(r.stderr).toMatch(
      /wrote out\.json: indicator u5mr-2019, 3 areas, 1 reference series\n$/,
    );
  });

  it('passes filters, references, targets, layouts and area maps through', async () => {
    const csv = 'Country Code,Year,Value\nKAZ,2019,10\nWLD,2019,37\nUZB,2019,14\n';
    const r = await run(
      [
        'convert',
        'w.csv',
        ...META,
        '--ref',
        'WLD=comparator:World',
        '--ignore-area',
        'UZB',
        '--target',
        '25@2030:SDG 3.2',
      ],
      { 'w.csv': csv },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).indicators[0].references).toEqual([
      {
        id: 'national',
        kind: 'national',
        label: { en: 'Kazakhstan', kk: 'Қазақстан', ru: 'Казахстан' },
        values: { '2019': 10 },
      },
      { id: 'wld', kind: 'comparator', label: 'World', values: { '2019': 37 } },
      { id: 'target', kind: 'target', label: 'SDG 3.2', value: 25, year: 2030 },
    ]);
    const f = await run(['convert', 'data.csv', ...META, '--filter', 'SEX=F', '--compact'], {
      'data.csv': CSV,
    });
    expect(JSON.parse(f.stdout).indicators[0].values).toEqual({ 'KZ-11': { '2019': 7.5 } });
    expect(f.stdout.trim().split('\n')).toHaveLength(1);
    const table =
      'Область;Год;Значение\nТуркестанская 1;2016;1,5\nТуркестанская 1;2017;2,5\nг. Шымкент;2017;0,5\nАкмолинская;2015;9\n';
    const m = await run(
      [
        'convert',
        't.csv',
        ...META,
        '--map',
        'Туркестанская 1=KZ-51@..2016',
        '--map',
        'Туркестанская 1=KZ-61@2017..',
        '--layout',
        '..2016=pre2018',
        '--layout',
        '2017..=2018',
        '--periods',
        '2016..2017',
        '--delimiter',
        'semicolon',
        '--decimal-mark',
        ',',
        '--decimals',
        '1',
      ],
      { 't.csv': table },
    );
    expect(m.code).toBe(0);
    const i = JSON.parse(m.stdout).indicators[0];
    expect(i.values).toEqual({
      'KZ-51': { '2016': 1.5 },
      'KZ-61': { '2017': 2.5 },
      'KZ-79': { '2017': 0.5 },
    });
    expect(i.layout).toEqual({ '2016': 'pre2018', '2017': '2018' });
    expect(i.decimals).toBe(1);
    const bad = await run(['convert', 't.csv', ...META, '--layout', '2017=2019'], {
      't.csv': table,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--layout: "2019" is not a layout; layouts: 2022, 2018, pre2018, districts/,
    );
  });

  it('reports conversion problems on standard error with file, line, column and hint; exit 1', async () => {
    const r = await run(['convert', 'bad.csv', ...META], {
      'bad.csv': 'REF_AREA,Year,Value\nKZAKM,2019,1\nKZAKTT,2019,2\n',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'bad.csv, line 3, column REF_AREA: unknown area "KZAKTT"; did you mean KZ-15 Aktobe Region?\n' +
        '  hint: write a code such as KZ-11, or map the text with --map KZAKTT=KZ-.. (option areas)\n',
    );
  });

  it('says when a file is missing or is already a document', async () => {
    const missing = await run(['convert', 'nowhere.csv', ...META]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('nowhere.csv: file not found\n');
    const doc = await run(['convert', 'doc.json'], { 'doc.json': DOC });
    expect(doc.code).toBe(1);
    expect(doc.stderr).toBe(
      'doc.json: this is already a kz-indicators document; check it with validate or inspect\n',
    );
  });

  it('recognises wide tables and SDMX-CSV, and reads standard input', async () => {
    const wide = await run(['convert', 'w.csv', ...META], {
      'w.csv': 'Region,2018,2019\nAkmola,1,2\nAktobe,3,4\n',
    });
    expect(JSON.parse(wide.stdout).indicators[0].values).toEqual({
      'KZ-11': { '2018': 1, '2019': 2 },
      'KZ-15': { '2018': 3, '2019': 4 },
    });
    const sdmx = await run(['convert', 's.csv', ...META], {
      's.csv': 'DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nX:Y(1.0),KZ-11,2019,1.5,E\n',
    });
    expect(JSON.parse(sdmx.stdout).indicators[0].values).toEqual({
      'KZ-11': { '2019': { value: 1.5, status: 'estimated' } },
    });
    const stdin = await run(['convert', '-', '--id', 'x', ...META], {}, CSV);
    expect(JSON.parse(stdin.stdout).indicators[0].id).toBe('x');
  });
});

describe('kz-indicators validate', () => {
  it('exit 0 for a valid document', async () => {
    const r = await run(['validate', 'doc.json'], { 'doc.json': DOC });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('doc.json: valid (1 indicator)\n');
  });

  it('exit 1 with JSON paths and hints for an invalid document', async () => {
    const bad = DOC.replace('"KZ-15"', '"KZ-99"');
    const r = await run(['validate', 'doc.json'], { 'doc.json': bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^doc\.json, indicators\[0\]\.values\["KZ-99"\]: /);
    expect(r.stdout).toBe('doc.json: 1 problem\n');
  });

  it('validates CSV inputs as they would be converted, with line and column', async () => {
    const r = await run(['validate', 'bad.csv', '--json', ...META], {
      'bad.csv': 'REF_AREA,Year,Value\nKZAKM,2019,one\n',
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      files: [
        {
          file: 'bad.csv',
          valid: false,
          problems: [
            {
              line: 2,
              column: 'Value',
              message: '"one" is not a number',
              hint: 'write numbers like 12.5 or 1234.5; an empty cell, "-" or ".." marks a missing value',
            },
          ],
          warnings: [],
        },
      ],
    });
  });

  it('reports JSON syntax errors with line and column, and checks several files', async () => {
    const r = await run(['validate', 'a.json', 'b.json', 'c.json'], {
      'a.json': DOC,
      'b.json': '{\n  "format": "kz-indicators/1",\n  "indicators": [,]\n}\n',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.json: valid (1 indicator)\nb.json: 1 problem\nc.json: 1 problem\n');
    expect(r.stderr).toMatch(/^b\.json, line 3, column 18: not valid JSON: /m);
    expect(r.stderr).toMatch(/^c\.json: file not found$/m);
  });
});

describe('kz-indicators inspect', () => {
  it('lists periods, layouts, references and the areas that lack values', async () => {
    const r = await run(['inspect', 'doc.json'], { 'doc.json': DOC });
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toContain('test: Test\n');
    expect(text).toContain('  periods: 2019..2020 (2)\n');
    expect(text).toContain('  layouts: 2019..2020 2022 (20 areas)\n');
    expect(text).toContain('    KZ-15 Aktobe Region: no value in 2020\n');
    expect(text).toContain('    KZ-10 Abai Region: no value in 2019..2020\n');
  });

  it('--json gives the coverage for machines, also for a CSV input', async () => {
    const r = await run(['inspect', 'data.csv', '--json', ...META], { 'data.csv': CSV });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const ind = report.indicators[0];
    expect(ind.periods).toEqual(['2017', '2019']);
    // 2019 has only areas common to every layout: the parser keeps the layout of 2017.
    expect(ind.layouts).toEqual([{ layout: 'pre2018', periods: '2017, 2019', areas: 16 }]);
    expect(ind.coverage.missing['KZ-11']).toEqual(['2017']);
    expect(ind.coverage.missing['KZ-51']).toEqual(['2019']);
    expect(ind.references[0]).toMatchObject({
      id: 'national',
      kind: 'national',
      periods: ['2019'],
    });
  });

  it('refuses an invalid input with its problems', async () => {
    const r = await run(['inspect', 'doc.json'], { 'doc.json': '{"indicators": 5}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^doc\.json, indicators: /);
  });
});

describe('kz-indicators merge', () => {
  it('puts documents together, and refuses a repeated indicator id', async () => {
    const other = DOC.replace('"id":"test"', '"id":"other"');
    const ok = await run(['merge', 'a.json', 'b.json', '-o', 'all.json'], {
      'a.json': DOC,
      'b.json': other,
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.files['all.json']).indicators.map((i: { id: string }) => i.id)).toEqual([
      'test',
      'other',
    ]);
    const twice = await run(['merge', 'a.json', 'a.json'], { 'a.json': DOC });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(
      'indicator id "test" is in document 1 and document 2\n  hint: give each indicator its own id (--id)\n',
    );
  });
});

describe(`kz-indicators on real inputs${NEEDS_SHARED}`, () => {
  it.skipIf(!HAS_SHARED)(
    'converts the under-five mortality file and inspects it: two layouts, full coverage',
    async () => {
      const file = sharedPath(
        'data/source/regional/kazstat_sdg_3-2-1_under5_mortality_by_region_2010-2019.csv',
      );
      const { io, out } = memoryIo();
      const real: CliIo = { ...io, readFile: nodeIo.readFile };
      expect(await main(['inspect', file, ...META], real)).toBe(0);
      expect(out.stdout).toContain(
        '  layouts: 2010..2017 pre2018 (16 areas) · 2018..2019 2018 (17 areas)\n',
      );
      expect(out.stdout).toContain(
        '  coverage: every area of each layout has a value in every period\n',
      );
      expect(out.stdout).toContain(
        ' (read as csv; kept SEX: total (_T), URBANISATION: total (empty cell))',
      );
    },
  );

  it.skipIf(!HAS_SHARED)(
    'validate explains the mixed layouts of the poverty file, and accepts it with --layout',
    async () => {
      const file = sharedPath(
        'data/source/regional/kazstat_sdg_1-2-1_poverty_national_line_by_region_2010-2023.csv',
      );
      const { io, out } = memoryIo();
      const real: CliIo = { ...io, readFile: nodeIo.readFile };
      expect(await main(['validate', file, ...META], real)).toBe(1);
      expect(out.stderr).toContain(
        'periods 2014, 2015, 2016, 2017 mix boundary layouts: KZ-61, KZ-79 (layout 2018) with KZ-51 (before 2018)\n' +
          '  hint: state the layout of these periods: --layout 2014..2017=pre2018 (option layout) keeps KZ-51 and leaves out the others\n',
      );
      expect(await main(['validate', file, ...META, '--layout', '2014..2017=pre2018'], real)).toBe(
        0,
      );
    },
  );
});

describe('kz-indicators with a large input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kz-cli-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts a 10 MB CSV (generated synthetic rows, not data) from and to real files', async () => {
    // Synthetic, labelled test input: 224 district codes x 300 months x 3 sexes x 2 settlement
    // types, the value derived from the row number. It only measures that size is no problem.
    const districts = (await import('../../src/data/areas.js')).LAYOUT_AREAS.districts;
    const lines = ['REF_AREA,TIME_PERIOD,SEX,URBANISATION,OBS_VALUE'];
    let n = 0;
    for (const d of districts) {
      for (let m = 0; m < 300; m++) {
        const period = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        for (const sex of ['_T', 'F', 'M']) {
          for (const urb of ['U', 'R'])
            lines.push(`${d},${period},${sex},${urb},${(n++ % 1000) / 10}`);
        }
      }
    }
    const input = join(dir, 'large.csv');
    const output = join(dir, 'large.json');
    writeFileSync(input, lines.join('\n'));
    expect(statSync(input).size).toBeGreaterThan(10 * 1024 * 1024);
    const { io, out } = memoryIo();
    const real: CliIo = { ...io, readFile: nodeIo.readFile, writeFile: nodeIo.writeFile };
    const code = await main(
      ['convert', input, '-o', output, ...META, '--filter', 'URBANISATION=U', '--districts'],
      real,
    );
    expect(out.stderr).toMatch(
      /wrote .*large\.json: indicator large, 224 areas, 0 reference series\n$/,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(output, 'utf8'));
    const values = doc.indicators[0].values;
    expect(Object.keys(values)).toHaveLength(224);
    // The first district's first month, SEX=_T, URBANISATION=U is row 0 of the generator.
    expect(values[districts[0]]['2000-01']).toBe(0);
    expect(Object.keys(values[districts[0]])).toHaveLength(300);
  }, 120_000);
});

describe('the built command (dist/cli/main.js)', () => {
  const bin = join(REPO, 'dist/cli/main.js');
  it.skipIf(!existsSync(bin))('starts with a shebang and runs --help', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: kz-indicators <command>/);
    const dir = mkdtempSync(join(tmpdir(), 'kz-cli-bin-'));
    try {
      writeFileSync(join(dir, 'doc.json'), '{"indicators": 5}');
      const bad = spawnSync(process.execPath, [bin, 'validate', join(dir, 'doc.json')], {
        encoding: 'utf8',
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/doc\.json, indicators: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
