// The builder page's pure parts: what it writes for editors to paste (embed code, shell command),
// how it reads a text, and what it keeps across reloads. Hand-made inputs, labelled as such.
import { describe, expect, test } from 'vitest';
import { cliCommand, embedCode } from '../../src/builder/publish.js';
import { shellQuote } from '../../src/convert/shell.js';
import { areaRules, fixesOf, parseTargets, run, sniffText } from '../../src/builder/run.js';
import { mapLines, parseMaps } from '../../src/builder/area-rules.js';
import {
  initialState,
  loadState,
  saveState,
  fromBase64,
  toBase64,
} from '../../src/builder/state.js';
import type { DocumentInput } from '../../src/data/types.js';

const HERE = 'https://example.org/kz/dist/cdn/builder.html';

// A hand-made document with a hostile name.
const hostile: DocumentInput = {
  format: 'kz-indicators/1',
  indicators: [
    {
      id: 'x',
      name: { en: '</script><script>alert(1)</script>\u2028' },
      source: { name: 'Test "source"' },
      values: { 'KZ-11': { '2023': 1 } },
    },
  ],
};

describe('embedCode(doc, state, here)', () => {
  test('inline data cannot close the script element; attributes are escaped', () => {
    const state = initialState();
    state.visual.period = '"><img src=x onerror=alert(1)>';
    const { script, iframe } = embedCode(hostile, state, HERE);
    expect(iframe).toBeUndefined();
    expect(script.match(/<\/script>/g)).toHaveLength(2);
    expect(script).not.toContain('<img');
    expect(script).toContain('period="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(script).toContain('src="https://example.org/kz/dist/cdn/kz-indicators.js"');
    const json = /<script type="application\/json">(.*)<\/script>/.exec(script)![1];
    expect(JSON.parse(json)).toEqual(hostile);
  });

  test('with src: the element points at the file, and an iframe of embed.html is offered', () => {
    const state = initialState();
    state.publish = { mode: 'src', dataUrl: 'https://example.org/data/x.json', scriptUrl: '' };
    state.visual.element = 'sparkline';
    state.visual.area = 'KZ-11';
    const { script, iframe } = embedCode(hostile, state, HERE);
    expect(script).toContain(
      '<kz-sparkline src="https://example.org/data/x.json" indicator="x" lang="en" variant="card" area="KZ-11">',
    );
    expect(iframe).toContain(
      'src="https://example.org/kz/dist/cdn/embed.html?type=sparkline&amp;src=https%3A%2F%2Fexample.org%2Fdata%2Fx.json',
    );
  });
});

describe('shellQuote(text) and cliCommand(source, state)', () => {
  test('every argument is inert in a POSIX shell', () => {
    expect(shellQuote('plain-2023.csv')).toBe('plain-2023.csv');
    expect(shellQuote('it\'s $(rm -rf ~) `x` \\ "y"')).toBe(`'it'\\''s $(rm -rf ~) \`x\` \\ "y"'`);
  });

  test('the command repeats the choices of the page', () => {
    const state = initialState();
    state.read = {
      sheet: 'Все население',
      headerRow: 1,
      periods: '2023',
      areas: { 'Туркестанская 1': 'KZ-61', KGZ: 'comparator' },
      filter: {},
    };
    state.describe.id = 'population';
    state.describe.name.en = 'Population';
    state.describe.sourceName = "Bureau of National Statistics; it's";
    const book = {
      kind: 'workbook' as const,
      name: 'population by region.xlsx',
      book: { format: 'xlsx' as const, sheets: [] },
    };
    expect(cliCommand(book, state)).toBe(
      "npx kz-indicators convert 'population by region.xlsx' --sheet 'Все население' --header-row 1 " +
        "--periods 2023 --map 'Туркестанская 1=KZ-61' --ref KGZ=comparator --id population --name Population " +
        "--source-name 'Bureau of National Statistics; it'\\''s' -o population.json",
    );
  });
});

describe('reading a text', () => {
  test('sniffText(text) tells JSON, SDMX-CSV, wide and long apart', () => {
    expect(sniffText(' {"indicators": []}')).toBe('json');
    expect(sniffText('REF_AREA,TIME_PERIOD,OBS_VALUE\nKAZ,2020,9.9\n')).toBe('sdmx');
    expect(sniffText('Region\t2019\t2020\nАбай\t1\t2\n')).toBe('wide');
    expect(sniffText('Year,REF_AREA,Value\n2020,KZAKM,1\n')).toBe('long');
  });

  test('parseTargets(text) reads the CLI form, one per line', () => {
    expect(parseTargets('25@2030:SDG target 3.2\n\nnot a target\n12')).toEqual([
      { value: 25, year: 2030, label: 'SDG target 3.2' },
      { value: 12, label: 'Target 12' },
    ]);
  });

  test('run() on a pasted wide table: unmatched names come back with a suggestion', async () => {
    const state = initialState();
    const text = 'Регион\t2022\t2023\nАкмолинскя\t1\t2\nАбай\t3\t4\n'; // made here, misspelt
    const outcome = await run({ kind: 'text', name: 'pasted.tsv', text }, state);
    expect(outcome.layout).toBe('wide');
    expect(outcome.unmatched.map((u) => u.text)).toEqual(['Акмолинскя']);
    expect(outcome.unmatched[0].resolution).toMatchObject({ code: null, suggestion: 'KZ-11' });
    state.read.areas = { Акмолинскя: 'KZ-11' };
    const fixed = await run({ kind: 'text', name: 'pasted.tsv', text }, state);
    expect(fixed.problems).toEqual([]);
    expect(fixed.document?.indicators[0].values['KZ-11']).toEqual({ '2022': 1, '2023': 2 });
  });
});

describe('state across reloads', () => {
  test('saveState / loadState keep the choices; foreign values are ignored', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    } as unknown as Storage;
    const state = initialState('ru');
    state.describe.sourceName = 'BNS';
    state.input = {
      name: 'a.xlsx',
      kind: 'workbook',
      base64: toBase64(new Uint8Array([1, 2, 250])),
    };
    saveState(storage, state);
    const back = loadState(storage, 'en');
    expect(back.lang).toBe('ru');
    expect(back.describe.sourceName).toBe('BNS');
    expect([...fromBase64(back.input!.base64!)]).toEqual([1, 2, 250]);
    store.set('kz-indicators-builder/1', '["not", "an object"]');
    expect(loadState(storage, 'kk')).toEqual(initialState('kk'));
  });
});

describe('area rules', () => {
  test("fixesOf(problems) takes the --map options of a converter's hint", () => {
    const hint =
      "read footnote 1 of the table and say which years are which unit, e.g. --map 'Туркестанская 1=KZ-51@..2017' --map 'Туркестанская 1=KZ-61@2018..' (option areas)";
    expect(
      fixesOf([
        { message: 'x', hint },
        { message: 'y', hint: '--map "A=KZ-.."' },
      ]),
    ).toEqual([
      { maps: ['Туркестанская 1=KZ-51@..2017', 'Туркестанская 1=KZ-61@2018..'] },
      undefined,
    ]);
  });

  test('parseMaps(lines) and mapLines(areas) are each other’s inverse; areaRules(choice) reads periods', () => {
    const areas = parseMaps([
      'Туркестанская 1=KZ-51@..2016',
      'Туркестанская 1=KZ-61@2017..',
      'KGZ=comparator',
      'broken line',
    ]);
    expect(areas).toEqual({ 'Туркестанская 1': 'KZ-51@..2016;KZ-61@2017..', KGZ: 'comparator' });
    expect(parseMaps(mapLines(areas).split('\n'))).toEqual(areas);
    expect(areaRules(areas['Туркестанская 1'])).toEqual([
      { code: 'KZ-51', periods: '..2016' },
      { code: 'KZ-61', periods: '2017..' },
    ]);
    expect(areaRules('KZ-11')).toBe('KZ-11');
  });
});
