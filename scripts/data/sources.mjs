// Sources and licences of the embedded datasets, as ../shared/data/PROVENANCE.md gives them, in
// the three languages of the widgets where the source line is shown to readers.

export const SDG_REPO = 'https://github.com/kazstat/sdg-data-kazstat';
export const BNS_NAME = {
  en: 'Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan; Kazakhstan national SDG reporting platform',
  ru: 'Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан; национальная платформа отчётности по ЦУР',
  kk: 'Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы; ТДМ бойынша ұлттық есептілік платформасы',
};
// Licences in the three languages of the widgets, so that a Kazakh or Russian source line is
// whole (the terms themselves are stat.gov.kz's and the repository's).
export const BNS_LICENCE = {
  en: 'BNS data: free reuse with a reference to the source (stat.gov.kz terms); repository kazstat/sdg-data-kazstat: MIT',
  ru: 'Данные БНС: свободное использование со ссылкой на источник (условия stat.gov.kz); репозиторий kazstat/sdg-data-kazstat: MIT',
  kk: 'ҰСБ деректері: дереккөзге сілтеме жасалған жағдайда еркін пайдалануға болады (stat.gov.kz шарттары); kazstat/sdg-data-kazstat репозиторийі: MIT',
};

/** Files of the national SDG platform: source path in the repository and the last commit. */
export const SDG_FILES = {
  '3-2-1': { commit: '39a882710ba68db28dc1a725a3e790a0aaae46f1', date: '2021-04-12' },
  '1-2-1': { commit: '7ab8dada6a63dcb01904474655023efce6951fdf', date: '2024-09-11' },
  '3-1-2': { commit: 'a4241e4c6b725d98bf8ed52c35668d168920c48e', date: '2024-09-11' },
  '4-2-2': { commit: 'c3e8d258cf58013b62d1143c90f7d04ddafb0c32', date: '2020-12-19' },
  '3-7-2': { commit: '32da6816cbeb4e457732a78551ee964f845f18e3', date: '2024-09-11' },
  '2-2-1': { commit: 'c3e8d258cf58013b62d1143c90f7d04ddafb0c32', date: '2020-12-19' },
  '2-2-2': { commit: 'f8efe41fd5d0103629872ca8e24ef353484a4adb', date: '2021-01-28' },
  '16-9-1': { commit: 'f8efe41fd5d0103629872ca8e24ef353484a4adb', date: '2021-01-28' },
};
export const bnsSource = (sdg) => ({
  name: BNS_NAME,
  url: `${SDG_REPO}/blob/${SDG_FILES[sdg].commit}/data/indicator_${sdg}.csv`,
  licence: BNS_LICENCE,
  date: SDG_FILES[sdg].date,
});

export const WDI_COMMIT = '4ebec5a2273f531ba238a34dbe440394dc5a6c4b';
export const wdiSource = (code, upstream) => ({
  name: {
    en: `World Bank, World Development Indicators (${code}); ${upstream.en}`,
    ru: `Всемирный банк, World Development Indicators (${code}); ${upstream.ru}`,
    kk: `Дүниежүзілік банк, World Development Indicators (${code}); ${upstream.kk}`,
  },
  url: `https://github.com/datasets/world-development-indicators/blob/${WDI_COMMIT}/indicators/${code}/data.csv`,
  licence: 'CC BY 4.0',
  date: '2026-07-01',
});
export const IGME = {
  en: 'original source UN IGME (UNICEF, WHO, World Bank Group, UN DESA Population Division)',
  ru: 'первоисточник UN IGME (ЮНИСЕФ, ВОЗ, Группа Всемирного банка, Отдел народонаселения ДЭСВ ООН)',
  kk: 'бастапқы дереккөз UN IGME (ЮНИСЕФ, ДДҰ, Дүниежүзілік банк тобы, БҰҰ ЭӘМД Халық бөлімі)',
};
export const UIS = {
  en: 'original source UNESCO Institute for Statistics',
  ru: 'первоисточник Институт статистики ЮНЕСКО',
  kk: 'бастапқы дереккөз ЮНЕСКО Статистика институты',
};

export const UN_SOURCE = {
  name: 'UN General Assembly resolution A/RES/70/1 (2015), Goal 3, Target 3.2',
  url: 'https://undocs.org/A/RES/70/1',
  licence: { en: 'UN public document', ru: 'публичный документ ООН', kk: 'БҰҰ-ның жария құжаты' },
  date: '2015',
};
export const ODK_SOURCE = {
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
export const UNICEF_SOURCE = {
  name: 'UN IGME, UNICEF Data Warehouse (SDMX dataflow UNICEF,CME,1.0), as stored in unicef-drp/unicefData',
  url: 'https://github.com/unicef-drp/unicefData/blob/ff19578706b5dedca7969819113317c60fb0dbea/tests/fixtures/deterministic/CME_MRY0T4_all_2020.csv',
  licence: {
    en: 'unicefData repository: MIT; data: UN IGME estimates',
    ru: 'репозиторий unicefData: MIT; данные: оценки UN IGME',
    kk: 'unicefData репозиторийі: MIT; деректер: UN IGME бағалаулары',
  },
  date: '2026-02-14',
};
export const GEOKZ_SOURCE = {
  name: 'Computed by kz-indicators from geokz district boundaries (2024) by Alexander Rodionov, based on OCHA/UNHCR COD-AB Kazakhstan',
  url: 'https://github.com/arodionoff/geokz',
  licence: {
    en: 'CC BY 4.0 (geokz); city outlines © OpenStreetMap contributors (ODbL)',
    ru: 'CC BY 4.0 (geokz); контуры городов © участники OpenStreetMap (ODbL)',
    kk: 'CC BY 4.0 (geokz); қала шекаралары © OpenStreetMap қатысушылары (ODbL)',
  },
  date: '2024-07-01',
};
