import { describe, expect, it } from 'vitest';
import { ConvertError, convertCsv, convertWideCsv } from '../../../src/convert/index.js';
import { splitFootnote } from '../../../src/convert/footnotes.js';
import { footnoteTexts } from '../../../src/convert/footnoted-areas.js';
import { HAS_SHARED, NEEDS_SHARED, readShared } from './shared-data.js';

// Tables here are tiny hand-made fixtures with made-up values, laid out as the bureau's tables
// are (footnote markers and footnote lines copied from its population and doctors tables).
const source = { name: 'Hand-made fixture' };
const name = 'Hand-made test indicator';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConvertError);
    return (error as ConvertError).problems;
  }
  throw new Error('accepted');
}

describe('splitFootnote(label) recognises the bureau footnote forms', () => {
  it.each([
    ['Туркестанская**', 'Туркестанская', '**', '**'],
    ['Туркестанская *', 'Туркестанская', '*', '*'],
    ['Туркестанская 1', 'Туркестанская', '1', '1'],
    ['Туркестанская1)', 'Туркестанская', '1)', '1'],
    ['Туркестанская 2)', 'Туркестанская', '2)', '2'],
    ['Туркестанская (1)', 'Туркестанская', '(1)', '1'],
    ['Туркестанская¹', 'Туркестанская', '¹', '1'],
    ['Astana city2)', 'Astana city', '2)', '2'],
  ])('%s', (label, name, mark, key) => {
    expect(splitFootnote(label)).toEqual({ name, mark, key });
  });

  it('leaves labels without a marker alone', () => {
    for (const label of ['Акмолинская', 'г. Астана', '2019', 'KZ-11', '']) {
      expect(splitFootnote(label)).toBeUndefined();
    }
  });

  it('footnoteTexts(lines) reads the footnotes below a table by their marker', () => {
    const notes = footnoteTexts([
      'человек, на начало года',
      '1) Данные за 2000-2016гг. по Южно-Казахстанской области.',
      '** Данные за 2003-2017 гг. по Южно-Казахстанской области',
      '² preliminary data',
    ]);
    expect([...notes]).toEqual([
      ['1', 'Данные за 2000-2016гг. по Южно-Казахстанской области.'],
      ['**', 'Данные за 2003-2017 гг. по Южно-Казахстанской области'],
      ['2', 'preliminary data'],
    ]);
  });
});

describe('a footnoted row whose unit did not exist in some of its years', () => {
  const long = (label: string) =>
    `Область,Год,Значение\n${label},2016,10\n${label},2017,11\n${label},2018,12\nг. Шымкент,2018,5\n`;

  it.each(['Туркестанская**', 'Туркестанская 1', 'Туркестанская1)', 'Туркестанская¹'])(
    '%s with values before 2018 stops the conversion, saying which years and how to map them',
    (label) => {
      const problems = problemsOf(() => convertCsv(long(label), { source, name }));
      expect(problems).toHaveLength(1);
      expect(problems[0].line).toBe(2);
      expect(problems[0].message).toContain(
        `"${label}" carries the footnote marker ${splitFootnote(label)!.mark} and has values for 2016..2018, but KZ-61 Turkistan Region exists only from 2018 (before: KZ-51 South Kazakhstan Region)`,
      );
      expect(problems[0].hint).toContain(
        `--map '${label}=KZ-51@..2017' --map '${label}=KZ-61@2018..'`,
      );
    },
  );

  it('the mapping the message proposes converts the table', () => {
    const label = 'Туркестанская**';
    const result = convertCsv(long(label), {
      source,
      name,
      areas: {
        [label]: [
          { code: 'KZ-51', periods: '..2017' },
          { code: 'KZ-61', periods: '2018..' },
        ],
      },
    });
    const values = result.document.indicators[0].values as Record<string, Record<string, number>>;
    expect(values['KZ-51']).toEqual({ '2016': 10, '2017': 11 });
    expect(values['KZ-61']).toEqual({ '2018': 12 });
  });

  it('a footnoted row with values only in the unit’s own years converts, with a warning', () => {
    const text = 'Область,Год,Значение\nТуркестанская**,2018,12\nТуркестанская**,2019,13\n';
    const result = convertCsv(text, { source, name });
    expect(result.areas['Туркестанская**']).toBe('KZ-61');
    expect(result.warnings.map((w) => w.code)).toContain('footnote-stripped');
  });

  it('the footnote text of a wide table resolves it: South Kazakhstan for its years, Turkistan after', () => {
    const table = [
      'Численность врачей всех специальностей*',
      'на конец года; человек',
      ',2016,2017,2018,2019',
      'Туркестанская**,100,110,80,85',
      'г. Шымкент,-,-,40,42',
      '* hand-made values',
      '** Данные за 2003-2017 гг. по Южно-Казахстанской области',
    ].join('\n');
    const result = convertWideCsv(table, { source, name });
    const values = result.document.indicators[0].values as Record<string, Record<string, number>>;
    expect(values['KZ-51']).toEqual({ '2016': 100, '2017': 110 });
    expect(values['KZ-61']).toEqual({ '2018': 80, '2019': 85 });
    const read = result.warnings.find((w) => w.code === 'footnote-read');
    expect(read?.message).toContain('KZ-51 in 2003..2017, KZ-61 from 2018');
  });

  it.skipIf(!HAS_SHARED)(
    `the bureau's population table (Туркестанская 1, 2000-2023) without a mapping is refused${NEEDS_SHARED}`,
    () => {
      const text = readShared('data/source/regional/odk_bns_population_by_region_2000-2023.csv');
      const problems = problemsOf(() => convertCsv(text, { source, name }));
      expect(problems[0].message).toMatch(/^"Туркестанская 1" carries the footnote marker 1/);
      expect(problems[0].hint).toContain(`--map 'Туркестанская 1=KZ-51@..2017'`);
    },
  );
});
