// What the indicators are made from, read with the project's own reader: the unit labels of the
// national SDG platform's code list, the SDG target 3.2 thresholds, the platform's regional files
// and the World Development Indicators files of Kazakhstan and its comparators.
import { convert, fail, read, run } from './context.mjs';
import { bnsSource, UN_SOURCE, wdiSource } from './sources.mjs';

/** Unit labels of the national SDG platform code list (en / ru / kk). */
const codelist = new Map();
{
  const table = convert.readDelimited(read('data/source/regional/kazstat_sdg_codelists.csv'));
  for (const row of table.rows) {
    const [dimension, code, en, ru, kk] = row;
    codelist.set(`${dimension}:${code}`, { en, ru, kk });
  }
}
export const unitFromCodelist = (code, en) => {
  const labels = codelist.get(`UNIT_MEASURE:${code}`);
  if (!labels) fail(`no unit ${code} in the code list`);
  return { en, ru: labels.ru, kk: labels.kk };
};

/** SDG target 3.2 thresholds, from national/sdg_target_3-2_thresholds.csv. */
const thresholds = new Map();
{
  const table = convert.readDelimited(read('data/source/national/sdg_target_3-2_thresholds.csv'));
  const col = (name) => table.header.indexOf(name);
  for (const row of table.rows) {
    const value = convert.parseCell(row[col('threshold_value')]);
    const year = convert.parseCell(row[col('target_year')]);
    if (value.kind !== 'number' || year.kind !== 'number')
      fail(`bad threshold row: ${row.join(',')}`);
    thresholds.set(row[col('sdg_indicator')], {
      value: value.value,
      year: year.value,
      target: row[col('sdg_target')],
    });
  }
}
export function sdgTarget(indicator) {
  const t = thresholds.get(indicator);
  if (!t) fail(`no SDG threshold for ${indicator}`);
  return {
    id: 'sdg-target',
    value: t.value,
    year: t.year,
    label: {
      en: `SDG target ${t.target}: ${t.value} or lower by ${t.year}`,
      ru: `Задача ЦУР ${t.target}: не выше ${t.value} к ${t.year} году`,
      kk: `ТДМ ${t.target} міндеті: ${t.year} жылға қарай ${t.value} немесе одан төмен`,
    },
    source: UN_SOURCE,
  };
}
const sdgFile = (sdg) => {
  const names = {
    '3-2-1': 'kazstat_sdg_3-2-1_under5_mortality_by_region_2010-2019.csv',
    '1-2-1': 'kazstat_sdg_1-2-1_poverty_national_line_by_region_2010-2023.csv',
    '3-1-2': 'kazstat_sdg_3-1-2_skilled_birth_attendance_by_region_2010-2023.csv',
    '4-2-2': 'kazstat_sdg_4-2-2_organized_learning_by_region_2015-2019.csv',
    '3-7-2': 'kazstat_sdg_3-7-2_adolescent_birth_rate_by_region_2010-2023.csv',
    '2-2-1': 'kazstat_sdg_2-2-1_stunting_mics_by_region_2010_2015.csv',
    '2-2-2': 'kazstat_sdg_2-2-2_wasting_overweight_mics_by_region_2010_2015.csv',
    '16-9-1': 'kazstat_sdg_16-9-1_birth_registration_mics_by_region_2010_2015.csv',
  };
  return `data/source/regional/${names[sdg]}`;
};
export const regional = (sdg, options) =>
  run(sdgFile(sdg), convert.convertCsv, read(sdgFile(sdg)), { source: bnsSource(sdg), ...options });

const WDI_FILES = {
  'SH.DYN.MORT': 'data/source/national/wdi_sh_dyn_mort_kaz_and_comparators.csv',
  'SH.DYN.NMRT': 'data/source/national/wdi_sh_dyn_nmrt_kaz_and_comparators.csv',
  'SP.DYN.IMRT.IN': 'data/source/national/wdi_sp_dyn_imrt_in_kaz_and_comparators.csv',
  'SE.PRE.ENRR': 'data/source/national/wdi_se_pre_enrr_kaz_and_comparators.csv',
};
export const IGME_LABEL = { en: 'UN IGME estimate', ru: 'оценка UN IGME', kk: 'UN IGME бағалауы' };
export const UIS_LABEL = {
  en: 'UIS via WDI',
  ru: 'ЮНЕСКО (UIS) через WDI',
  kk: 'ЮНЕСКО (UIS), WDI арқылы',
};
const AREA_LABELS = {
  KAZ: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
  WLD: { en: 'World', ru: 'Мир', kk: 'Әлем' },
  ECS: {
    en: 'Europe & Central Asia',
    ru: 'Европа и Центральная Азия',
    kk: 'Еуропа және Орталық Азия',
  },
  UMC: {
    en: 'Upper middle income countries',
    ru: 'Страны с доходом выше среднего',
    kk: 'Табысы орташадан жоғары елдер',
  },
};
// WDI's "Europe & Central Asia" (ECS) is the World Bank region of all income levels: said in the
// notes of every indicator that carries it, so that nobody reads it as UNICEF's region.
const ECS_NOTE = {
  en: "Europe & Central Asia is the World Bank's region of all income levels, which includes Western Europe; it is not UNICEF's Europe and Central Asia region.",
  ru: 'Европа и Центральная Азия — регион Всемирного банка со всеми уровнями дохода, включающий Западную Европу; это не регион ЮНИСЕФ «Европа и Центральная Азия».',
  kk: 'Еуропа және Орталық Азия — Батыс Еуропаны қамтитын, табыс деңгейі әртүрлі барлық елдерден тұратын Дүниежүзілік банк өңірі; бұл ЮНИСЕФ-тің «Еуропа және Орталық Азия» өңірі емес.',
};
export const withEcsNote = (notes) => ({
  en: `${notes.en} ${ECS_NOTE.en}`,
  ru: `${notes.ru} ${ECS_NOTE.ru}`,
  kk: `${notes.kk} ${ECS_NOTE.kk}`,
});
export const labelWith = (area, what) => ({
  en: `${AREA_LABELS[area].en} (${what.en})`,
  ru: `${AREA_LABELS[area].ru} (${what.ru})`,
  kk: `${AREA_LABELS[area].kk} (${what.kk})`,
});
const REFERENCE_IDS = {
  KAZ: 'kazakhstan',
  WLD: 'world',
  ECS: 'europe-central-asia',
  UMC: 'upper-middle-income',
};
const WDI_AREAS = ['KAZ', 'WLD', 'ECS', 'ECA', 'UMC', 'KGZ', 'TJK', 'TKM', 'UZB'];

/** A WDI file as an indicator whose series are all reference series. */
export function wdi(code, { keep, national, periods, what, upstream, ...options }) {
  const source = wdiSource(code, upstream);
  const references = {};
  for (const area of keep) {
    references[area] = {
      kind: area === 'KAZ' && national ? 'national' : 'comparator',
      id: REFERENCE_IDS[area],
      label: labelWith(area, what),
      source,
    };
  }
  return run(WDI_FILES[code], convert.convertCsv, read(WDI_FILES[code]), {
    source,
    references,
    ignore: WDI_AREAS.filter((a) => !keep.includes(a)),
    periods,
    ...options,
  });
}

/** Percent, with its Russian and Kazakh labels from the code list. */
export const PT = unitFromCodelist('PT', '%');
