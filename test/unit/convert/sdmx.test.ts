import { describe, expect, it } from 'vitest';
import {
  ConvertError,
  convertSdmx,
  readSdmx,
  readSdmxCsv,
  readSdmxJson,
  type SdmxOptions,
} from '../../../src/convert/index.js';

// Hand-made SDMX messages with made-up values, labelled as such; the real messages are read in
// real-sources.test.ts. They follow the SDMX-JSON 1.0 / 2.0 layouts of the specification samples.
const base: SdmxOptions = { source: { name: 'Hand-made fixture' } };
const problems = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConvertError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConvertError');
};

const dim = (id: string, values: string[], extra: object = {}) => ({
  id,
  names: { en: id, ru: `${id} (ru)` },
  values: values.map((v) => ({ id: v, names: { en: `${v} name`, ru: `${v} имя` } })),
  ...extra,
});

/** SDMX-JSON 2.0, series layout, two measures-less series with attributes. */
const V2_SERIES = {
  meta: { schema: 'sdmx-json-data-schema 2.0.0', contentLanguages: ['en', 'ru'] },
  data: {
    structures: [
      {
        names: { en: 'Test flow' },
        dimensions: {
          dataSet: [dim('INDICATOR', ['U5MR'])],
          series: [
            dim('REF_AREA', ['KZ-11', 'KAZ'], { roles: ['REF_AREA'] }),
            dim('SEX', ['_T', 'F']),
          ],
          observation: [dim('TIME_PERIOD', ['2018', '2019'], { roles: ['TIME_PERIOD'] })],
        },
        attributes: {
          dataSet: [dim('UNIT_MEASURE', ['PER_1000'])],
          series: [],
          observation: [
            dim('OBS_STATUS', ['A', 'P']),
            dim('LOWER_BOUND', ['7.5']),
            dim('UPPER_BOUND', ['9.5']),
          ],
        },
      },
    ],
    dataSets: [
      {
        structure: 0,
        series: {
          '0:0': { observations: { '0': [8.5, 0, 0, 0], '1': [8.1, 1, null, null] } },
          '0:1': { observations: { '0': [7.9, 0] } },
          '1:0': { observations: { '0': [10.1, 0], '1': [null, 1] } },
        },
      },
    ],
  },
};

describe('readSdmxJson(message)', () => {
  it('decodes series keys, observation keys and attribute indices (SDMX-JSON 2.0)', () => {
    const table = readSdmxJson(V2_SERIES);
    expect(table.format).toBe('sdmx-json-2.0');
    expect(table.languages).toEqual(['en', 'ru']);
    expect(table.dimensions.map((d) => d.id)).toEqual([
      'INDICATOR',
      'REF_AREA',
      'SEX',
      'TIME_PERIOD',
    ]);
    expect(table.observations[0]).toEqual({
      path: 'data.dataSets[0].series["0:0"].observations["0"]',
      key: { INDICATOR: 'U5MR', REF_AREA: 'KZ-11', SEX: '_T', TIME_PERIOD: '2018' },
      value: 8.5,
      attributes: {
        UNIT_MEASURE: 'PER_1000',
        OBS_STATUS: 'A',
        LOWER_BOUND: '7.5',
        UPPER_BOUND: '9.5',
      },
    });
    expect(table.observations.map((o) => o.value)).toEqual([8.5, 8.1, 7.9, 10.1, null]);
  });

  it('reads SDMX-JSON 1.0 flat observations and names given as strings or language maps', () => {
    const message = {
      meta: { 'content-languages': ['ru'] },
      data: {
        structure: {
          name: { en: 'Flow' },
          dimensions: {
            observation: [
              { id: 'REF_AREA', name: 'Область', values: [{ id: 'KZ-15', name: 'Актюбинская' }] },
              { id: 'TIME_PERIOD', name: { en: 'Time' }, values: [{ id: '2020' }, { id: '2021' }] },
            ],
          },
          attributes: { observation: [] },
        },
        dataSets: [{ observations: { '0:1': [3.5], '0:0': [3.25] } }],
      },
    };
    const table = readSdmxJson(message);
    expect(table.format).toBe('sdmx-json-1.0');
    expect(table.dimensions[0].name).toEqual({ ru: 'Область' });
    expect(table.dimensions[0].values[0].name).toEqual({ ru: 'Актюбинская' });
    expect(table.observations.map((o) => [o.key.TIME_PERIOD, o.value])).toEqual([
      ['2021', 3.5],
      ['2020', 3.25],
    ]);
  });

  it('names the path of a key that does not fit the structure', () => {
    const broken = structuredClone(V2_SERIES);
    (broken.data.dataSets[0].series as Record<string, unknown>)['5:0'] = {
      observations: { '0': [1] },
    };
    (broken.data.dataSets[0].series as Record<string, unknown>)['0'] = { observations: {} };
    // (JavaScript lists the integer-like key "0" first.)
    expect(problems(() => readSdmxJson(broken))).toEqual([
      {
        path: 'data.dataSets[0].series["0"]',
        message:
          'key "0" has 1 part(s), but the structure lists 2 dimension(s) here (REF_AREA, SEX)',
      },
      {
        path: 'data.dataSets[0].series["5:0"]',
        message: 'key "5:0": position 1 is 5, but dimension REF_AREA has 2 value(s)',
      },
    ]);
  });

  it('explains a service error, a message without structure, and a kz-indicators document', () => {
    expect(
      problems(() => readSdmxJson({ errors: [{ code: 404, title: 'No Results Found' }] }))[0]
        .message,
    ).toBe('the SDMX service answered with an error, not data: No Results Found');
    expect(problems(() => readSdmxJson({ data: { dataSets: [] } }))[0].message).toBe(
      'the message has data sets but no structure (data.structure or data.structures), so its keys cannot be decoded',
    );
    expect(problems(() => readSdmxJson({ indicators: [] }))[0].message).toBe(
      'this is a kz-indicators document, not an SDMX message',
    );
    expect(problems(() => readSdmx('{"data": ')).at(0)?.message).toMatch(/^not valid JSON: /);
  });
});

describe('convertSdmx(message)', () => {
  it('maps areas, periods, values, bounds, status and names; other areas become references', () => {
    const result = convertSdmx(V2_SERIES, { ...base, references: { KAZ: 'national' } });
    const i = result.document.indicators[0];
    expect(i.id).toBe('u5mr');
    expect(i.name).toEqual({ en: 'U5MR name', ru: 'U5MR имя' });
    expect(i.unit).toEqual({ en: 'PER_1000 name', ru: 'PER_1000 имя' });
    expect(i.values).toEqual({
      'KZ-11': {
        '2018': { value: 8.5, lower: 7.5, upper: 9.5 },
        '2019': { value: 8.1, status: 'provisional' },
      },
    });
    expect(i.references).toEqual([
      {
        id: 'national',
        kind: 'national',
        label: { en: 'KAZ name', ru: 'KAZ имя' },
        values: {
          '2018': 10.1,
          '2019': { value: null, reason: 'not-available', status: 'provisional' },
        },
      },
    ]);
    expect(result.slices).toEqual([{ column: 'SEX', kept: ['_T'], how: 'total', dropped: 1 }]);
  });

  it('says which dimension is missing and lists the others', () => {
    const noArea = structuredClone(V2_SERIES);
    noArea.data.structures[0].dimensions.series[0] = dim('CURRENCY', ['NZD', 'RUB']);
    expect(problems(() => convertSdmx(noArea, base))).toEqual([
      {
        path: 'structure.dimensions',
        message: 'no area dimension (REF_AREA, or a dimension with that role)',
        hint: 'dimensions: INDICATOR, CURRENCY, SEX, TIME_PERIOD; name the one holding the areas: --area-column (option area)',
      },
    ]);
  });
});

describe('readSdmxCsv(text)', () => {
  it('reads codes with label columns (UNICEF style) and "ID: label" cells', () => {
    const unicef = readSdmxCsv(
      'REF_AREA,Geographic area,SEX,Sex,TIME_PERIOD,OBS_VALUE,LOWER_BOUND,OBS_STATUS,Observation Status\n' +
        'KAZ,Kazakhstan,_T,Total,2020,10.1,9.9,A,Normal value\n',
    );
    expect(unicef.dimensions.map((d) => [d.id, d.name])).toEqual([
      ['REF_AREA', { en: 'Geographic area' }],
      ['SEX', { en: 'Sex' }],
      ['TIME_PERIOD', {}],
    ]);
    expect(unicef.observations[0]).toEqual({
      line: 2,
      key: { REF_AREA: 'KAZ', SEX: '_T', TIME_PERIOD: '2020' },
      value: '10.1',
      attributes: { LOWER_BOUND: '9.9', OBS_STATUS: 'A' },
    });
    const both = readSdmxCsv(
      'STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Area,TIME_PERIOD,OBS_VALUE\ndataflow,X:Y(1.0),I,KZ-11: Akmola,2020,1\n',
    );
    expect(both.dimensions[0].values).toEqual([{ id: 'KZ-11', name: { en: 'Akmola' } }]);
    expect(both.observations[0].key).toEqual({ REF_AREA: 'KZ-11', TIME_PERIOD: '2020' });
  });

  it('refuses a CSV that is not SDMX-CSV', () => {
    expect(problems(() => readSdmxCsv('Region,Year,Value\nA,2019,1\n'))[0].message).toBe(
      'not SDMX-CSV: the header has neither TIME_PERIOD nor OBS_VALUE',
    );
  });
});
