// Hand-made fixtures, NOT real data: small round numbers so that classes, ranks and differences
// can be worked out by hand. The real datasets are in stories/data/.

const REGIONS_2018 = [
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
];

/** 17 areas (2018 layout) with values 1..17 in 2019 (KZ-63 missing) and 2..18 in 2020. */
export function fixture2018(options: { missing?: boolean; notApplicable?: boolean } = {}) {
  const values: Record<string, Record<string, unknown>> = {};
  REGIONS_2018.forEach((code, i) => {
    values[code] = { '2019': i + 1, '2020': i + 2 };
  });
  if (options.missing !== false) values['KZ-63']['2019'] = null;
  if (options.notApplicable) values['KZ-11']['2020'] = { value: null, reason: 'not-applicable' };
  values['KZ-15']['2020'] = { value: 3, status: 'provisional', note: { en: 'Hand-made note' } };
  // A tie: Aktobe and Almaty Region share 3 in 2020.
  values['KZ-19']['2020'] = 3;
  return {
    format: 'kz-indicators/1',
    indicators: [
      {
        id: 'fixture',
        name: { en: 'Fixture rate', ru: 'Тестовый показатель', kk: 'Тест көрсеткіші' },
        unit: { en: 'per 1,000', ru: 'на 1000', kk: '1000-ға' },
        decimals: 1,
        better: 'lower',
        source: {
          name: 'Hand-made test fixture',
          url: 'https://example.org/fixture',
          licence: 'CC0',
        },
        values,
        references: [
          {
            id: 'KAZ',
            kind: 'national',
            label: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
            values: { '2019': 9, '2020': 10 },
          },
          { id: 'target', kind: 'target', label: 'Target', value: 25, year: 2030 },
        ],
      },
      {
        id: 'second',
        name: 'Second fixture',
        decimals: 0,
        better: 'higher',
        source: { name: 'Hand-made test fixture' },
        values: { 'KZ-10': { '2023': 1 }, 'KZ-33': { '2023': 2 }, 'KZ-62': { '2023': 3 } },
      },
    ],
  };
}
