import { describe, expect, it } from 'vitest';
import {
  LAYOUT_AREAS,
  areaInfo,
  editDistance,
  inferLayout,
  isAreaCode,
  isNational,
  kazakhLatin,
  nameKey,
  resolveArea,
} from '../../../src/data/areas.js';
// District names ship apart from the core registry; these tests read them.
import '../../../src/data/district-names.js';

describe('LAYOUT_AREAS', () => {
  it('LAYOUT_AREAS["2022"] lists the 20 current units', () => {
    expect(LAYOUT_AREAS['2022']).toEqual([
      'KZ-10',
      'KZ-11',
      'KZ-15',
      'KZ-19',
      'KZ-23',
      'KZ-27',
      'KZ-31',
      'KZ-33',
      'KZ-35',
      'KZ-39',
      'KZ-43',
      'KZ-47',
      'KZ-55',
      'KZ-59',
      'KZ-61',
      'KZ-62',
      'KZ-63',
      'KZ-71',
      'KZ-75',
      'KZ-79',
    ]);
  });
  it('LAYOUT_AREAS["2018"] is the 2022 set without Abai, Jetisu and Ulytau', () => {
    const without = LAYOUT_AREAS['2022'].filter((c) => !['KZ-10', 'KZ-33', 'KZ-62'].includes(c));
    expect(LAYOUT_AREAS['2018']).toEqual(without);
    expect(LAYOUT_AREAS['2018']).toHaveLength(17);
  });
  it('LAYOUT_AREAS.pre2018 has South Kazakhstan (KZ-51) instead of Turkistan and Shymkent', () => {
    expect(LAYOUT_AREAS.pre2018).toHaveLength(16);
    expect(LAYOUT_AREAS.pre2018).toContain('KZ-51');
    expect(LAYOUT_AREAS.pre2018).not.toContain('KZ-61');
    expect(LAYOUT_AREAS.pre2018).not.toContain('KZ-79');
  });
  it('LAYOUT_AREAS.districts lists 224 P-codes, KZ + 6 digits', () => {
    expect(LAYOUT_AREAS.districts).toHaveLength(224);
    expect(LAYOUT_AREAS.districts.every((c) => /^KZ\d{6}$/.test(c))).toBe(true);
    expect(LAYOUT_AREAS.districts[0]).toBe('KZ101000');
  });
  it('LAYOUT_AREAS is frozen', () => {
    expect(Object.isFrozen(LAYOUT_AREAS)).toBe(true);
    expect(Object.isFrozen(LAYOUT_AREAS['2022'])).toBe(true);
  });
});

describe('areaInfo', () => {
  it('areaInfo("KZ-11") describes Akmola Region', () => {
    expect(areaInfo('KZ-11')).toEqual({
      code: 'KZ-11',
      level: 'region',
      type: 'region',
      kato: '110000000',
      names: {
        en: 'Akmola Region',
        kk: 'Ақмола облысы',
        kkLatn: 'Aqmola oblysy',
        ru: 'Акмолинская область',
      },
      shortNames: { en: 'Akmola', kk: 'Ақмола', ru: 'Акмолинская' },
      layouts: ['2022', '2018', 'pre2018'],
      formerAlpha: 'KZ-AKM',
      sdg: ['KZAKM'],
      validFrom: undefined,
      validTo: undefined,
    });
  });
  it('areaInfo("KZ-71") is Astana, a city, SDG platform code KZNS', () => {
    const info = areaInfo('KZ-71');
    expect(info?.type).toBe('city');
    expect(info?.names.ru).toBe('Астана');
    expect(info?.sdg).toEqual(['KZNS']);
  });
  it('areaInfo("KZ-51") is South Kazakhstan, pre-2018 only, SDG platform code KZONT', () => {
    const info = areaInfo('KZ-51');
    expect(info?.names.en).toBe('South Kazakhstan Region');
    expect(info?.kato).toBe('510000000');
    expect(info?.layouts).toEqual(['pre2018']);
    expect(info?.sdg).toEqual(['KZONT']);
    expect(info?.formerAlpha).toBeUndefined();
    expect(info?.validTo).toBe('2018-06-19');
  });
  it('areaInfo("KZ-61") is Turkistan Region, former alpha KZ-YUZ, 2018 and 2022 layouts', () => {
    const info = areaInfo('KZ-61');
    expect(info?.formerAlpha).toBe('KZ-YUZ');
    expect(info?.layouts).toEqual(['2022', '2018']);
    expect(info?.sdg).toEqual(['KZYUZ']);
  });
  it('areaInfo(district) gives its names in four scripts and its region per layout', () => {
    expect(areaInfo('KZ101000')).toEqual({
      code: 'KZ101000',
      level: 'district',
      type: 'district',
      kato: '101000000',
      names: { en: 'Semey', kk: 'Семей', kkLatn: 'Semey', ru: 'Семей' },
      shortNames: { en: 'Semey', kk: 'Семей', ru: 'Семей' },
      layouts: ['districts'],
      parents: { '2022': 'KZ-10', '2018': 'KZ-63', pre2018: 'KZ-63' },
    });
  });
  it('areaInfo puts Turkistan districts in South Kazakhstan before 2018', () => {
    const district = LAYOUT_AREAS.districts.find((c) => areaInfo(c)?.parents?.['2022'] === 'KZ-61');
    expect(areaInfo(district!)?.parents?.pre2018).toBe('KZ-51');
  });
  it('areaInfo fixes the swapped Kazakh and Russian names of Taldykorgan from the source', () => {
    expect(areaInfo('KZ331000')?.names).toEqual({
      en: 'Taldykorgan',
      kk: 'Талдықорған',
      kkLatn: 'Taldyqorghan',
      ru: 'Талдыкорган',
    });
  });
  it('areaInfo names use Cyrillic letters only in Cyrillic text (source look-alikes fixed)', () => {
    expect(areaInfo('KZ113400')?.names.ru).toBe('Аршалинский');
    expect(areaInfo('KZ-59')?.names.kk).toBe('Солтүстік Қазақстан облысы');
  });
  it('areaInfo returns undefined for aliases and unknown input', () => {
    expect(areaInfo('KZ-AKM')).toBeUndefined();
    expect(areaInfo('KZ-99')).toBeUndefined();
    expect(areaInfo('__proto__')).toBeUndefined();
    expect(areaInfo(42 as unknown as string)).toBeUndefined();
  });
  it('isAreaCode accepts canonical codes only', () => {
    expect(isAreaCode('KZ-75')).toBe(true);
    expect(isAreaCode('KZ751210')).toBe(true);
    expect(isAreaCode('kz-75')).toBe(false);
    expect(isAreaCode('KZALA')).toBe(false);
  });
});

describe('resolveArea', () => {
  const cases: Array<[string, string, string]> = [
    ['KZ-11', 'KZ-11', 'canonical'],
    ['kz-11', 'KZ-11', 'canonical'],
    [' KZ 11 ', 'KZ-11', 'canonical'],
    ['KZ–11', 'KZ-11', 'canonical'],
    ['КZ-11', 'KZ-11', 'canonical'],
    ['KZ-51', 'KZ-51', 'canonical'],
    ['KZ11', 'KZ-11', 'pcode'],
    ['KZ101000', 'KZ101000', 'pcode'],
    ['kz101000', 'KZ101000', 'pcode'],
    ['110000000', 'KZ-11', 'kato'],
    ['11', 'KZ-11', 'kato'],
    ['51', 'KZ-51', 'kato'],
    ['510000000', 'KZ-51', 'kato'],
    ['101000000', 'KZ101000', 'kato'],
    ['101000', 'KZ101000', 'kato'],
    ['KZ-AKM', 'KZ-11', 'former-alpha'],
    ['KZ-AST', 'KZ-71', 'former-alpha'],
    ['KZ-YUZ', 'KZ-61', 'former-alpha'],
    ['KZ-ABY', 'KZ-10', 'former-alpha'],
    ['KZ-ZHT', 'KZ-33', 'former-alpha'],
    ['KZ-ULT', 'KZ-62', 'former-alpha'],
    ['KZAKM', 'KZ-11', 'sdg-platform'],
    ['KZNS', 'KZ-71', 'sdg-platform'],
    ['KZONT', 'KZ-51', 'sdg-platform'],
    ['KZYUZ', 'KZ-61', 'sdg-platform'],
    ['KZSHY', 'KZ-79', 'sdg-platform'],
    ['KZABY', 'KZ-10', 'sdg-platform'],
    ['KZZHS', 'KZ-33', 'sdg-platform'],
    ['KZULU', 'KZ-62', 'sdg-platform'],
    ['KZALA', 'KZ-75', 'sdg-platform'],
    ['KZAST', 'KZ-71', 'former-alpha'],
    ['г. Алматы', 'KZ-75', 'name'],
    ['г_Алматы', 'KZ-75', 'name'],
    ['Алматы қаласы', 'KZ-75', 'name'],
    ['Almaty', 'KZ-75', 'name'],
    ['Almaty city', 'KZ-75', 'name'],
    ['Алматы', 'KZ-75', 'name'],
    ['Алматинская область', 'KZ-19', 'name'],
    ['Алматинская обл.', 'KZ-19', 'name'],
    ['Алматы облысы', 'KZ-19', 'name'],
    ['Almaty Region', 'KZ-19', 'name'],
    ['Almaty oblysy', 'KZ-19', 'name'],
    ['Nur-Sultan', 'KZ-71', 'name'],
    ['Нур-Султан', 'KZ-71', 'name'],
    ['Нұр-Сұлтан', 'KZ-71', 'name'],
    ['г_Астана', 'KZ-71', 'name'],
    ['Zhetysu', 'KZ-33', 'name'],
    ['Jetisu', 'KZ-33', 'name'],
    ['Zhetisu Region', 'KZ-33', 'name'],
    ['Жетісу облысы', 'KZ-33', 'name'],
    ['Жетысуская область', 'KZ-33', 'name'],
    ['Zhambyl', 'KZ-31', 'name'],
    ['Jambyl Region', 'KZ-31', 'name'],
    ['Жымбылская', 'KZ-31', 'name'],
    ['Karagandy', 'KZ-35', 'name'],
    ['Karaganda Region', 'KZ-35', 'name'],
    ['Qaraghandy oblysy', 'KZ-35', 'name'],
    ['Shygys Kazakhstan', 'KZ-63', 'name'],
    ['Шығыс Қазақстан облысы', 'KZ-63', 'name'],
    ['Ontustik Kazakhstan', 'KZ-51', 'name'],
    ['Южно-Казахстанская область', 'KZ-51', 'name'],
    ['South Kazakhstan', 'KZ-51', 'name'],
    ['Turkistan', 'KZ-61', 'name'],
    ['Turkestan Region', 'KZ-61', 'name'],
    ['Туркестанская область', 'KZ-61', 'name'],
    ['Shymkent', 'KZ-79', 'name'],
    ['г. Шымкент', 'KZ-79', 'name'],
    ['Chimkent', 'KZ-79', 'name'],
    ['Abai', 'KZ-10', 'name'],
    ['Abay Region', 'KZ-10', 'name'],
    ['Ұлытау облысы', 'KZ-62', 'name'],
    ['Pavlodar oblast', 'KZ-55', 'name'],
    ['Mangistau', 'KZ-47', 'name'],
    ['Mangghystaū oblysy', 'KZ-47', 'name'],
    ['Kzyl-Orda', 'KZ-43', 'name'],
    ['Soltustik Kazakhstan', 'KZ-59', 'name'],
    ['Batys Kazakhstan', 'KZ-27', 'name'],
    // Latin look-alikes inside Cyrillic text, and the reverse.
    ['Aлматы', 'KZ-75', 'name'],
    ['Кaрагандинская область', 'KZ-35', 'name'],
    ['Аkmola', 'KZ-11', 'name'],
  ];
  it.each(cases)('resolveArea(%j) is %s via %s', (input, code, via) => {
    expect(resolveArea(input)).toEqual({ code, via });
  });

  it('resolveArea(unknown code) suggests the closest code', () => {
    expect(resolveArea('KZ-99')).toEqual({ code: null, suggestion: 'KZ-19' });
    expect(resolveArea('KZ-1O')).toEqual({ code: null, suggestion: 'KZ-10' });
    expect(resolveArea('KZAKK')).toEqual({ code: null, suggestion: 'KZ-11' });
    expect(resolveArea('KZ101001')).toEqual({ code: null, suggestion: 'KZ101000' });
  });
  it('resolveArea(unknown name) suggests the closest name', () => {
    // A city is never close to a region: Karaganda city is the district-level city, not the region.
    expect(resolveArea('Karaganda city')).toEqual({ code: null, suggestion: 'KZ351000' });
    expect(resolveArea('Pavlodor')).toEqual({ code: null, suggestion: 'KZ-55' });
    expect(resolveArea('Kostanaj')).toEqual({ code: null, suggestion: 'KZ-39' });
  });
  it('resolveArea(Baikonur) is no area; it suggests Kyzylorda (or the Baikonur district)', () => {
    expect(resolveArea('KZ-BAY')).toEqual({ code: null, suggestion: 'KZ-43' });
    expect(resolveArea('Baikonur')).toEqual({ code: null, suggestion: 'KZ-43' });
    expect(resolveArea('Байконур', { level: 'district' })).toEqual({
      code: null,
      suggestion: 'KZ431900',
    });
  });
  it('resolveArea(input, {suggest: false}) skips the suggestion', () => {
    expect(resolveArea('KZ-99', { suggest: false })).toEqual({ code: null });
  });
  it('resolveArea of empty, non-string, or over-long input is null without suggestion', () => {
    expect(resolveArea('')).toEqual({ code: null });
    expect(resolveArea('   ')).toEqual({ code: null });
    expect(resolveArea(null as unknown as string)).toEqual({ code: null });
    expect(resolveArea('x'.repeat(500))).toEqual({ code: null });
    expect(resolveArea('__proto__')).toEqual({ code: null });
    expect(resolveArea('constructor')).toEqual({ code: null });
  });
  it('resolveArea(name, {level: "district"}) searches district names', () => {
    expect(resolveArea('Semey', { level: 'district' })).toEqual({ code: 'KZ101000', via: 'name' });
    expect(resolveArea('Семей', { level: 'district' })).toEqual({ code: 'KZ101000', via: 'name' });
    expect(resolveArea('Талдыкорган', { level: 'district' })).toEqual({
      code: 'KZ331000',
      via: 'name',
    });
    expect(resolveArea('г. Караганда', { level: 'district' })).toEqual({
      code: 'KZ351000',
      via: 'name',
    });
    // Codes resolve at any level.
    expect(resolveArea('KZ-11', { level: 'district' })).toEqual({
      code: 'KZ-11',
      via: 'canonical',
    });
  });
  it('resolveArea(ambiguous district name) lists the candidates', () => {
    expect(resolveArea('Alatau', { level: 'district' })).toEqual({
      code: null,
      candidates: ['KZ191800', 'KZ751210'],
    });
  });
  it('resolveArea(district name) at region level suggests the district', () => {
    expect(resolveArea('Semey')).toEqual({ code: null, suggestion: 'KZ101000' });
  });
});

describe('resolveArea on labels found in real sources', () => {
  // Region labels as written in ../shared/data/source/regional (BNS tables via Open Data
  // Kazakhstan, the SDG platform code list).
  it.each([
    ['Абай', 'KZ-10'],
    ['Жетісу', 'KZ-33'],
    ['Ұлытау', 'KZ-62'],
    ['Восточно-Казахстанская', 'KZ-63'],
    ['Мангистауская', 'KZ-47'],
    ['г. Астана', 'KZ-71'],
    ['город Нур-Султан', 'KZ-71'],
    ['город Алматы', 'KZ-75'],
    ['г. Шымкент', 'KZ-79'],
    ['Туркестанская', 'KZ-61'],
    ['Astana city', 'KZ-71'],
    ['Jetisu Region', 'KZ-33'],
    ['Mangystau Region', 'KZ-47'],
    ['Shymkent city', 'KZ-79'],
  ])('resolveArea(%j) is %s', (label, code) => {
    expect(resolveArea(label).code).toBe(code);
  });
  it('resolveArea("Туркестанская 1") (a footnote mark: South Kazakhstan or Turkistan) is refused', () => {
    expect(resolveArea('Туркестанская 1')).toEqual({ code: null, suggestion: 'KZ-61' });
  });
});

describe('isNational', () => {
  it('isNational(input) recognises the country as sources write it', () => {
    for (const name of [
      'KZ',
      'kaz',
      'Kazakhstan',
      'The Republic of Kazakhstan',
      'Республика Казахстан ',
      'Қазақстан Республикасы',
    ]) {
      expect(isNational(name)).toBe(true);
    }
    for (const name of ['KZ-11', 'West Kazakhstan', 'Шығыс Қазақстан', '', 'Total']) {
      expect(isNational(name)).toBe(false);
    }
  });
});

describe('kazakhLatin', () => {
  it('kazakhLatin(text) matches the Latin names of every region in the geography', () => {
    for (const code of [...LAYOUT_AREAS['2022'], 'KZ-51']) {
      const { names } = areaInfo(code)!;
      expect(kazakhLatin(names.kk)).toBe(names.kkLatn);
    }
  });
  it('kazakhLatin(text) keeps capitals and leaves other characters', () => {
    expect(kazakhLatin('Талдықорған')).toBe('Taldyqorghan');
    expect(kazakhLatin('Бұқар жырау')).toBe('Buqar zhyraū');
    expect(kazakhLatin('Шығыс-1 (x)')).toBe('Shyghys-1 (x)');
  });
});

describe('nameKey', () => {
  it('nameKey drops generic words and folds transliteration differences', () => {
    expect(nameKey('Zhambyl Region')).toEqual({ key: 'jambil', marker: 'region' });
    expect(nameKey('Jambyl')).toEqual({ key: 'jambil', marker: '' });
    expect(nameKey('г. Алматы')).toEqual({ key: 'алматы', marker: 'city' });
    expect(nameKey('Қарағанды облысы')).toEqual({ key: 'караганды', marker: 'region' });
    expect(nameKey('Бухар-Жырауский р-н')).toEqual({ key: 'бухаржырауски', marker: 'district' });
  });
});

describe('editDistance', () => {
  it('editDistance(a, b) counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('KZ-99', 'KZ-19')).toBe(1);
  });
  it('editDistance(a, b, max) stops at max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('inferLayout', () => {
  const common = ['KZ-11', 'KZ-15', 'KZ-19', 'KZ-71', 'KZ-75'];
  it('inferLayout with Abai, Jetisu or Ulytau is 2022', () => {
    for (const marker of ['KZ-10', 'KZ-33', 'KZ-62']) {
      expect(inferLayout([...common, marker])).toEqual({ layout: '2022', candidates: ['2022'] });
    }
    expect(inferLayout(LAYOUT_AREAS['2022'])).toEqual({ layout: '2022', candidates: ['2022'] });
  });
  it('inferLayout with Turkistan or Shymkent and no 2022 region is 2018', () => {
    expect(inferLayout([...common, 'KZ-61'])).toEqual({
      layout: '2018',
      candidates: ['2018', '2022'],
    });
    expect(inferLayout([...common, 'KZ-79'])).toEqual({
      layout: '2018',
      candidates: ['2018', '2022'],
    });
    expect(inferLayout(LAYOUT_AREAS['2018'])).toEqual({
      layout: '2018',
      candidates: ['2018', '2022'],
    });
  });
  it('inferLayout with South Kazakhstan is pre2018', () => {
    expect(inferLayout(LAYOUT_AREAS.pre2018)).toEqual({
      layout: 'pre2018',
      candidates: ['pre2018'],
    });
  });
  it('inferLayout with only common codes is 2022, listing every region layout', () => {
    expect(inferLayout(common)).toEqual({
      layout: '2022',
      candidates: ['2022', '2018', 'pre2018'],
    });
    expect(inferLayout([])).toEqual({ layout: '2022', candidates: ['2022', '2018', 'pre2018'] });
  });
  it('inferLayout with district codes only is districts', () => {
    expect(inferLayout(['KZ101000', 'KZ111000'])).toEqual({
      layout: 'districts',
      candidates: ['districts'],
    });
  });
  it('inferLayout names the codes that mix South Kazakhstan with later units', () => {
    expect(inferLayout([...common, 'KZ-51', 'KZ-61', 'KZ-79'])).toEqual({
      conflict: { codes: ['KZ-51', 'KZ-61', 'KZ-79'], layouts: ['2018', 'pre2018'] },
    });
    expect(inferLayout(['KZ-51', 'KZ-33'])).toEqual({
      conflict: { codes: ['KZ-33', 'KZ-51'], layouts: ['2022', 'pre2018'] },
    });
  });
  it('inferLayout names the smaller group when regions and districts mix', () => {
    expect(inferLayout(['KZ101000', 'KZ111000', 'KZ-11'])).toEqual({
      conflict: { codes: ['KZ-11'], layouts: ['districts', '2022'] },
    });
    expect(inferLayout(['KZ101000', 'KZ-11', 'KZ-10'])).toEqual({
      conflict: { codes: ['KZ101000'], layouts: ['districts', '2022'] },
    });
  });
  it('inferLayout ignores codes that are not canonical', () => {
    expect(inferLayout(['KZ-10', 'KZAKM', 'nonsense'])).toEqual({
      layout: '2022',
      candidates: ['2022'],
    });
  });
});
