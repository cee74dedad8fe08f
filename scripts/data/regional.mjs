// The regional indicators of the Bureau of National Statistics, from the national SDG platform's
// files (and the BNS population table repackaged by Open Data Kazakhstan), with their notes and
// the decisions taken where the source is ambiguous.
import { convert, read, run } from './context.mjs';
import {
  IGME_LABEL,
  PT,
  regional,
  sdgTarget,
  unitFromCodelist,
  wdi,
  withEcsNote,
} from './inputs.mjs';
import { IGME, ODK_SOURCE } from './sources.mjs';

const lines = (...parts) => parts.join(' ');

const first = (ind, period) => ind.references?.find((r) => r.kind === 'national')?.values?.[period];

// Under-five mortality by region 2010-2019, with the national series, UN IGME comparators and the
// SDG target.
export const u5mr = regional('3-2-1', {
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
export const povertyDecision = {
  en: 'For 2014-2017 the source has rows for South Kazakhstan and, for the same years, for Turkistan region and Shymkent city, which overlap. This dataset keeps South Kazakhstan for 2014-2017 so that every year is on one boundary layout (before 2018 until 2017, 2018 layout for 2018-2022, 2022 layout for 2023) and leaves out the Turkistan and Shymkent rows of those years.',
  ru: 'За 2014-2017 годы источник содержит строки Южно-Казахстанской области и, за те же годы, Туркестанской области и города Шымкент, которые перекрываются. В этом наборе за 2014-2017 годы оставлена Южно-Казахстанская область, чтобы каждый год был в одних границах (до 2018 года — по 2017 год, границы 2018 года — 2018-2022, границы 2022 года — 2023), а строки Туркестанской области и Шымкента за эти годы не включены.',
  kk: '2014-2017 жылдар үшін дереккөзде Оңтүстік Қазақстан облысының жолдары және сол жылдар үшін бір-бірімен қабаттасатын Түркістан облысы мен Шымкент қаласының жолдары бар. Бұл жинақта әр жыл бір шекарада болуы үшін 2014-2017 жылдарға Оңтүстік Қазақстан облысы қалдырылды (2017 жылға дейін 2018 жылға дейінгі шекара, 2018-2022 жылдары 2018 жылғы шекара, 2023 жылы 2022 жылғы шекара), ал сол жылдардағы Түркістан облысы мен Шымкенттің жолдары алынып тасталды.',
};
export const poverty = regional('1-2-1', {
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
export const skilledBirth = skilled('skilled-birth');
export const skilledUrban = skilled(
  'skilled-birth-urban',
  { URBANISATION: 'U' },
  { en: 'urban', ru: 'город', kk: 'қала' },
);
export const skilledRural = skilled(
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
export const preschool = regional('4-2-2', {
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
export const adolescent = regional('3-7-2', {
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
export const stunting = regional('2-2-1', {
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
export const wasting = regional('2-2-2', {
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
export const overweight = regional('2-2-2', {
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
export const birthRegistration = regional('16-9-1', {
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
export const population = run(
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
