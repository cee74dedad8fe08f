import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main.js';
import { convertCsv, convertSdmx, stringifyDocument } from '../../../src/convert/index.js';
import { escapeJsonForScript, scriptSafeJson } from '../../../src/data/safe-output.js';
import { parseIndicators } from '../../../src/data/parse.js';

// Hostile fixtures (test/fixtures/hostile, hand-made): texts with </script>, <!-- and the
// JavaScript line separators, which must never come out raw in JSON meant for a page.
const dir = new URL('../../fixtures/hostile/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const UNSAFE = /[<\u2028\u2029]/;

async function cli(argv: string[], files: Record<string, string>) {
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
    readStdin: async () => '',
  };
  const code = await main(argv, io);
  return { code, ...out };
}

describe('scriptSafeJson(value) and escapeJsonForScript(json)', () => {
  it('escapes <, U+2028 and U+2029 so that the text cannot close a script, and parses back the same', () => {
    const value = {
      a: '</script><img src=x onerror=alert(1)>',
      b: 'x\u2028y\u2029z <!--',
      c: [1, '<'],
    };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('\\u003c/script>');
    expect(text).toContain('\\u2028');
    expect(JSON.parse(text)).toEqual(value);
    expect(JSON.parse(scriptSafeJson(value, 2))).toEqual(value);
    expect(escapeJsonForScript(JSON.stringify('a<b'))).toBe('"a\\u003cb"');
    expect(scriptSafeJson(undefined)).toBe('null');
  });
});

describe('converters and the command line write script-safe JSON (test/fixtures/hostile)', () => {
  it('the parser keeps hostile texts as text, and stringifyDocument writes them escaped', () => {
    const text = fixture('script-in-document.json');
    const dataset = parseIndicators(text);
    expect(dataset.indicators[0].name.en).toContain('</script>');
    for (const compact of [false, true]) {
      const out = stringifyDocument(JSON.parse(text), { compact });
      expect(out).not.toMatch(UNSAFE);
      expect(JSON.parse(out)).toEqual(JSON.parse(text));
    }
  });

  it('convertCsv: reference labels and notes from the file come out escaped', () => {
    const result = convertCsv(fixture('script-in-names.csv'), {
      id: 'hostile',
      name: 'Hostile </script>',
      source: { name: 'Hand-made' },
      references: { WLD: 'comparator' },
    });
    const out = stringifyDocument(result.document);
    expect(out).toContain('World \\u003c/script>');
    expect(out).not.toMatch(UNSAFE);
  });

  it('convertSdmx: SDMX labels come out escaped', () => {
    const result = convertSdmx(fixture('script-in-sdmx-labels.json'), {
      source: { name: 'Hand-made' },
      references: { WLD: 'comparator' },
    });
    const out = stringifyDocument(result.document);
    expect(out).toContain('\\u003c/script>');
    expect(out).not.toMatch(UNSAFE);
  });

  it('kz-indicators convert, merge, validate --json and inspect --json write no raw < or line separator', async () => {
    const files = {
      'doc.json': fixture('script-in-document.json'),
      'names.csv': fixture('script-in-names.csv'),
      'sdmx.json': fixture('script-in-sdmx-labels.json'),
      'single.json': fixture('script-in-single-indicator.json'),
    };
    const runs = [
      [
        'convert',
        'names.csv',
        '--name',
        'N </script>',
        '--source-name',
        'S',
        '--ref',
        'WLD=comparator',
      ],
      ['convert', 'sdmx.json', '--source-name', 'S', '--ref', 'WLD=comparator'],
      ['merge', 'doc.json', 'single.json'],
      ['validate', '--json', 'doc.json', 'names.csv'],
      ['inspect', '--json', 'doc.json'],
    ];
    for (const argv of runs) {
      const result = await cli(argv, files);
      expect(result.stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
      expect(result.code, argv.join(' ')).toBe(argv[0] === 'validate' ? 1 : 0);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(result.stdout, argv.join(' ')).not.toMatch(UNSAFE);
    }
  });
});

describe('mergeDocuments(documents) and kz-indicators merge', () => {
  it('accept every form the parser reads: a document, an array of indicators, one indicator', async () => {
    const valid = new URL('../../fixtures/valid/', import.meta.url);
    const files = Object.fromEntries(
      ['minimal.json', 'array.json', 'single-indicator.json'].map((f) => [
        f,
        readFileSync(new URL(f, valid), 'utf8'),
      ]),
    );
    const result = await cli(['merge', ...Object.keys(files)], files);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const merged = parseIndicators(result.stdout);
    const ids = Object.values(files).flatMap((text) =>
      parseIndicators(text).indicators.map((i) => i.id),
    );
    expect(merged.indicators.map((i) => i.id)).toEqual(ids);
  });
});
