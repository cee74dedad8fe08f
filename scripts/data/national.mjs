// National series and international comparators: UN IGME and UIS estimates via the World
// Development Indicators, and the UNICEF Data Warehouse's SDMX-CSV with uncertainty bounds.
import { convert, read, run } from './context.mjs';
import {
  IGME_LABEL,
  labelWith,
  PT,
  sdgTarget,
  UIS_LABEL,
  unitFromCodelist,
  wdi,
  withEcsNote,
} from './inputs.mjs';
import { IGME, UIS, UNICEF_SOURCE } from './sources.mjs';

export const IGME_NOTE = withEcsNote({
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
export const u5mrNational = nationalMortality(
  'SH.DYN.MORT',
  'u5mr-igme',
  {
    en: 'Under-five mortality rate (UN IGME estimates)',
    ru: 'Коэффициент смертности детей в возрасте до 5 лет (оценки UN IGME)',
    kk: '5 жасқа дейінгі балалар өлімінің коэффициенті (UN IGME бағалаулары)',
  },
  '3.2.1',
);
export const nmrNational = nationalMortality(
  'SH.DYN.NMRT',
  'nmr-igme',
  {
    en: 'Neonatal mortality rate (UN IGME estimates)',
    ru: 'Коэффициент неонатальной смертности (оценки UN IGME)',
    kk: 'Неонаталдық өлім коэффициенті (UN IGME бағалаулары)',
  },
  '3.2.2',
);
export const imrNational = nationalMortality('SP.DYN.IMRT.IN', 'imr-igme', {
  en: 'Infant mortality rate (UN IGME estimates)',
  ru: 'Коэффициент младенческой смертности (оценки UN IGME)',
  kk: 'Нәресте өлімінің коэффициенті (UN IGME бағалаулары)',
});
export const preprimary = wdi('SE.PRE.ENRR', {
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
export const unicef2020 = run(
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
