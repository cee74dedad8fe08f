import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConvertError,
  convertCsv,
  convertSdmx,
  readSdmx,
  type ConvertResult,
  type CsvOptions,
  type SdmxOptions,
} from '../../../src/convert/index.js';
import { resolveArea } from '../../../src/data/areas.js';
import type { IndicatorInput, ValueInput } from '../../../src/data/types.js';
import { HAS_SHARED, NEEDS_SHARED, readShared, sharedPath, simpleCsv } from './shared-data.js';

// Every real input in ../shared/data/source converts, and the result agrees with the source:
// each expected value is read here from the file with a separate, simple reader (simpleCsv, or
// plain JSON decoding of SDMX keys), never typed in.

const ODK_FILES = [
  'odk_bns_population_by_region_2000-2023.csv',
  'odk_bns_population_by_region_sex_2023-01-01.csv',
  'odk_egov_population_by_region_age_sex_2020.csv',
];

const SDMX_CONVERTED = [
  'unicef_sdmx-csv_CME_MRY0T4_2020_KAZ_and_comparators.csv',
  'unicef_cme_sdmx-json-1.0_KAZ_U5MR_igme2018_subset-of-cmesite-mock.json',
  'unicef_cme_sdmx-json-1.0_AFG_U5MR_igme2018_cmesite-mock.json',
];
const SDMX_EXR = [
  'sdmx-twg_sdmx-json-1.0_sample_exr-cross-section.json',
  'sdmx-twg_sdmx-json-2.0_sample_exr-cross-section.json',
  'sdmx-twg_sdmx-json-2.0_sample_exr-flat.json',
  'sdmx-twg_sdmx-json-2.0_sample_exr-time-series.json',
];
const SDMX_READ_ONLY = ['oecd_legacy_sdmx-json_PART2_all_all.json', ...SDMX_EXR];

const source = { name: 'test' };
const name = 'test';

const valueOf = (v: ValueInput | undefined) => (v !== null && typeof v === 'object' ? v.value : v);
const areaValue = (ind: IndicatorInput, code: string, period: string) =>
  valueOf(ind.values[code]?.[period]);
const refValue = (ind: IndicatorInput, id: string, period: string) =>
  valueOf(ind.references?.find((r) => r.id === id)?.values?.[period]);
const code = (text: string) => {
  const r = resolveArea(text);
  if (r.code === null) throw new Error(`test reader: unknown area ${text}`);
  return r.code;
};

interface OpenSdgCase {
  options?: CsvOptions;
  /** Breakdown values the kept rows must have (others: empty or _T). */
  slice?: Record<string, string>;
  /** Rows (REF_AREA@Year) that the conversion leaves out on purpose. */
  leftOut?: (area: string, year: string) => boolean;
}

const OPEN_SDG: Record<string, OpenSdgCase> = {
  'kazstat_sdg_3-2-1_under5_mortality_by_region_2010-2019.csv': {},
  'kazstat_sdg_1-2-1_poverty_national_line_by_region_2010-2023.csv': {
    options: { layout: { '2014..2017': 'pre2018' } },
    leftOut: (area, year) => ['KZYUZ', 'KZSHY'].includes(area) && Number(year) <= 2017,
  },
  'kazstat_sdg_3-1-2_skilled_birth_attendance_by_region_2010-2023.csv': {},
  'kazstat_sdg_4-2-2_organized_learning_by_region_2015-2019.csv': {},
  'kazstat_sdg_3-7-2_adolescent_birth_rate_by_region_2010-2023.csv': {
    options: { filter: { AGE: 'Y15T19' } },
    slice: { AGE: 'Y15T19' },
  },
  'kazstat_sdg_2-2-1_stunting_mics_by_region_2010_2015.csv': {
    options: { filter: { SERIES: '_L_KZ_DD_MSD' } },
    slice: { SERIES: '_L_KZ_DD_MSD' },
  },
  'kazstat_sdg_2-2-2_wasting_overweight_mics_by_region_2010_2015.csv': {
    options: { filter: { SERIES: 'SN_STA_OVWGTN' } },
    slice: { SERIES: 'SN_STA_OVWGTN' },
  },
  'kazstat_sdg_16-9-1_birth_registration_mics_by_region_2010_2015.csv': {},
};

/** Files of regional/ that are not observations, and why. */
const NOT_DATA: Record<string, string> = {
  'kazstat_sdg_codelists.csv': 'labels of the SDG platform codes',
};

describe(`real regional CSV files${NEEDS_SHARED}`, () => {
  it.skipIf(!HAS_SHARED)('every file of regional/ is covered by a test below', () => {
    const covered = [...Object.keys(OPEN_SDG), ...Object.keys(NOT_DATA), ...ODK_FILES];
    expect(readdirSync(sharedPath('data/source/regional')).sort()).toEqual(covered.sort());
  });

  it.skipIf(!HAS_SHARED).each(Object.entries(OPEN_SDG))(
    '%s converts and agrees with the source',
    (file, c) => {
      const text = readShared(`data/source/regional/${file}`);
      const ind = convertCsv(text, { name, source, ...c.options }).document.indicators[0];
      const { header, rows } = simpleCsv(text);
      const col = (n: string) => header.indexOf(n);
      const dims = header.filter(
        (h) => h && !['Year', 'REF_AREA', 'Value', 'UNIT_MEASURE'].includes(h),
      );
      let checked = 0;
      for (const row of rows) {
        const matches = dims.every((d) => {
          const v = row[col(d)];
          return c.slice?.[d] !== undefined ? v === c.slice[d] : v === '' || v === '_T';
        });
        if (!matches) continue;
        const area = row[col('REF_AREA')];
        const year = row[col('Year')];
        const expected = Number(row[col('Value')]);
        const got =
          area === '' ? refValue(ind, 'national', year) : areaValue(ind, code(area), year);
        if (c.leftOut?.(area, year)) expect(got, `${area} ${year} left out`).toBeUndefined();
        else expect(got, `${area || 'national'} ${year}`).toBe(expected);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    },
  );

  it.skipIf(!HAS_SHARED)(
    'the code list holds no observations and is refused with a precise message',
    () => {
      expect(() =>
        convertCsv(readShared('data/source/regional/kazstat_sdg_codelists.csv'), { name, source }),
      ).toThrow(/no period column \(looked for TIME_PERIOD, Year/);
    },
  );
});

describe(`real population tables (Open Data Kazakhstan)${NEEDS_SHARED}`, () => {
  it.skipIf(!HAS_SHARED)(
    'the BNS population table 2000-2023 converts, with "Туркестанская 1" as South Kazakhstan until 2016',
    () => {
      const text = readShared(`data/source/regional/${ODK_FILES[0]}`);
      const ind = convertCsv(text, {
        name,
        source,
        areas: {
          'Туркестанская 1': [
            { code: 'KZ-51', periods: '..2016' },
            { code: 'KZ-61', periods: '2017..' },
          ],
        },
      }).document.indicators[0];
      const { rows } = simpleCsv(text);
      for (const [area, year, value] of rows) {
        const expected = Number(value);
        if (area.trim() === 'Республика Казахстан')
          expect(refValue(ind, 'national', year)).toBe(expected);
        else if (area === 'Туркестанская 1') {
          expect(areaValue(ind, Number(year) <= 2016 ? 'KZ-51' : 'KZ-61', year)).toBe(expected);
        } else expect(areaValue(ind, code(area), year), `${area} ${year}`).toBe(expected);
      }
      expect(rows.length).toBe(421);
    },
  );

  it.skipIf(!HAS_SHARED)(
    'the population by sex on 1 January 2023 converts with a given value column and period',
    () => {
      const text = readShared(`data/source/regional/${ODK_FILES[1]}`);
      for (const column of ['Total', 'Females']) {
        const ind = convertCsv(text, { name, source, period: '2023', columns: { value: column } })
          .document.indicators[0];
        const { header, rows } = simpleCsv(text);
        for (const row of rows) {
          const expected = Number(row[header.indexOf(column)]);
          if (row[0] === 'The Republic of Kazakhstan')
            expect(refValue(ind, 'national', '2023')).toBe(expected);
          else expect(areaValue(ind, code(row[0]), '2023'), row[0]).toBe(expected);
        }
        expect(Object.keys(ind.values)).toHaveLength(20);
      }
    },
  );

  it.skipIf(!HAS_SHARED)(
    'the population by age and sex (2020) converts once a slice is chosen',
    () => {
      const text = readShared(`data/source/regional/${ODK_FILES[2]}`);
      expect(() => convertCsv(text, { name, source, period: '2020' })).toThrow(
        /rows for the same area and period differ in sex \(men, women\) and none is a total/,
      );
      const ind = convertCsv(text, {
        name,
        source,
        period: '2020',
        filter: { sex: 'women', age: '0-15' },
      }).document.indicators[0];
      const { rows } = simpleCsv(text);
      const kept = rows.filter(([, sex, age]) => sex === 'women' && age === '0-15');
      for (const [region, , , value] of kept) {
        if (region === 'Республика Казахстан')
          expect(refValue(ind, 'national', '2020')).toBe(Number(value));
        else expect(areaValue(ind, code(region), '2020'), region).toBe(Number(value));
      }
      expect(kept.length).toBe(18);
    },
  );
});

const WDI = [
  'wdi_sh_dyn_mort_kaz_and_comparators.csv',
  'wdi_sh_dyn_nmrt_kaz_and_comparators.csv',
  'wdi_sp_dyn_imrt_in_kaz_and_comparators.csv',
  'wdi_se_pre_enrr_kaz_and_comparators.csv',
];

describe(`real national files (World Development Indicators)${NEEDS_SHARED}`, () => {
  it.skipIf(!HAS_SHARED).each(WDI)(
    '%s converts to reference series that agree with the source',
    (file) => {
      const text = readShared(`data/source/national/${file}`);
      const codes = ['WLD', 'ECS', 'ECA', 'UMC', 'KGZ', 'TJK', 'TKM', 'UZB'];
      const ind = convertCsv(text, {
        name,
        source,
        references: Object.fromEntries(
          codes.map((c) => [c, { kind: 'comparator' as const, id: c }]),
        ),
      }).document.indicators[0];
      expect(ind.references?.map((r) => r.id)).toEqual(['national', ...codes]);
      const { rows } = simpleCsv(text);
      for (const [label, c, year, value] of rows) {
        const ref = c === 'KAZ' ? 'national' : c;
        expect(refValue(ind, ref, year), `${c} ${year}`).toBe(Number(value));
        if (c !== 'KAZ')
          expect(ind.references?.find((r) => r.id === c)?.label).toEqual({ en: label });
      }
    },
  );
});

describe(`real SDMX messages${NEEDS_SHARED}`, () => {
  const sdmx = (file: string) => readShared(`data/source/sdmx/${file}`);

  it.skipIf(!HAS_SHARED)('every message of sdmx/ is covered by a test below', () => {
    expect(readdirSync(sharedPath('data/source/sdmx')).sort()).toEqual(
      [...SDMX_CONVERTED, ...SDMX_READ_ONLY].sort(),
    );
  });

  it.skipIf(!HAS_SHARED)(
    'UNICEF SDMX-CSV: every total observation, with bounds, as reference series',
    () => {
      const file = SDMX_CONVERTED[0];
      const text = sdmx(file);
      const areas = [
        'KGZ',
        'TJK',
        'TKM',
        'UZB',
        'WORLD',
        'UNICEF_ECA',
        'UNICEF_ECARO',
        'UNICEF_EECA',
        'UNSDG_CENTRALASIA',
        'WB_UMI',
      ];
      const result = convertSdmx(text, {
        source,
        references: {
          KAZ: 'national',
          ...Object.fromEntries(areas.map((a) => [a, 'comparator' as const])),
        },
      });
      const ind = result.document.indicators[0];
      expect(ind.name).toEqual({ en: 'Under-five mortality rate' });
      expect(ind.unit).toEqual({ en: 'Deaths per 1,000 live births' });
      const { header, rows } = simpleCsv(text);
      const col = (n: string) => header.indexOf(n);
      const totals = rows.filter((r) => r[col('SEX')] === '_T');
      for (const row of totals) {
        const id =
          row[col('REF_AREA')] === 'KAZ'
            ? 'national'
            : row[col('REF_AREA')].toLowerCase().replace(/_/g, '-');
        const ref = ind.references?.find((r) => r.id === id);
        expect(ref?.label).toEqual({ en: row[col('Geographic area')] });
        expect(ref?.values?.[row[col('TIME_PERIOD')]]).toEqual({
          value: Number(row[col('OBS_VALUE')]),
          lower: Number(row[col('LOWER_BOUND')]),
          upper: Number(row[col('UPPER_BOUND')]),
        });
      }
      expect(totals).toHaveLength(11);
      expect(result.slices).toEqual([{ column: 'SEX', kept: ['_T'], how: 'total', dropped: 22 }]);
    },
  );

  /** Independent decoding of a flat SDMX-JSON 1.0 message: observation key -> dimension ids. */
  function decodeFlat(message: {
    data: {
      structure: {
        dimensions: { observation: { id: string; values: { id: string }[] }[] };
        attributes: { observation: { id: string; values: { id: string }[] }[] };
      };
      dataSets: { observations: Record<string, (number | null)[]> }[];
    };
  }) {
    const dims = message.data.structure.dimensions.observation;
    const atts = message.data.structure.attributes.observation;
    return Object.entries(message.data.dataSets[0].observations).map(([key, arr]) => {
      const ids = Object.fromEntries(
        key.split(':').map((k, i) => [dims[i].id, dims[i].values[Number(k)].id]),
      );
      const attr = (id: string) => {
        const i = atts.findIndex((a) => a.id === id);
        const idx = arr[1 + i];
        return idx === null || idx === undefined ? undefined : atts[i].values[idx].id;
      };
      return { ids, value: arr[0], lower: attr('LOWER_BOUND'), upper: attr('UPPER_BOUND') };
    });
  }

  it.skipIf(!HAS_SHARED)(
    'UN IGME SDMX-JSON 1.0 (Kazakhstan, 2018 round): every observation, mid-year dates as years',
    () => {
      const text = sdmx(SDMX_CONVERTED[1]);
      const result = convertSdmx(text, {
        source,
        references: { KAZ: 'national' },
        periodsToYear: true,
      });
      const ind = result.document.indicators[0];
      const expected = decodeFlat(JSON.parse(text));
      expect(expected).toHaveLength(47);
      for (const o of expected) {
        const year = o.ids.TIME_PERIOD.slice(0, 4);
        expect(ind.references?.[0].values?.[year], year).toEqual({
          value: o.value,
          lower: Number(o.lower),
          upper: Number(o.upper),
        });
      }
      const months = convertSdmx(text, { source, references: { KAZ: 'national' } });
      expect(months.warnings.map((w) => w.code)).toContain('mid-year-dates');
    },
  );

  it.skipIf(!HAS_SHARED)(
    'UN IGME SDMX-JSON 1.0 (Afghanistan): one slice of 65 series, chosen with filters',
    () => {
      const text = sdmx(SDMX_CONVERTED[2]);
      const options: SdmxOptions = {
        source,
        references: { AFG: 'comparator' },
        periodsToYear: true,
      };
      expect(() => convertSdmx(text, options)).toThrow(
        /differ in SERIES_NAME .* and none is a total/,
      );
      const filter = { SERIES_NAME: '269', SERIES_YEAR: '2010', SEX: 'F' };
      const ind = convertSdmx(text, { ...options, filter }).document.indicators[0];
      const expected = decodeFlat(JSON.parse(text)).filter((o) =>
        Object.entries(filter).every(([d, v]) => o.ids[d] === v),
      );
      expect(expected).toHaveLength(11);
      for (const o of expected) {
        const got = ind.references?.[0].values?.[o.ids.TIME_PERIOD.slice(0, 4)];
        expect(valueOf(got)).toBe(o.value);
      }
    },
  );

  it.skipIf(!HAS_SHARED).each(SDMX_EXR)(
    '%s (ECB exchange rates) is read; its daily periods are refused precisely',
    (file) => {
      const text = sdmx(file);
      const table = readSdmx(text);
      // Independent check: every number in the message's observation arrays is read, once.
      const numbers = [...text.matchAll(/"\d+(?::\d+)?"\s*:\s*\[\s*([\d.]+)/g)]
        .map((m) => Number(m[1]))
        .sort();
      expect(table.observations.map((o) => o.value).sort()).toEqual(numbers);
      expect(table.observations.map((o) => o.key.CURRENCY).sort()).toEqual([
        'NZD',
        'NZD',
        'RUB',
        'RUB',
      ]);
      const options: SdmxOptions = {
        source,
        name,
        area: 'CURRENCY',
        references: { NZD: 'comparator', RUB: 'comparator' },
      };
      expect(problemsOf(() => convertSdmx(text, options))[0].message).toBe(
        '"2013-01-18" is a day; periods are years, school years (2019/2020), quarters (2023-Q1) or months (2023-04)',
      );
      expect(
        problemsOf(() => convertSdmx(text, { ...options, periodsToYear: true }))[0].message,
      ).toMatch(/^two values for reference nzd in 2013: /);
    },
  );

  it.skipIf(!HAS_SHARED)(
    'the legacy OECD.Stat message is read, and its conversion refused with the reason',
    () => {
      const text = sdmx(SDMX_READ_ONLY[0]);
      const table = readSdmx(text);
      const json = JSON.parse(text) as {
        dataSets: { observations: Record<string, [number, number | null]> }[];
      };
      expect(table.format).toBe('sdmx-json-legacy');
      expect(table.observations.map((o) => o.value)).toEqual(
        Object.values(json.dataSets[0].observations).map((o) => o[0]),
      );
      expect(table.observations.filter((o) => o.attributes.OBS_STATUS).length).toBe(3);
      expect(problemsOf(() => convertSdmx(text, { source, name }))).toEqual([
        {
          path: 'structure.dimensions',
          message:
            'this legacy OECD.Stat message (older than SDMX-JSON 1.0) has no time dimension (TIME_PERIOD)',
          hint: 'dimensions: LOCATION, IND, PER, GRD, FLD, MSR; name the time dimension: --period-column (option time), or give one period for all observations: --period (option period)',
        },
      ]);
    },
  );
});

function problemsOf(fn: () => ConvertResult) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConvertError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConvertError');
}
