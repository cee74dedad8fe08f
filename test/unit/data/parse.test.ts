import { describe, expect, it } from 'vitest';
import {
  FORMAT,
  IndicatorError,
  decimalsOf,
  LIMITS,
  parseIndicators,
  validateIndicators,
} from '../../../src/data/parse.js';
import type { ParseProblem } from '../../../src/data/types.js';
// District names ship apart from the core registry; these tests read them.
import '../../../src/data/district-names.js';

// Hand-made fixtures throughout this file: the numbers are made up for the tests.
const SOURCE = { name: 'Hand-made test fixture' };

function one(indicator: Record<string, unknown>) {
  return { indicators: [{ id: 'demo', name: 'Demo', source: SOURCE, ...indicator }] };
}

function problems(json: unknown): ParseProblem[] {
  try {
    parseIndicators(json);
  } catch (error) {
    if (error instanceof IndicatorError) return error.problems;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseIndicators: documents', () => {
  it('parseIndicators(minimal document) returns the normalised dataset', () => {
    const dataset = parseIndicators({
      indicators: [
        {
          id: 'u5mr',
          name: 'Under-five mortality',
          source: SOURCE,
          values: { 'KZ-11': { '2019': 10.5, '2018': 11.25 } },
        },
      ],
    });
    expect(dataset.version).toBe(1);
    expect(dataset.warnings).toEqual([]);
    const [indicator] = dataset.indicators;
    expect(indicator).toEqual({
      id: 'u5mr',
      name: { en: 'Under-five mortality' },
      unit: {},
      decimals: 2,
      better: 'neutral',
      source: { name: { en: 'Hand-made test fixture' } },
      periods: [
        { id: '2018', kind: 'year', start: 2018, end: 2019 },
        { id: '2019', kind: 'year', start: 2019, end: 2020 },
      ],
      layouts: { '2018': '2022', '2019': '2022' },
      values: { 'KZ-11': { '2019': { value: 10.5 }, '2018': { value: 11.25 } } },
      references: [],
    });
  });

  it('parseIndicators(JSON text) parses the text first', () => {
    const text = JSON.stringify(one({ values: { 'KZ-11': { '2019': 1 } } }));
    expect(parseIndicators(text).indicators[0].values['KZ-11']['2019']).toEqual({ value: 1 });
  });

  it('parseIndicators(single indicator) reads one indicator without the wrapper', () => {
    const dataset = parseIndicators({ id: 'a', name: 'A', source: SOURCE, values: {} });
    expect(dataset.indicators.map((i) => i.id)).toEqual(['a']);
  });

  it('parseIndicators(array) reads a bare array of indicators', () => {
    const dataset = parseIndicators([
      { id: 'a', name: 'A', source: SOURCE, values: {} },
      { id: 'b', name: 'B', source: SOURCE, values: {} },
    ]);
    expect(dataset.indicators.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('parseIndicators accepts format "kz-indicators/1"', () => {
    expect(FORMAT).toBe('kz-indicators/1');
    expect(() => parseIndicators({ format: FORMAT, ...one({ values: {} }) })).not.toThrow();
  });

  it('parseIndicators uses the document source for indicators without one', () => {
    const dataset = parseIndicators({
      source: { name: 'Document source', licence: 'CC BY 4.0' },
      indicators: [{ id: 'a', name: 'A', values: {} }],
    });
    expect(dataset.indicators[0].source).toEqual({
      name: { en: 'Document source' },
      licence: { en: 'CC BY 4.0' },
    });
  });

  it('parseIndicators reads a full source', () => {
    const source = {
      name: { en: 'Bureau', ru: 'Бюро' },
      url: 'https://stat.gov.kz/',
      licence: 'CC BY 4.0',
      date: '2024-09-11',
    };
    const dataset = parseIndicators(one({ source, values: {} }));
    expect(dataset.indicators[0].source).toEqual({
      ...source,
      name: { en: 'Bureau', ru: 'Бюро' },
      licence: { en: 'CC BY 4.0' },
    });
  });

  it('parseIndicators reads a licence in several languages, and says why one is refused', () => {
    const licence = {
      en: 'Free reuse with a reference to the source',
      ru: 'Свободное использование',
    };
    const dataset = parseIndicators(one({ source: { name: 'Bureau', licence }, values: {} }));
    expect(dataset.indicators[0].source.licence).toEqual(licence);
    // A text in Kazakh letters is stored as Kazakh, as for names.
    const kk = parseIndicators(
      one({ source: { name: 'Bureau', licence: 'Дереккөзге сілтеме жасай отырып' }, values: {} }),
    );
    expect(kk.indicators[0].source.licence).toEqual({ kk: 'Дереккөзге сілтеме жасай отырып' });
    expect(() =>
      parseIndicators(one({ source: { name: 'Bureau', licence: 42 }, values: {} })),
    ).toThrow(/licence/);
  });

  it('parseIndicators accepts relative and protocol-relative source URLs', () => {
    for (const url of ['/data/u5mr.json', 'data.html', '//example.org/x', 'HTTP://EXAMPLE.ORG']) {
      expect(
        parseIndicators(one({ source: { name: 'x', url }, values: {} })).indicators[0].source.url,
      ).toBe(url);
    }
  });

  it('parseIndicators throws one IndicatorError listing every problem', () => {
    let caught: unknown;
    try {
      parseIndicators({
        indicators: [
          { id: 'a b', name: 'A', source: SOURCE, values: { 'KZ-99': { '2019': 1 } } },
          { id: 'c', name: 'C', values: { 'KZ-11': { '2019': 'x' } } },
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IndicatorError);
    const error = caught as IndicatorError;
    expect(error.name).toBe('IndicatorError');
    expect(error.problems.map((p) => p.path)).toEqual([
      'indicators[0].id',
      'indicators[0].values["KZ-99"]',
      'indicators[1]',
      'indicators[1].values["KZ-11"]["2019"]',
    ]);
    expect(error.problems[1]).toEqual({
      path: 'indicators[0].values["KZ-99"]',
      message: 'unknown area "KZ-99"; did you mean KZ-19 (Almaty Region)?',
      hint: 'use an ISO 3166-2 code such as KZ-11, a district code such as KZ101000, or a region name',
      code: 'unknown-area',
    });
    expect(error.message).toBe(
      [
        '4 problems in the indicator document:',
        '- indicators[0].id: the id "a b" has characters that are not allowed',
        '- indicators[0].values["KZ-99"]: unknown area "KZ-99"; did you mean KZ-19 (Almaty Region)?',
        '- indicators[1]: missing "source"',
        '- indicators[1].values["KZ-11"]["2019"]: value must be a number, got the string "x"',
      ].join('\n'),
    );
  });

  it('IndicatorError.message shows ten problems and counts the rest', () => {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < 12; i++)
      values['KZ-11'] = { ...(values['KZ-11'] as object), [`20${10 + i}`]: 'x' };
    const error = new IndicatorError(problems(one({ values })));
    expect(error.problems).toHaveLength(12);
    expect(error.message.split('\n')).toHaveLength(12);
    expect(error.message.endsWith('- … 2 more')).toBe(true);
  });

  it('parseIndicators keeps at most LIMITS.problems problems and counts the others', () => {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) values[`nowhere-${i}`] = {};
    const list = problems(one({ values }));
    expect(list).toHaveLength(LIMITS.problems + 1);
    expect(list[LIMITS.problems]).toEqual({
      path: '$',
      message: '… and 100 more problems',
      code: 'more',
    });
  });

  it('validateIndicators returns problems and warnings without throwing', () => {
    const result = validateIndicators(one({ values: { KZAKM: { '2019': 'x' } } }));
    expect(result.dataset).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['number']);
    expect(result.warnings.map((w) => w.code)).toEqual(['area-alias']);
  });

  it('parseIndicators warns about unknown keys and suggests the closest known one', () => {
    const dataset = parseIndicators({
      ...one({ values: { 'KZ-11': { '2019': 1 } }, vaules: {} }),
      extra: 1,
    });
    expect(dataset.warnings).toEqual([
      { path: 'extra', code: 'unknown-key', message: 'unknown key "extra" ignored' },
      {
        path: 'indicators[0].vaules',
        code: 'unknown-key',
        message: 'unknown key "vaules" ignored; did you mean "values"?',
      },
    ]);
  });

  it('parseIndicators returns objects keyed by data without a prototype', () => {
    const [indicator] = parseIndicators(one({ values: { 'KZ-11': { '2019': 1 } } })).indicators;
    expect(Object.getPrototypeOf(indicator.values)).toBeNull();
    expect(Object.getPrototypeOf(indicator.values['KZ-11'])).toBeNull();
    expect(Object.getPrototypeOf(indicator.layouts)).toBeNull();
    expect(indicator.values.constructor).toBeUndefined();
  });

  it('parseIndicators does not change its input', () => {
    const input = one({ values: { KZAKM: { '2019-2020': 1 } } });
    const copy = structuredClone(input);
    parseIndicators(input);
    expect(input).toEqual(copy);
  });

  it('parseIndicators turns a throwing getter into an IndicatorError', () => {
    const input = one({ values: {} });
    Object.defineProperty(input.indicators[0], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(problems(input)).toEqual([
      { path: '$', message: 'could not read the document: boom', code: 'internal' },
    ]);
  });

  it('parseIndicators refuses class instances and symbol keys', () => {
    expect(problems(one({ values: new Map() }))[0]).toMatchObject({
      path: 'indicators[0].values',
      code: 'type',
    });
    expect(problems(one({ values: { [Symbol('x')]: 1 } }))[0]).toMatchObject({
      path: 'indicators[0].values',
      message: 'keys must be strings',
    });
  });
});

describe('parseIndicators: more problems, each with its path', () => {
  const many = <T>(n: number, item: (i: number) => T): T[] =>
    Array.from({ length: n }, (_, i) => item(i));
  it.each([
    [{ format: 'csv', indicators: [] }, 'format', 'unknown format the string "csv"'],
    [{ indicators: [null] }, 'indicators[0]', 'expected an indicator object, got null'],
    [
      { indicators: many(LIMITS.indicators + 1, (i) => ({ id: `i${i}` })) },
      'indicators',
      'too many indicators (1001; at most 1000)',
    ],
    [one({ name: '  ' }), 'indicators[0].name', 'empty text'],
    [one({ name: { en: 5 } }), 'indicators[0].name.en', 'expected a string, got the number 5'],
    [
      one({ unit: ['%'] }),
      'indicators[0].unit',
      'expected a text or an object of texts by language',
    ],
    [one({ source: { url: 'https://x.org' } }), 'indicators[0].source.name', 'missing'],
    [one({ source: 42 }), 'indicators[0].source', 'expected a source'],
    [
      one({
        values: {
          'KZ-11': Object.fromEntries(
            many(LIMITS.periods + 1, (i): [string, number] => [
              `${1850 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
              1,
            ]),
          ),
        },
      }),
      'indicators[0].values["KZ-11"]',
      'too many periods',
    ],
    [
      one({ values: { 'KZ-11': { '2019': { value: null, lower: 1 } } } }),
      'indicators[0].values["KZ-11"]["2019"]',
      'bounds without a value',
    ],
    [
      one({ values: { 'KZ-11': { '2019': { value: 1, upper: 'x' } } } }),
      'indicators[0].values["KZ-11"]["2019"].upper',
      'upper bound must be a number',
    ],
    [
      one({ values: { 'KZ-11': { '2019': { value: null, reason: 'lost' } } } }),
      'indicators[0].values["KZ-11"]["2019"].reason',
      'reason must be one of',
    ],
    [
      one({ values: { ['K'.repeat(300)]: { '2019': 1 } } }),
      `indicators[0].values["${'K'.repeat(40)}…"]`,
      'area key too long (300 characters)',
    ],
    [
      one({ layout: { '2019x': '2022' }, values: {} }),
      'indicators[0].layout["2019x"]',
      '"2019x" is not a period',
    ],
    [one({ layout: 7, values: {} }), 'indicators[0].layout', 'expected a layout'],
    [
      one({
        values: {},
        references: [{ id: 't', kind: 'target', label: 'T', value: 1, values: { '2019': 1 } }],
      }),
      'indicators[0].references[0]',
      'both "values" and "value"',
    ],
    [
      one({
        values: {},
        references: [{ id: 't', kind: 'target', label: 'T', value: 1, year: 2030.5 }],
      }),
      'indicators[0].references[0].year',
      'year must be a whole number such as 2030, got the number 2030.5',
    ],
    [
      one({ values: {}, references: [{ kind: 'target', label: 'T', value: 1 }] }),
      'indicators[0].references[0]',
      'missing "id"',
    ],
    [
      one({ values: {}, references: [{ id: 'a b', kind: 'target', label: 'T', value: 1 }] }),
      'indicators[0].references[0].id',
      'has characters that are not allowed',
    ],
    [
      one({ values: {}, references: many(LIMITS.references + 1, (i) => ({ id: `r${i}` })) }),
      'indicators[0].references',
      'too many references (51; at most 50)',
    ],
    [
      one({ values: {}, references: [3] }),
      'indicators[0].references[0]',
      'expected a reference object',
    ],
    [
      { id: 'x', name: 'X', source: 'S', values: {}, notes: 'n'.repeat(6000) },
      'notes',
      'text too long (6000 characters; at most 5000)',
    ],
  ])('problem at the expected path (%#)', (doc, path, message) => {
    const list = problems(doc);
    expect(list.map((p) => p.path)).toContain(path);
    expect(list.find((p) => p.path === path)?.message).toContain(message);
  });
});

describe('parseIndicators: texts', () => {
  it('a plain string is stored under the language of its script', () => {
    const read = (name: string) => parseIndicators(one({ name, values: {} })).indicators[0].name;
    expect(read('Under-five mortality')).toEqual({ en: 'Under-five mortality' });
    expect(read('Детская смертность')).toEqual({ ru: 'Детская смертность' });
    expect(read('Бес жасқа дейінгі балалар өлімі')).toEqual({
      kk: 'Бес жасқа дейінгі балалар өлімі',
    });
  });

  it('texts by language accept common tags and warn about them', () => {
    const dataset = parseIndicators(
      one({
        name: { kz: 'Өлім', 'ru-RU': 'Смертность', de: 'Sterblichkeit' },
        values: { 'KZ-11': { '2019': 1 } },
      }),
    );
    expect(dataset.indicators[0].name).toEqual({ kk: 'Өлім', ru: 'Смертность' });
    expect(dataset.warnings.map((w) => [w.path, w.code])).toEqual([
      ['indicators[0].name.kz', 'language-alias'],
      ['indicators[0].name["ru-RU"]', 'language-alias'],
      ['indicators[0].name.de', 'unknown-language'],
    ]);
  });

  it('texts are trimmed; optional empty texts are dropped', () => {
    const [indicator] = parseIndicators(
      one({ name: '  Demo  ', unit: '', definition: { en: ' ' }, notes: 'Note', values: {} }),
    ).indicators;
    expect(indicator.name).toEqual({ en: 'Demo' });
    expect(indicator.unit).toEqual({});
    expect(indicator.definition).toBeUndefined();
    expect(indicator.notes).toEqual({ en: 'Note' });
  });

  it('a source given as a string is its name', () => {
    expect(parseIndicators(one({ source: 'Bureau', values: {} })).indicators[0].source).toEqual({
      name: { en: 'Bureau' },
    });
  });
});

describe('parseIndicators: values', () => {
  it('a value is a number, null, or an object with details', () => {
    const [indicator] = parseIndicators(
      one({
        values: {
          'KZ-11': {
            '2017': 3,
            '2018': null,
            '2019': { value: 4.5, lower: 4, upper: 5, status: 'provisional', note: 'Revised' },
            '2020': { value: null, reason: 'suppressed' },
          },
        },
      }),
    ).indicators;
    expect(indicator.values['KZ-11']).toEqual({
      '2017': { value: 3 },
      '2018': { value: null },
      '2019': { value: 4.5, lower: 4, upper: 5, status: 'provisional', note: { en: 'Revised' } },
      '2020': { value: null, reason: 'suppressed' },
    });
  });

  it('negative zero is read as 0', () => {
    const [indicator] = parseIndicators(one({ values: { 'KZ-11': { '2019': -0 } } })).indicators;
    expect(Object.is(indicator.values['KZ-11']['2019'].value, 0)).toBe(true);
  });

  it('decimals default to the most common number of decimals, at most 3', () => {
    const decimals = (values: Record<string, number>) =>
      parseIndicators(one({ values: { 'KZ-11': values } })).indicators[0].decimals;
    expect(decimals({ '2018': 1.5, '2019': 2.25, '2020': 3.5 })).toBe(1);
    expect(decimals({ '2018': 1, '2019': 2 })).toBe(0);
    expect(decimals({ '2019': 99.81213409838931 })).toBe(3);
    expect(parseIndicators(one({ values: {} })).indicators[0].decimals).toBe(1);
    expect(
      parseIndicators(one({ decimals: 0, values: { 'KZ-11': { '2019': 1.5 } } })).indicators[0]
        .decimals,
    ).toBe(0);
  });

  it('period spellings are normalised with one warning per spelling', () => {
    const dataset = parseIndicators(
      one({ values: { 'KZ-11': { '2019-2020': 1 }, 'KZ-15': { '2019-2020': 2 } } }),
    );
    expect(dataset.indicators[0].periods.map((p) => p.id)).toEqual(['2019/2020']);
    expect(dataset.warnings).toEqual([
      {
        path: 'indicators[0].values["KZ-11"]["2019-2020"]',
        code: 'period-format',
        message: '"2019-2020" read as 2019/2020',
      },
    ]);
  });

  it('periods are ordered in time', () => {
    const dataset = parseIndicators(
      one({ values: { 'KZ-11': { '2023-Q2': 1, '2022': 2, '2023-Q1': 3, '2021/2022': 4 } } }),
    );
    expect(dataset.indicators[0].periods.map((p) => p.id)).toEqual([
      '2021/2022',
      '2022',
      '2023-Q1',
      '2023-Q2',
    ]);
  });
});

describe('decimalsOf', () => {
  it('decimalsOf(value) counts the decimals written, at most 3, ignoring float noise', () => {
    expect([10, 10.5, 10.69, 0.1 + 0.2, 1e-7, -2.25, 1e15].map(decimalsOf)).toEqual([
      0, 1, 2, 1, 3, 2, 0,
    ]);
  });
});

describe('parseIndicators: areas', () => {
  it('area aliases are normalised with a warning naming the normalisation, once per key', () => {
    const dataset = parseIndicators({
      indicators: [
        {
          id: 'a',
          name: 'A',
          source: SOURCE,
          values: { KZAKM: { '2019': 1 }, 'г. Алматы': { '2019': 2 } },
        },
        { id: 'b', name: 'B', source: SOURCE, values: { KZAKM: { '2019': 1 } } },
      ],
    });
    expect(Object.keys(dataset.indicators[0].values)).toEqual(['KZ-11', 'KZ-75']);
    expect(Object.keys(dataset.indicators[1].values)).toEqual(['KZ-11']);
    expect(dataset.warnings).toEqual([
      {
        path: 'indicators[0].values["KZAKM"]',
        code: 'area-alias',
        message: '"KZAKM" read as KZ-11 Akmola Region (SDG platform code)',
      },
      {
        path: 'indicators[0].values["г. Алматы"]',
        code: 'area-alias',
        message: '"г. Алматы" read as KZ-75 Almaty (name)',
      },
    ]);
  });

  it('every kind of alias is read', () => {
    const keys = [
      'KZ-AKM',
      '15',
      '190000000',
      'KZ23',
      'Batys Kazakhstan',
      'Жамбылская область',
      'kz-35',
    ];
    const values = Object.fromEntries(keys.map((k) => [k, { '2019': 1 }]));
    const dataset = parseIndicators(one({ values }));
    expect(Object.keys(dataset.indicators[0].values)).toEqual([
      'KZ-11',
      'KZ-15',
      'KZ-19',
      'KZ-23',
      'KZ-27',
      'KZ-31',
      'KZ-35',
    ]);
    expect(dataset.warnings.map((w) => w.message)).toEqual([
      // Integer-like keys come first in a JavaScript object.
      '"15" read as KZ-15 Aktobe Region (KATO code)',
      '"190000000" read as KZ-19 Almaty Region (KATO code)',
      '"KZ-AKM" read as KZ-11 Akmola Region (former ISO alpha code)',
      '"KZ23" read as KZ-23 Atyrau Region (P-code)',
      '"Batys Kazakhstan" read as KZ-27 West Kazakhstan Region (name)',
      '"Жамбылская область" read as KZ-31 Jambyl Region (name)',
      '"kz-35" read as KZ-35 Karaganda Region (code spelling)',
    ]);
  });

  it('names are read as district names when the codes are districts', () => {
    const dataset = parseIndicators(
      one({
        values: { KZ101000: { '2024': 1 }, KZ101800: { '2024': 2 }, Урджарский: { '2024': 3 } },
      }),
    );
    expect(Object.keys(dataset.indicators[0].values)).toEqual(['KZ101000', 'KZ101800', 'KZ104600']);
    expect(dataset.indicators[0].layouts).toEqual({ '2024': 'districts' });
  });

  it('names are read as district names when the layout says districts', () => {
    const dataset = parseIndicators(one({ layout: 'districts', values: { Semey: { '2024': 1 } } }));
    expect(Object.keys(dataset.indicators[0].values)).toEqual(['KZ101000']);
  });
});

describe('parseIndicators: layouts', () => {
  const regions = (codes: readonly string[], period = '2019') =>
    Object.fromEntries(codes.map((c) => [c, { [period]: 1 }]));

  it('the layout of each period is inferred from the codes present', () => {
    const values = {
      'KZ-11': { '2016': 1, '2019': 1, '2023': 1 },
      'KZ-51': { '2016': 1 },
      'KZ-61': { '2019': 1, '2023': 1 },
      'KZ-10': { '2023': 1 },
    };
    expect(parseIndicators(one({ values })).indicators[0].layouts).toEqual({
      '2016': 'pre2018',
      '2019': '2018',
      '2023': '2022',
    });
  });

  it('a period with only common codes takes the layout of the nearest determined period', () => {
    const values = {
      'KZ-11': { '2015': 1, '2016': 1, '2017': 1, '2018': 1, '2020': 1 },
      'KZ-51': { '2015': 1 },
      'KZ-79': { '2018': 1 },
    };
    expect(parseIndicators(one({ values })).indicators[0].layouts).toEqual({
      '2015': 'pre2018',
      '2016': 'pre2018',
      '2017': '2018', // 2018 is nearer than 2015
      '2018': '2018',
      '2020': '2018',
    });
  });

  it('with no determined period, common codes give the 2022 layout', () => {
    expect(
      parseIndicators(one({ values: regions(['KZ-11', 'KZ-75']) })).indicators[0].layouts,
    ).toEqual({
      '2019': '2022',
    });
  });

  it('a stated layout applies to every period, or per period', () => {
    const values = { 'KZ-11': { '2019': 1, '2020': 2 } };
    expect(parseIndicators(one({ layout: '2018', values })).indicators[0].layouts).toEqual({
      '2019': '2018',
      '2020': '2018',
    });
    expect(
      parseIndicators(one({ layout: { '2019': 'pre2018' }, values })).indicators[0].layouts,
    ).toEqual({ '2019': 'pre2018', '2020': 'pre2018' }); // 2020: nearest determined period
  });

  it('a stated layout for a period without values is a warning', () => {
    const dataset = parseIndicators(
      one({ layout: { '2030': '2022' }, values: regions(['KZ-11']) }),
    );
    expect(dataset.warnings).toEqual([
      {
        path: 'indicators[0].values',
        code: 'unused-layout',
        message: 'a layout is given for period 2030, which has no area values',
      },
    ]);
  });

  it('mixing layouts in one period is an error naming the offending codes, per period', () => {
    const values = {
      'KZ-11': { '2016': 1, '2017': 1 },
      KZONT: { '2016': 1, '2017': 1 },
      KZYUZ: { '2016': 1, '2017': 1 },
      'KZ-79': { '2017': 1 },
    };
    expect(problems(one({ values }))).toEqual([
      {
        path: 'indicators[0].values["KZONT"]["2016"]',
        message:
          'period 2016 mixes layouts; layout before 2018: "KZONT" = KZ-51 (South Kazakhstan Region); 2018 layout: "KZYUZ" = KZ-61 (Turkistan Region)',
        hint: 'give each period one layout: remove the values of one layout, or split the indicator',
        code: 'layout-mix',
      },
      {
        path: 'indicators[0].values["KZONT"]["2017"]',
        message:
          'period 2017 mixes layouts; layout before 2018: "KZONT" = KZ-51 (South Kazakhstan Region); 2018 layout: "KZYUZ" = KZ-61 (Turkistan Region), KZ-79 (Shymkent)',
        hint: 'give each period one layout: remove the values of one layout, or split the indicator',
        code: 'layout-mix',
      },
    ]);
  });
});

describe('parseIndicators: references', () => {
  it('reads national, comparator and target references', () => {
    const [indicator] = parseIndicators(
      one({
        values: { 'KZ-11': { '2019': 1 } },
        references: [
          {
            id: 'national',
            kind: 'national',
            label: { en: 'Kazakhstan', ru: 'Казахстан' },
            values: { '2018': 2, '2019': 1.5 },
          },
          {
            id: 'WLD',
            kind: 'comparator',
            label: 'World',
            values: { '2019': 3 },
            source: 'World Bank',
          },
          { id: 'sdg-3.2', kind: 'target', label: 'SDG target 3.2', value: 25, year: 2030 },
        ],
      }),
    ).indicators;
    expect(indicator.references).toEqual([
      {
        id: 'national',
        kind: 'national',
        label: { en: 'Kazakhstan', ru: 'Казахстан' },
        values: { '2018': { value: 2 }, '2019': { value: 1.5 } },
      },
      {
        id: 'WLD',
        kind: 'comparator',
        label: { en: 'World' },
        values: { '2019': { value: 3 } },
        source: { name: { en: 'World Bank' } },
      },
      {
        id: 'sdg-3.2',
        kind: 'target',
        label: { en: 'SDG target 3.2' },
        values: {},
        value: 25,
        year: 2030,
      },
    ]);
    // Reference periods count among the indicator's periods; layouts only for area periods.
    expect(indicator.periods.map((p) => p.id)).toEqual(['2018', '2019']);
    expect(indicator.layouts).toEqual({ '2019': '2022' });
  });

  it('a target may also be given by period', () => {
    const [indicator] = parseIndicators(
      one({
        values: {},
        references: [{ id: 't', kind: 'target', label: 'Target', values: { '2030': 25 } }],
      }),
    ).indicators;
    expect(indicator.references[0].values).toEqual({ '2030': { value: 25 } });
  });
});
