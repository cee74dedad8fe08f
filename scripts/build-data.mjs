// npm run build:data: builds the embedded real datasets in stories/data/ from ../shared/data
// (and the district polygons in ../shared/geo) with the project's own converters
// (src/convert), never with hand-typed numbers. Each dataset carries its source and licence from
// ../shared/data/PROVENANCE.md; stories/data/README.md is written from the same descriptions.
//
// Usage: node scripts/build-data.mjs [--out DIR] [--check]
//   --out DIR   write to DIR instead of stories/data
//   --check     write nothing; exit 1 and name the files that differ from the committed ones
// The shared folder defaults to ../shared next to the repository; KZ_SHARED overrides it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import mapshaper from 'mapshaper';
import { geoArea } from 'd3-geo';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = resolve(process.env.KZ_SHARED ?? join(root, '../shared'));
const args = process.argv.slice(2);
const check = args.includes('--check');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'stories/data');

function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}
if (!existsSync(join(shared, 'data/source'))) {
  fail(`no shared data at ${shared} (set KZ_SHARED to the folder that holds data/ and geo/)`);
}

// The converters are TypeScript: bundle them once with esbuild and load the bundle.
async function loadConverters() {
  const result = await build({
    stdin: {
      contents: [
        "export * from './src/convert/index.ts';",
        "export { validateIndicators } from './src/data/parse.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'kz-build-data-'));
  const file = join(dir, 'convert.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const convert = await loadConverters();
const read = (path) => readFileSync(join(shared, path), 'utf8');

// ---------------------------------------------------------------------------------------------
// Sources and licences (../shared/data/PROVENANCE.md)

const SDG_REPO = 'https://github.com/kazstat/sdg-data-kazstat';
const BNS_NAME = {
  en: 'Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan; Kazakhstan national SDG reporting platform',
  ru: 'Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан; национальная платформа отчётности по ЦУР',
  kk: 'Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы; ТДМ бойынша ұлттық есептілік платформасы',
};
// Licences in the three languages of the widgets, so that a Kazakh or Russian source line is
// whole (the terms themselves are stat.gov.kz's and the repository's).
const BNS_LICENCE = {
  en: 'BNS data: free reuse with a reference to the source (stat.gov.kz terms); repository kazstat/sdg-data-kazstat: MIT',
  ru: 'Данные БНС: свободное использование со ссылкой на источник (условия stat.gov.kz); репозиторий kazstat/sdg-data-kazstat: MIT',
  kk: 'ҰСБ деректері: дереккөзге сілтеме жасалған жағдайда еркін пайдалануға болады (stat.gov.kz шарттары); kazstat/sdg-data-kazstat репозиторийі: MIT',
};

/** Files of the national SDG platform: source path in the repository and the last commit. */
const SDG_FILES = {
  '3-2-1': { commit: '39a882710ba68db28dc1a725a3e790a0aaae46f1', date: '2021-04-12' },
  '1-2-1': { commit: '7ab8dada6a63dcb01904474655023efce6951fdf', date: '2024-09-11' },
  '3-1-2': { commit: 'a4241e4c6b725d98bf8ed52c35668d168920c48e', date: '2024-09-11' },
  '4-2-2': { commit: 'c3e8d258cf58013b62d1143c90f7d04ddafb0c32', date: '2020-12-19' },
  '3-7-2': { commit: '32da6816cbeb4e457732a78551ee964f845f18e3', date: '2024-09-11' },
  '2-2-1': { commit: 'c3e8d258cf58013b62d1143c90f7d04ddafb0c32', date: '2020-12-19' },
  '2-2-2': { commit: 'f8efe41fd5d0103629872ca8e24ef353484a4adb', date: '2021-01-28' },
  '16-9-1': { commit: 'f8efe41fd5d0103629872ca8e24ef353484a4adb', date: '2021-01-28' },
};
const bnsSource = (sdg) => ({
  name: BNS_NAME,
  url: `${SDG_REPO}/blob/${SDG_FILES[sdg].commit}/data/indicator_${sdg}.csv`,
  licence: BNS_LICENCE,
  date: SDG_FILES[sdg].date,
});

const WDI_COMMIT = '4ebec5a2273f531ba238a34dbe440394dc5a6c4b';
const wdiSource = (code, upstream) => ({
  name: {
    en: `World Bank, World Development Indicators (${code}); ${upstream.en}`,
    ru: `Всемирный банк, World Development Indicators (${code}); ${upstream.ru}`,
    kk: `Дүниежүзілік банк, World Development Indicators (${code}); ${upstream.kk}`,
  },
  url: `https://github.com/datasets/world-development-indicators/blob/${WDI_COMMIT}/indicators/${code}/data.csv`,
  licence: 'CC BY 4.0',
  date: '2026-07-01',
});
const IGME = {
  en: 'original source UN IGME (UNICEF, WHO, World Bank Group, UN DESA Population Division)',
  ru: 'первоисточник UN IGME (ЮНИСЕФ, ВОЗ, Группа Всемирного банка, Отдел народонаселения ДЭСВ ООН)',
  kk: 'бастапқы дереккөз UN IGME (ЮНИСЕФ, ДДҰ, Дүниежүзілік банк тобы, БҰҰ ЭӘМД Халық бөлімі)',
};
const UIS = {
  en: 'original source UNESCO Institute for Statistics',
  ru: 'первоисточник Институт статистики ЮНЕСКО',
  kk: 'бастапқы дереккөз ЮНЕСКО Статистика институты',
};

const UN_SOURCE = {
  name: 'UN General Assembly resolution A/RES/70/1 (2015), Goal 3, Target 3.2',
  url: 'https://undocs.org/A/RES/70/1',
  licence: { en: 'UN public document', ru: 'публичный документ ООН', kk: 'БҰҰ-ның жария құжаты' },
  date: '2015',
};
const ODK_SOURCE = {
  name: {
    en: 'Bureau of National Statistics, "Population by region" table, via Open Data Kazakhstan',
    ru: 'Бюро национальной статистики, таблица «Численность населения по регионам», через Open Data Kazakhstan',
    kk: 'Ұлттық статистика бюросы, «Өңірлер бойынша халық саны» кестесі, Open Data Kazakhstan арқылы',
  },
  url: 'https://github.com/open-data-kazakhstan/population-projections-by-regions/blob/1cc68b9feeab6e30696c30142230e182f02eac78/archive/kazpop.csv',
  licence: {
    en: 'ODC PDDL (Open Data Kazakhstan); BNS data: free reuse with a reference to the source',
    ru: 'ODC PDDL (Open Data Kazakhstan); данные БНС: свободное использование со ссылкой на источник',
    kk: 'ODC PDDL (Open Data Kazakhstan); ҰСБ деректері: дереккөзге сілтеме жасалған жағдайда еркін пайдалануға болады',
  },
  date: '2023-07-21',
};
const UNICEF_SOURCE = {
  name: 'UN IGME, UNICEF Data Warehouse (SDMX dataflow UNICEF,CME,1.0), as stored in unicef-drp/unicefData',
  url: 'https://github.com/unicef-drp/unicefData/blob/ff19578706b5dedca7969819113317c60fb0dbea/tests/fixtures/deterministic/CME_MRY0T4_all_2020.csv',
  licence: {
    en: 'unicefData repository: MIT; data: UN IGME estimates',
    ru: 'репозиторий unicefData: MIT; данные: оценки UN IGME',
    kk: 'unicefData репозиторийі: MIT; деректер: UN IGME бағалаулары',
  },
  date: '2026-02-14',
};
const GEOKZ_SOURCE = {
  name: 'Computed by kz-indicators from geokz district boundaries (2024) by Alexander Rodionov, based on OCHA/UNHCR COD-AB Kazakhstan',
  url: 'https://github.com/arodionoff/geokz',
  licence: {
    en: 'CC BY 4.0 (geokz); city outlines © OpenStreetMap contributors (ODbL)',
    ru: 'CC BY 4.0 (geokz); контуры городов © участники OpenStreetMap (ODbL)',
    kk: 'CC BY 4.0 (geokz); қала шекаралары © OpenStreetMap қатысушылары (ODbL)',
  },
  date: '2024-07-01',
};

// ---------------------------------------------------------------------------------------------
// Inputs read with the project's own reader

/** Unit labels of the national SDG platform code list (en / ru / kk). */
const codelist = new Map();
{
  const table = convert.readDelimited(read('data/source/regional/kazstat_sdg_codelists.csv'));
  for (const row of table.rows) {
    const [dimension, code, en, ru, kk] = row;
    codelist.set(`${dimension}:${code}`, { en, ru, kk });
  }
}
const unitFromCodelist = (code, en) => {
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
function sdgTarget(indicator) {
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

const warnings = [];
function run(label, fn, text, options) {
  try {
    const result = fn(text, options);
    for (const w of result.warnings) warnings.push(`${label}: ${convert.formatProblem(w)}`);
    return result.document.indicators[0];
  } catch (e) {
    if (e instanceof convert.ConvertError) fail(`${label}:\n${e.message}`);
    throw e;
  }
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
const regional = (sdg, options) =>
  run(sdgFile(sdg), convert.convertCsv, read(sdgFile(sdg)), { source: bnsSource(sdg), ...options });

const WDI_FILES = {
  'SH.DYN.MORT': 'data/source/national/wdi_sh_dyn_mort_kaz_and_comparators.csv',
  'SH.DYN.NMRT': 'data/source/national/wdi_sh_dyn_nmrt_kaz_and_comparators.csv',
  'SP.DYN.IMRT.IN': 'data/source/national/wdi_sp_dyn_imrt_in_kaz_and_comparators.csv',
  'SE.PRE.ENRR': 'data/source/national/wdi_se_pre_enrr_kaz_and_comparators.csv',
};
const IGME_LABEL = { en: 'UN IGME estimate', ru: 'оценка UN IGME', kk: 'UN IGME бағалауы' };
const UIS_LABEL = {
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
const withEcsNote = (notes) => ({
  en: `${notes.en} ${ECS_NOTE.en}`,
  ru: `${notes.ru} ${ECS_NOTE.ru}`,
  kk: `${notes.kk} ${ECS_NOTE.kk}`,
});
const labelWith = (area, what) => ({
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
function wdi(code, { keep, national, periods, what, upstream, ...options }) {
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

// ---------------------------------------------------------------------------------------------
// Regional indicators (BNS via the national SDG platform)

const PT = unitFromCodelist('PT', '%');
const lines = (...parts) => parts.join(' ');

const first = (ind, period) => ind.references?.find((r) => r.kind === 'national')?.values?.[period];

// Under-five mortality by region 2010-2019, with the national series, UN IGME comparators and the
// SDG target.
const u5mr = regional('3-2-1', {
  id: 'u5mr',
  name: {
    en: 'Under-five mortality rate',
    ru: 'Коэффициент смертности детей в возрасте до 5 лет',
    kk: '5 жасқа дейінгі балалар өлімінің коэффициенті',
  },
  unit: unitFromCodelist('PER_1000_LIVE_BIRTHS', 'per 1,000 live births'),
  better: 'lower',
  decimals: 1,
  targets: [sdgTarget('3.2.1')],
  definition: {
    en: 'Deaths of children before their fifth birthday per 1,000 live births (SDG indicator 3.2.1), from vital registration.',
    ru: 'Число детей, умерших в возрасте до 5 лет, на 1000 родившихся живыми (индикатор ЦУР 3.2.1), по данным регистрации актов гражданского состояния.',
    kk: '5 жасқа толмай қайтыс болған балалар саны, 1000 тірі туғанға шаққанда (ТДМ 3.2.1 көрсеткіші), азаматтық хал актілерін тіркеу деректері бойынша.',
  },
});
const igmeU5 = wdi('SH.DYN.MORT', {
  name: 'Under-five mortality rate (UN IGME)',
  keep: ['KAZ', 'WLD', 'ECS'],
  national: false,
  periods: '2010..2019',
  what: IGME_LABEL,
  upstream: IGME,
});
const kazIgme2019 = igmeU5.references.find((r) => r.id === 'kazakhstan').values['2019'];
// Order: the national series, the comparators, the target.
u5mr.references = [
  ...u5mr.references.filter((r) => r.kind !== 'target'),
  ...igmeU5.references.filter((r) => r.id !== 'kazakhstan'),
  ...u5mr.references.filter((r) => r.kind === 'target'),
];
u5mr.notes = withEcsNote({
  en: lines(
    'Regional and national values: Bureau of National Statistics (vital registration), published on the national SDG platform, which has no regional series after 2019.',
    `World and Europe & Central Asia: UN IGME modelled estimates as republished in the World Development Indicators, a different method (for Kazakhstan in 2019, UN IGME estimates ${kazIgme2019} against ${first(u5mr, '2019')} from the Bureau).`,
    '2010-2017 are on the boundaries before 2018 (South Kazakhstan), 2018-2019 on the 2018 boundaries (Turkistan region and Shymkent city).',
  ),
  ru: lines(
    'Значения по регионам и по стране: Бюро национальной статистики (регистрация актов гражданского состояния), национальная платформа отчётности по ЦУР; региональных данных после 2019 года на платформе нет.',
    `Мир и Европа и Центральная Азия: модельные оценки UN IGME из World Development Indicators, другой метод (для Казахстана в 2019 году UN IGME даёт ${kazIgme2019}, Бюро — ${first(u5mr, '2019')}).`,
    '2010-2017 годы — в границах до 2018 года (Южно-Казахстанская область), 2018-2019 — в границах 2018 года (Туркестанская область и город Шымкент).',
  ),
  kk: lines(
    'Өңірлер мен ел бойынша мәндер: Ұлттық статистика бюросы (азаматтық хал актілерін тіркеу), ТДМ бойынша ұлттық есептілік платформасы; платформада 2019 жылдан кейінгі өңірлік деректер жоқ.',
    `Әлем және Еуропа мен Орталық Азия: World Development Indicators жариялаған UN IGME модельдік бағалаулары, басқа әдіс (Қазақстан үшін 2019 жылы UN IGME ${kazIgme2019}, Бюро ${first(u5mr, '2019')}).`,
    '2010-2017 жылдар 2018 жылға дейінгі шекарада (Оңтүстік Қазақстан облысы), 2018-2019 жылдар 2018 жылғы шекарада (Түркістан облысы және Шымкент қаласы).',
  ),
});

// Poverty share by region 2010-2023 (all three layouts).
const povertyDecision = {
  en: 'For 2014-2017 the source has rows for South Kazakhstan and, for the same years, for Turkistan region and Shymkent city, which overlap. This dataset keeps South Kazakhstan for 2014-2017 so that every year is on one boundary layout (before 2018 until 2017, 2018 layout for 2018-2022, 2022 layout for 2023) and leaves out the Turkistan and Shymkent rows of those years.',
  ru: 'За 2014-2017 годы источник содержит строки Южно-Казахстанской области и, за те же годы, Туркестанской области и города Шымкент, которые перекрываются. В этом наборе за 2014-2017 годы оставлена Южно-Казахстанская область, чтобы каждый год был в одних границах (до 2018 года — по 2017 год, границы 2018 года — 2018-2022, границы 2022 года — 2023), а строки Туркестанской области и Шымкента за эти годы не включены.',
  kk: '2014-2017 жылдар үшін дереккөзде Оңтүстік Қазақстан облысының жолдары және сол жылдар үшін бір-бірімен қабаттасатын Түркістан облысы мен Шымкент қаласының жолдары бар. Бұл жинақта әр жыл бір шекарада болуы үшін 2014-2017 жылдарға Оңтүстік Қазақстан облысы қалдырылды (2017 жылға дейін 2018 жылға дейінгі шекара, 2018-2022 жылдары 2018 жылғы шекара, 2023 жылы 2022 жылғы шекара), ал сол жылдардағы Түркістан облысы мен Шымкенттің жолдары алынып тасталды.',
};
const poverty = regional('1-2-1', {
  id: 'poverty',
  name: {
    en: 'Population with income below the subsistence minimum',
    ru: 'Доля населения, имеющего доходы ниже величины прожиточного минимума',
    kk: 'Табысы ең төменгі күнкөріс деңгейінен төмен халықтың үлесі',
  },
  unit: PT,
  better: 'lower',
  decimals: 1,
  definition: {
    en: 'Share of the population living below the national poverty line (SDG indicator 1.2.1; national definition: income below the subsistence minimum).',
    ru: 'Доля населения, живущего ниже национальной черты бедности (индикатор ЦУР 1.2.1; национальное определение: доходы ниже величины прожиточного минимума).',
    kk: 'Ұлттық кедейлік шегінен төмен өмір сүретін халықтың үлесі (ТДМ 1.2.1 көрсеткіші; ұлттық анықтама: табысы ең төменгі күнкөріс деңгейінен төмен).',
  },
  layout: { '2014..2017': 'pre2018' },
  notes: {
    en: `${povertyDecision.en} The source does not state on which boundaries Almaty region, East Kazakhstan and Karaganda are counted in 2022.`,
    ru: `${povertyDecision.ru} Источник не указывает, в каких границах учтены Алматинская, Восточно-Казахстанская и Карагандинская области в 2022 году.`,
    kk: `${povertyDecision.kk} Дереккөз 2022 жылы Алматы, Шығыс Қазақстан және Қарағанды облыстарының қай шекарада есептелгенін көрсетпейді.`,
  },
});

// The break of 2018 in the poverty series: the boundaries change (South Kazakhstan is split) and
// the subsistence minimum, the poverty line of this indicator, is calculated by a new method from
// 1 January 2018. The platform's metadata for 1.2.1 says nothing of it, so the note says so.
poverty.breaks = {
  2018: {
    en: 'From 2018 the values are not comparable with earlier years: the boundaries change (South Kazakhstan is split into Turkistan region and Shymkent city), and from 1 January 2018 the subsistence minimum, the poverty line of this indicator, is calculated by a new method. The metadata of the source do not describe the break.',
    ru: 'С 2018 года значения несопоставимы с предыдущими годами: меняются границы (Южно-Казахстанская область разделена на Туркестанскую область и город Шымкент), а с 1 января 2018 года величина прожиточного минимума, служащая чертой бедности для этого показателя, рассчитывается по новой методике. Метаданные источника этот разрыв не описывают.',
    kk: '2018 жылдан бастап мәндер алдыңғы жылдармен салыстырылмайды: шекаралар өзгереді (Оңтүстік Қазақстан облысы Түркістан облысы мен Шымкент қаласына бөлінді), ал 2018 жылғы 1 қаңтардан бастап осы көрсеткіштің кедейлік шегі болып табылатын ең төменгі күнкөріс деңгейі жаңа әдістемемен есептеледі. Дереккөздің метадеректері бұл үзілісті сипаттамайды.',
  },
};

// Births attended by skilled health personnel 2010-2023: total, urban and rural.
const skilledName = {
  en: 'Births attended by skilled health personnel',
  ru: 'Доля родов, принятых квалифицированным медицинским персоналом',
  kk: 'Білікті медицина қызметкерлері қабылдаған босанулардың үлесі',
};
const skilled = (id, filter, suffix) =>
  regional('3-1-2', {
    id,
    name: suffix
      ? {
          en: `${skilledName.en}, ${suffix.en}`,
          ru: `${skilledName.ru}, ${suffix.ru}`,
          kk: `${skilledName.kk}, ${suffix.kk}`,
        }
      : skilledName,
    unit: PT,
    better: 'higher',
    decimals: 1,
    ...(filter ? { filter } : {}),
  });
const skilledBirth = skilled('skilled-birth');
const skilledUrban = skilled(
  'skilled-birth-urban',
  { URBANISATION: 'U' },
  { en: 'urban', ru: 'город', kk: 'қала' },
);
const skilledRural = skilled(
  'skilled-birth-rural',
  { URBANISATION: 'R' },
  { en: 'rural', ru: 'село', kk: 'ауыл' },
);
const above100 = (ind) =>
  Object.entries(ind.values).flatMap(([code, byPeriod]) =>
    Object.entries(byPeriod)
      .filter(([, v]) => typeof v === 'number' && v > 100)
      .map(([period, v]) => `${code} ${period}: ${v}`),
  );
const over = above100(skilledUrban);
const overNote = over.length
  ? {
      en: ` Values above 100 are published as such by the source and kept (${over.join('; ')}).`,
      ru: ` Значения выше 100 опубликованы источником и сохранены (${over.join('; ')}).`,
      kk: ` 100-ден жоғары мәндер дереккөзде солай жарияланған және сақталды (${over.join('; ')}).`,
    }
  : { en: '', ru: '', kk: '' };
const skilledNotes = {
  en: `2010-2017 on the boundaries before 2018, 2018-2021 on the 2018 boundaries, 2022-2023 on the 2022 boundaries.${overNote.en}`,
  ru: `2010-2017 годы — в границах до 2018 года, 2018-2021 — в границах 2018 года, 2022-2023 — в границах 2022 года.${overNote.ru}`,
  kk: `2010-2017 жылдар 2018 жылға дейінгі шекарада, 2018-2021 жылдар 2018 жылғы шекарада, 2022-2023 жылдар 2022 жылғы шекарада.${overNote.kk}`,
};
for (const ind of [skilledBirth, skilledUrban, skilledRural]) ind.notes = skilledNotes;
skilledRural.notes = {
  en: `${skilledNotes.en} The cities of Astana, Almaty and Shymkent have no rural values.`,
  ru: `${skilledNotes.ru} Для городов Астана, Алматы и Шымкент сельских значений нет.`,
  kk: `${skilledNotes.kk} Астана, Алматы және Шымкент қалалары үшін ауыл мәндері жоқ.`,
};

// Pre-school coverage (SDG 4.2.2) 2015-2019.
const preschool = regional('4-2-2', {
  id: 'preschool',
  name: {
    en: 'Children covered by pre-school preparation',
    ru: 'Доля детей, охваченных предшкольной подготовкой',
    kk: 'Мектепалды даярлықпен қамтылған балалардың үлесі',
  },
  unit: PT,
  better: 'higher',
  decimals: 1,
  definition: {
    en: 'Participation rate in organized learning one year before the official primary entry age (SDG indicator 4.2.2).',
    ru: 'Уровень участия в организованном обучении за год до официального возраста поступления в начальную школу (индикатор ЦУР 4.2.2).',
    kk: 'Бастауыш мектепке ресми түсу жасынан бір жыл бұрын ұйымдастырылған оқуға қатысу деңгейі (ТДМ 4.2.2 көрсеткіші).',
  },
});

// Adolescent birth rate (SDG 3.7.2), women aged 15-19, 2010-2023.
const adolescent = regional('3-7-2', {
  id: 'adolescent-births',
  name: {
    en: 'Adolescent birth rate, women aged 15-19',
    ru: 'Коэффициент рождаемости у девушек в возрасте 15-19 лет',
    kk: '15-19 жастағы қыздар арасындағы туу коэффициенті',
  },
  unit: {
    en: 'births per 1,000 women aged 15-19',
    ru: 'на 1000 женщин в возрасте 15-19 лет',
    kk: '15-19 жастағы 1000 әйелге шаққанда',
  },
  better: 'lower',
  decimals: 1,
  filter: { AGE: 'Y15T19' },
  notes: {
    en: 'The source has no rows for Abai, Jetisu and Ulytau in 2022-2023 and does not state on which boundaries Almaty region, East Kazakhstan and Karaganda are counted in those years.',
    ru: 'В источнике нет строк по областям Абай, Жетісу и Ұлытау за 2022-2023 годы, и не указано, в каких границах учтены Алматинская, Восточно-Казахстанская и Карагандинская области в эти годы.',
    kk: 'Дереккөзде 2022-2023 жылдарға Абай, Жетісу және Ұлытау облыстарының жолдары жоқ, сондай-ақ Алматы, Шығыс Қазақстан және Қарағанды облыстарының сол жылдары қай шекарада есептелгені көрсетілмеген.',
  },
});

// MICS-based series (2010 = MICS 2010-2011, 2015 = MICS 2015), pre-2018 boundaries.
const MICS_NOTE = {
  en: 'Multiple Indicator Cluster Surveys: 2010 is the 2010-2011 round, 2015 the 2015 round. Boundaries before 2018.',
  ru: 'Многоиндикаторные кластерные обследования (MICS): 2010 — раунд 2010-2011 годов, 2015 — раунд 2015 года. Границы до 2018 года.',
  kk: 'Көп индикаторлы кластерлік зерттеулер (MICS): 2010 — 2010-2011 жылдардағы раунд, 2015 — 2015 жылғы раунд. 2018 жылға дейінгі шекара.',
};
const stunting = regional('2-2-1', {
  id: 'stunting',
  name: {
    en: 'Stunting among children under 5 (moderate and severe)',
    ru: 'Задержка роста у детей в возрасте до 5 лет (умеренная и сильная степень)',
    kk: '5 жасқа дейінгі балалардың бойы өсуінің тежелуі (орташа және ауыр дәрежесі)',
  },
  unit: PT,
  better: 'lower',
  decimals: 1,
  filter: { SERIES: '_L_KZ_DD_MSD' },
  notes: MICS_NOTE,
});
const wasting = regional('2-2-2', {
  id: 'wasting',
  name: {
    en: 'Wasting among children under 5 (moderate and severe)',
    ru: 'Истощение у детей в возрасте до 5 лет (умеренная и сильная степень)',
    kk: '5 жасқа дейінгі балалардың арықтауы (орташа және ауыр дәрежесі)',
  },
  unit: PT,
  better: 'lower',
  decimals: 1,
  filter: { SERIES: '_L_KZ_DD_MSD' },
  notes: MICS_NOTE,
});
const overweight = regional('2-2-2', {
  id: 'overweight',
  name: {
    en: 'Overweight among children under 5 (moderate and severe)',
    ru: 'Избыточный вес у детей в возрасте до 5 лет (умеренная и сильная степень)',
    kk: '5 жасқа дейінгі балалардың артық салмағы (орташа және ауыр дәрежесі)',
  },
  unit: PT,
  better: 'lower',
  decimals: 1,
  filter: { SERIES: 'SN_STA_OVWGTN' },
  notes: MICS_NOTE,
});
const birthRegistration = regional('16-9-1', {
  id: 'birth-registration',
  name: {
    en: 'Children under 5 whose births have been registered',
    ru: 'Доля детей в возрасте до 5 лет, рождение которых зарегистрировано',
    kk: 'Туу тіркелген 5 жасқа дейінгі балалардың үлесі',
  },
  unit: PT,
  better: 'higher',
  decimals: 1,
  notes: MICS_NOTE,
});

// Population by region 2000-2023 (BNS table repackaged by Open Data Kazakhstan): the row
// "Туркестанская 1" is South Kazakhstan until 2016 (footnote 1 of the BNS table).
const population = run(
  'odk_bns_population_by_region_2000-2023.csv',
  convert.convertCsv,
  read('data/source/regional/odk_bns_population_by_region_2000-2023.csv'),
  {
    id: 'population',
    name: {
      en: 'Resident population at the beginning of the year',
      ru: 'Численность населения на начало года',
      kk: 'Жыл басындағы халық саны',
    },
    unit: { en: 'persons', ru: 'человек', kk: 'адам' },
    better: 'neutral',
    decimals: 0,
    source: ODK_SOURCE,
    areas: {
      'Туркестанская 1': [
        { code: 'KZ-51', periods: '..2016' },
        { code: 'KZ-61', periods: '2017..' },
      ],
    },
    notes: {
      en: 'The BNS table already splits South Kazakhstan into Turkistan region and Shymkent city from 2017 (its footnote: the Turkistan row is South Kazakhstan for 2000-2016), so 2017 is on the 2018 boundaries; 2022-2023 on the 2022 boundaries.',
      ru: 'Таблица Бюро разделяет Южно-Казахстанскую область на Туркестанскую область и город Шымкент уже с 2017 года (сноска: строка Туркестанской области за 2000-2016 годы — данные по Южно-Казахстанской области), поэтому 2017 год — в границах 2018 года; 2022-2023 — в границах 2022 года.',
      kk: 'Бюро кестесі Оңтүстік Қазақстан облысын 2017 жылдан бастап Түркістан облысы мен Шымкент қаласына бөледі (ескертпе: Түркістан облысының 2000-2016 жылдардағы жолы — Оңтүстік Қазақстан облысының деректері), сондықтан 2017 жыл 2018 жылғы шекарада; 2022-2023 жылдар 2022 жылғы шекарада.',
    },
  },
);

// ---------------------------------------------------------------------------------------------
// National series and comparators (World Development Indicators)

const IGME_NOTE = withEcsNote({
  en: 'UN IGME modelled estimates as republished in the World Development Indicators; they differ from the Bureau of National Statistics figures, which come from vital registration.',
  ru: 'Модельные оценки UN IGME из World Development Indicators; они отличаются от данных Бюро национальной статистики, основанных на регистрации актов гражданского состояния.',
  kk: 'World Development Indicators жариялаған UN IGME модельдік бағалаулары; олар азаматтық хал актілерін тіркеуге негізделген Ұлттық статистика бюросының деректерінен өзгеше.',
});
const nationalMortality = (code, id, name, target) => {
  const ind = wdi(code, {
    id,
    name,
    unit: unitFromCodelist('PER_1000_LIVE_BIRTHS', 'per 1,000 live births'),
    better: 'lower',
    decimals: 1,
    keep: ['KAZ', 'WLD', 'ECS', 'UMC'],
    national: true,
    periods: '1990..2024',
    what: IGME_LABEL,
    upstream: IGME,
    notes: IGME_NOTE,
    ...(target ? { targets: [sdgTarget(target)] } : {}),
  });
  return ind;
};
const u5mrNational = nationalMortality(
  'SH.DYN.MORT',
  'u5mr-igme',
  {
    en: 'Under-five mortality rate (UN IGME estimates)',
    ru: 'Коэффициент смертности детей в возрасте до 5 лет (оценки UN IGME)',
    kk: '5 жасқа дейінгі балалар өлімінің коэффициенті (UN IGME бағалаулары)',
  },
  '3.2.1',
);
const nmrNational = nationalMortality(
  'SH.DYN.NMRT',
  'nmr-igme',
  {
    en: 'Neonatal mortality rate (UN IGME estimates)',
    ru: 'Коэффициент неонатальной смертности (оценки UN IGME)',
    kk: 'Неонаталдық өлім коэффициенті (UN IGME бағалаулары)',
  },
  '3.2.2',
);
const imrNational = nationalMortality('SP.DYN.IMRT.IN', 'imr-igme', {
  en: 'Infant mortality rate (UN IGME estimates)',
  ru: 'Коэффициент младенческой смертности (оценки UN IGME)',
  kk: 'Нәресте өлімінің коэффициенті (UN IGME бағалаулары)',
});
const preprimary = wdi('SE.PRE.ENRR', {
  id: 'preprimary-enrolment',
  name: {
    en: 'Pre-primary school enrolment (gross)',
    ru: 'Охват дошкольным образованием (валовой)',
    kk: 'Мектепке дейінгі біліммен қамту (жалпы)',
  },
  unit: PT,
  better: 'higher',
  decimals: 1,
  keep: ['KAZ', 'WLD', 'ECS', 'UMC'],
  national: true,
  what: UIS_LABEL,
  upstream: UIS,
  notes: withEcsNote({
    en: 'Gross enrolment ratio: enrolment of any age as a share of the children of pre-primary age, so values above 100 are possible. Years without a value for Kazakhstan are gaps in the source.',
    ru: 'Валовой коэффициент охвата: число обучающихся любого возраста к численности детей дошкольного возраста, поэтому возможны значения выше 100. Годы без значения для Казахстана — пропуски в источнике.',
    kk: 'Жалпы қамту коэффициенті: кез келген жастағы білім алушылардың мектепке дейінгі жастағы балалар санына қатынасы, сондықтан 100-ден жоғары мәндер болуы мүмкін. Қазақстан үшін мәні жоқ жылдар дереккөздегі бос орындар.',
  }),
});

// UNICEF Data Warehouse SDMX-CSV, 2020 cross-section with uncertainty bounds.
const unicef2020 = run(
  'unicef_sdmx-csv_CME_MRY0T4_2020_KAZ_and_comparators.csv',
  convert.convertSdmx,
  read('data/source/sdmx/unicef_sdmx-csv_CME_MRY0T4_2020_KAZ_and_comparators.csv'),
  {
    id: 'u5mr-unicef-2020',
    name: {
      en: 'Under-five mortality rate, 2020 (UN IGME estimates with uncertainty bounds)',
      ru: 'Коэффициент смертности детей в возрасте до 5 лет, 2020 (оценки UN IGME с границами неопределённости)',
      kk: '5 жасқа дейінгі балалар өлімінің коэффициенті, 2020 (белгісіздік шектері бар UN IGME бағалаулары)',
    },
    better: 'lower',
    decimals: 1,
    source: UNICEF_SOURCE,
    references: {
      KAZ: { kind: 'national', id: 'kazakhstan', label: labelWith('KAZ', IGME_LABEL) },
      UNSDG_CENTRALASIA: { kind: 'comparator', id: 'central-asia' },
      UNICEF_ECA: { kind: 'comparator', id: 'unicef-eca' },
      WORLD: { kind: 'comparator', id: 'world' },
    },
    ignore: ['KGZ', 'TJK', 'TKM', 'UZB', 'UNICEF_ECARO', 'UNICEF_EECA', 'WB_UMI'],
    notes: {
      en: 'Lower and upper bounds of the UN IGME 90 % uncertainty interval as given by the UNICEF Data Warehouse.',
      ru: 'Нижняя и верхняя границы 90-процентного интервала неопределённости UN IGME по данным хранилища данных ЮНИСЕФ.',
      kk: 'ЮНИСЕФ деректер қоймасы берген UN IGME 90 пайыздық белгісіздік аралығының төменгі және жоғарғы шектері.',
    },
  },
);

// ---------------------------------------------------------------------------------------------
// District polygon areas (the only district-level series available: computed from geokz)

const EARTH_RADIUS_KM = 6371.0088;
async function districtAreas() {
  const adm2 = join(shared, 'geo/source/geokz/kaz_admbnda_adm2_2024.shp');
  const output = await mapshaper.applyCommands(
    `-i ${JSON.stringify(adm2)} -clean gap-fill-area=1km2 -o format=geojson gj2008 districts.json`,
  );
  const features = JSON.parse(output['districts.json']).features;
  const rows = features
    .map((f) => [f.properties.ADM2_PCODE, String(Math.round(geoArea(f) * EARTH_RADIUS_KM ** 2))])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const csv = convert.formatDelimited([['ADM2_PCODE', 'area_km2'], ...rows]);
  return run('kaz_admbnda_adm2_2024 (computed areas)', convert.convertCsv, csv, {
    id: 'district-area',
    name: { en: 'Area of the district', ru: 'Площадь района', kk: 'Аудан аумағы' },
    unit: { en: 'km²', ru: 'км²', kk: 'км²' },
    better: 'neutral',
    decimals: 0,
    period: '2024',
    columns: { area: 'ADM2_PCODE', value: 'area_km2' },
    level: 'district',
    source: GEOKZ_SOURCE,
    definition: {
      en: 'Area of each district polygon of the geokz 2024 boundaries, in square kilometres, on a sphere of radius 6371.0088 km, after filling the tiny gaps between polygons (mapshaper -clean gap-fill-area=1km2), rounded to whole km².',
      ru: 'Площадь каждого полигона района по границам geokz 2024 года в квадратных километрах на сфере радиусом 6371,0088 км после заполнения мелких зазоров между полигонами (mapshaper -clean gap-fill-area=1km2), округлённая до целых км².',
      kk: 'geokz 2024 жылғы шекаралары бойынша әр аудан полигонының ауданы, шаршы километрмен, радиусы 6371,0088 км сферада, полигондар арасындағы ұсақ саңылауларды толтырғаннан кейін (mapshaper -clean gap-fill-area=1km2), бүтін км²-ге дейін дөңгелектелген.',
    },
    notes: {
      en: 'Computed by this project, not an official statistic: lakes inside districts (Balkhash, the Kazakh part of the Aral Sea, Zaysan) are included, the Caspian Sea is not.',
      ru: 'Рассчитано в этом проекте, не официальная статистика: озёра внутри районов (Балхаш, казахстанская часть Аральского моря, Зайсан) включены, Каспийское море — нет.',
      kk: 'Осы жобада есептелген, ресми статистика емес: аудандар ішіндегі көлдер (Балқаш, Арал теңізінің Қазақстандағы бөлігі, Зайсан) қосылған, Каспий теңізі қосылмаған.',
    },
  });
}
const districts = await districtAreas();

// ---------------------------------------------------------------------------------------------
// The child well-being document: regional indicators by topic, with the national estimates and
// international comparators of UN IGME (via WDI) as companion indicators, each with its source.

const TOPICS = [
  { id: 'health', name: { en: 'Health', ru: 'Здоровье', kk: 'Денсаулық' } },
  { id: 'education', name: { en: 'Education', ru: 'Образование', kk: 'Білім беру' } },
  { id: 'poverty', name: { en: 'Poverty', ru: 'Бедность', kk: 'Кедейлік' } },
  { id: 'nutrition', name: { en: 'Nutrition', ru: 'Питание', kk: 'Тамақтану' } },
  { id: 'protection', name: { en: 'Protection', ru: 'Защита', kk: 'Қорғау' } },
];
/** A copy of a converted indicator with a topic (and companions), leaving the original as it is. */
const withTopic = (indicator, topic, extra = {}) => ({ ...indicator, topic, ...extra });

// Under-five mortality: the Bureau's regional and national rates and the SDG target; the UN IGME
// series (Kazakhstan, World, Europe & Central Asia) live in the companion indicator, so that each
// line keeps its own source and the two national series are never joined.
const u5mrIgmeCompanion = wdi('SH.DYN.MORT', {
  id: 'u5mr-igme',
  name: u5mrNational.name,
  unit: u5mrNational.unit,
  better: 'lower',
  decimals: 1,
  keep: ['KAZ', 'WLD', 'ECS'],
  national: true,
  periods: '2010..2024',
  what: IGME_LABEL,
  upstream: IGME,
  notes: IGME_NOTE,
});
const childWellbeing = {
  format: 'kz-indicators/1',
  topics: TOPICS,
  indicators: [
    withTopic(
      { ...u5mr, references: u5mr.references.filter((r) => r.kind !== 'comparator') },
      'health',
      { companions: ['u5mr-igme'] },
    ),
    withTopic(u5mrIgmeCompanion, 'health'),
    withTopic(nmrNational, 'health'),
    withTopic(skilledBirth, 'health'),
    withTopic(adolescent, 'health'),
    withTopic(preschool, 'education'),
    withTopic(preprimary, 'education'),
    withTopic(poverty, 'poverty'),
    withTopic(stunting, 'nutrition'),
    withTopic(birthRegistration, 'protection'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Files

const doc = (...indicators) => convert.mergeDocuments([{ indicators }]);
// Titles and sources of the files; periods, layouts, areas and reference series are listed in
// the README from the documents themselves.
const FILES = [
  {
    file: 'child-wellbeing.json',
    title:
      'Child well-being: the regional indicators by topic (health, education, poverty, nutrition, protection), with national UN IGME estimates and international comparators as companion indicators, and national-only series where no regional one exists',
    document: childWellbeing,
  },
  {
    file: 'child-wellbeing-regions.json',
    title:
      'Child well-being by region: several regional indicators in one document (the same indicators as the per-indicator files below)',
    document: doc(u5mr, poverty, skilledBirth, preschool, adolescent, stunting, birthRegistration),
  },
  {
    file: 'u5mr-regions.json',
    title:
      'Under-five mortality by region, with the national series, UN IGME comparators and the SDG target',
    document: doc(u5mr),
  },
  {
    file: 'poverty-regions.json',
    title: 'Population below the subsistence minimum by region (spans all three boundary layouts)',
    document: doc(poverty),
    decision: povertyDecision.en,
  },
  {
    file: 'skilled-birth-regions.json',
    title:
      'Births attended by skilled health personnel by region: total, urban and rural (values above 100 kept as published)',
    document: doc(skilledBirth, skilledUrban, skilledRural),
  },
  {
    file: 'preschool-regions.json',
    title: 'Children covered by pre-school preparation (SDG 4.2.2) by region',
    document: doc(preschool),
  },
  {
    file: 'adolescent-births-regions.json',
    title: 'Adolescent birth rate, women aged 15-19 (AGE=Y15T19), by region',
    document: doc(adolescent),
  },
  {
    file: 'mics-regions.json',
    title:
      'Kazakhstan MICS rounds (2010 = MICS 2010-2011): stunting, wasting, overweight and birth registration by region',
    document: doc(stunting, wasting, overweight, birthRegistration),
  },
  {
    file: 'population-regions.json',
    title:
      'Resident population by region ("Туркестанская 1" read as South Kazakhstan until 2016, per the footnote of the BNS table)',
    document: doc(population),
  },
  {
    file: 'child-mortality-national.json',
    title:
      'Under-five, neonatal and infant mortality: Kazakhstan and comparators (UN IGME estimates via WDI; reference series only, no regions)',
    document: doc(u5mrNational, nmrNational, imrNational),
  },
  {
    file: 'preprimary-national.json',
    title:
      'Pre-primary school enrolment (gross): Kazakhstan and comparators (reference series only)',
    document: doc(preprimary),
  },
  {
    file: 'u5mr-unicef-2020.json',
    title:
      'Under-five mortality with uncertainty bounds, converted from the UNICEF Data Warehouse SDMX-CSV (reference series only)',
    document: doc(unicef2020),
  },
  {
    file: 'districts-area.json',
    title:
      'Area of each district in km², computed by this project from the geokz district polygons (not an official statistic)',
    document: doc(districts),
  },
];

const stringify = convert.stringifyDocument;
const en = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));
/** `2010-2017` for consecutive years, else the list. */
function span(ids) {
  const years = ids.every((id) => /^\d{4}$/.test(id));
  const parts = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && years && Number(ids[i]) === Number(ids[i - 1]) + 1) continue;
    parts.push(i - 1 > start ? `${ids[start]}-${ids[i - 1]}` : ids[start]);
    start = i;
  }
  return parts.join(', ');
}
function describe(ind) {
  const out = [`- \`${ind.id}\`: ${en(ind.name)}${en(ind.unit) ? ` (${en(ind.unit)})` : ''}`];
  if (ind.topic) out.push(`  - Topic: ${ind.topic}.`);
  if (ind.companions)
    out.push(`  - Companions: ${ind.companions.map((c) => `\`${c}\``).join(', ')}.`);
  const periods = ind.periods.map((p) => p.id);
  out.push(`  - Periods: ${span(periods)}.`);
  const byLayout = new Map();
  for (const p of periods) {
    const l = ind.layouts[p];
    if (l) byLayout.set(l, [...(byLayout.get(l) ?? []), p]);
  }
  if (byLayout.size) {
    const parts = [...byLayout].map(([l, ps]) => {
      const areas = new Set(
        ps.flatMap((p) => Object.keys(ind.values).filter((a) => ind.values[a][p])),
      );
      return `${span(ps)}: layout ${l}, ${areas.size} areas`;
    });
    out.push(`  - Layouts: ${parts.join('; ')}.`);
  }
  for (const r of ind.references) {
    const what = r.value !== undefined ? '' : `, ${span(Object.keys(r.values))}`;
    out.push(
      `  - Reference (${r.kind}) \`${r.id}\`: ${en(r.label)}${what}${r.source ? `; source: ${en(r.source.name)}${r.source.licence ? ` (${en(r.source.licence)})` : ''}` : ''}.`,
    );
  }
  for (const [period, note] of Object.entries(ind.breaks ?? {}))
    out.push(`  - Break in series before ${period}: ${en(note)}`);
  const s = ind.source;
  out.push(
    `  - Source: ${en(s.name)}${s.date ? `, ${s.date}` : ''}. Licence: ${en(s.licence)}. <${s.url}>`,
  );
  return out.join('\n');
}
function readme(parsed) {
  const out = [
    '# Embedded real datasets',
    '',
    'Built by `npm run build:data` (scripts/build-data.mjs) from `../shared/data` and `../shared/geo`',
    'with the converters of this package (`kz-indicators/convert`); no number is typed by hand.',
    'Do not edit these files: change the script and run it again. A unit test checks that the files',
    'equal what the script produces. Provenance of every input: `../shared/data/PROVENANCE.md`.',
    '',
  ];
  for (const f of FILES) {
    out.push(`## ${f.file}`, '', `${f.title}.`, '');
    const topics = parsed.get(f.file).topics;
    if (topics)
      out.push(`Topics: ${topics.map((t) => `\`${t.id}\` (${en(t.name)})`).join(', ')}.`, '');
    if (f.decision) out.push(`Decision: ${f.decision}`, '');
    for (const ind of parsed.get(f.file).indicators) out.push(describe(ind));
    out.push('');
  }
  return out.join('\n');
}

// Every file must be a valid document (the references assembled above are checked here).
const parsed = new Map();
for (const f of FILES) {
  const v = convert.validateIndicators(f.document);
  if (!v.dataset)
    fail(`${f.file}:\n${v.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  for (const w of v.warnings) warnings.push(`${f.file}: ${w.path}: ${w.message}`);
  parsed.set(f.file, v.dataset);
}
const outputs = new Map(FILES.map((f) => [f.file, stringify(f.document)]));
outputs.set('README.md', readme(parsed));

for (const w of warnings) console.warn(`build-data: warning: ${w}`);
if (check) {
  const differ = [...outputs].filter(([file, text]) => {
    const path = join(outDir, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (differ.length)
    fail(`out of date: ${differ.map(([f]) => f).join(', ')} (run npm run build:data)`);
  console.log(`build-data: ${outputs.size} files up to date`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(join(outDir, file), text);
  console.log(`build-data: wrote ${outputs.size} files to ${outDir}`);
}
