// The files written to stories/data: the child well-being document (regional indicators by topic
// with their national and international companions) and one document per subject, each with the
// title the README gives it.
import { convert } from './context.mjs';
import { IGME_LABEL, wdi } from './inputs.mjs';
import {
  adolescent,
  birthRegistration,
  overweight,
  population,
  poverty,
  povertyDecision,
  preschool,
  skilledBirth,
  skilledRural,
  skilledUrban,
  stunting,
  u5mr,
  wasting,
} from './regional.mjs';
import {
  IGME_NOTE,
  imrNational,
  nmrNational,
  preprimary,
  u5mrNational,
  unicef2020,
} from './national.mjs';
import { districts } from './districts.mjs';
import { IGME } from './sources.mjs';

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

const doc = (...indicators) => convert.mergeDocuments([{ indicators }]);
// Titles and sources of the files; periods, layouts, areas and reference series are listed in
// the README from the documents themselves.
export const FILES = [
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
