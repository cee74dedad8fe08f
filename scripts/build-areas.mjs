// Builds src/data/areas.generated.ts, the registry of areas (regions, cities, districts) with
// their codes, names and name variants, from the shared geography and code lists:
//
//   ../shared/geo/names.csv                       regions: ISO codes, former alpha codes, KATO,
//                                                 names in en / kk / kk-Latn / ru, layouts
//   ../shared/geo/adm2-to-region-2022.csv         districts: P-code, KATO, en / ru names, region
//                                                 in each layout
//   ../shared/geo/source/geokz/kaz_admbnda_adm2_2024.dbf
//                                                 districts: Kazakh names (ADM2_KK)
//   ../shared/data/source/regional/kazstat_sdg_codelists.csv
//                                                 national SDG platform codes (REF_AREA) and
//                                                 their en / ru / kk labels, kept as name variants
//
// Usage: node scripts/build-areas.mjs [--check]   (--check fails if the committed file differs)
// The shared folder defaults to ../shared next to the repository; KZ_SHARED overrides it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

const root = new URL('../', import.meta.url);
const shared = process.env.KZ_SHARED
  ? new URL(`file://${process.env.KZ_SHARED.replace(/\/?$/, '/')}`)
  : new URL('../shared/', root);
const out = new URL('src/data/areas.generated.ts', root);

const read = (path) => readFileSync(new URL(path, shared), 'utf8');

// South Kazakhstan (before 2018-06-19) has no numeric ISO code. names.csv calls it KZ-YUZ, the
// alpha code that ISO later carried over to Turkistan Region; the project id is KZ-51, from its
// KATO prefix 51.
const SOUTH_KAZAKHSTAN = 'KZ-51';
const projectId = (code) => (code === 'KZ-YUZ' ? SOUTH_KAZAKHSTAN : code);

// National SDG platform codes that are not the former alpha code without its hyphen
// (../shared/data/PROVENANCE.md, section 0).
const SDG_SPECIAL = {
  KZNS: 'KZ-71',
  KZONT: SOUTH_KAZAKHSTAN,
  KZYUZ: 'KZ-61',
  KZABY: 'KZ-10',
  KZZHS: 'KZ-33',
  KZULU: 'KZ-62',
};

// Non-ISO alpha codes used by geokz for the 2022 regions (geo PROVENANCE, section 2.1).
const GEOKZ_ALPHA = { 'KZ-ABY': 'KZ-10', 'KZ-ZHT': 'KZ-33', 'KZ-ULT': 'KZ-62' };

// Usual spellings met in statistical tables, news and older documents (abbreviations of the press:
// ЗКО, ВКО, СКО, ЮКО and their Kazakh БҚО, ШҚО, СҚО, ОҚО; Soviet-era names), beyond the names in
// names.csv and the SDG platform labels. Generic words (region, oblast, city, область, облысы,
// г., қаласы ...) and the common Latin transliteration differences (q/k, zh/j, y/i, gh/g,
// diacritics, doubled letters) are handled by the matcher, so only true variants are listed.
const VARIANTS = {
  'KZ-10': ['Abay', 'Абайская'],
  'KZ-11': ['Akmolinskaya', 'Tselinograd'],
  'KZ-15': ['Aktyubinskaya', 'Aktyubinsk', 'Актюбинск'],
  'KZ-19': ['Almatinskaya', 'Алматинская'],
  'KZ-23': ['Atyrauskaya'],
  'KZ-27': ['Batys Kazakhstan', 'Zapadno-Kazakhstanskaya', 'Западный Казахстан', 'ЗКО', 'БҚО'],
  'KZ-31': ['Jambyl', 'Zhambyl', 'Zhambylskaya'],
  'KZ-33': ['Zhetysu', 'Zhetisu', 'Jetysu', 'Жетысу', 'Жетысуская', 'Жетісу'],
  'KZ-35': ['Karagandy', 'Karagandinskaya', 'Карагандинская'],
  'KZ-39': ['Kustanai', 'Kostanayskaya', 'Кустанайская'],
  'KZ-43': ['Kzyl-Orda', 'Kyzylordinskaya', 'Кзыл-Ординская', 'Кзыл-Орда', 'Кызыл-Орда'],
  'KZ-47': ['Mangistau', 'Mangistauskaya', 'Мангыстауская'],
  'KZ-55': ['Pavlodarskaya'],
  'KZ-59': ['Soltustik Kazakhstan', 'Severo-Kazakhstanskaya', 'Северный Казахстан', 'СКО', 'СҚО'],
  'KZ-61': ['Turkestan', 'Turkestanskaya', 'Туркестан'],
  'KZ-62': ['Ulytauskaya', 'Улытау'],
  'KZ-63': ['Shygys Kazakhstan', 'Vostochno-Kazakhstanskaya', 'Восточный Казахстан', 'ВКО', 'ШҚО'],
  'KZ-71': ['Nur-Sultan', 'Нур-Султан', 'Нұр-Сұлтан', 'Astana city', 'г. Астана', 'Астана қаласы'],
  'KZ-75': ['Almaty city', 'Alma-Ata', 'Алма-Ата', 'г. Алматы', 'Алматы қаласы', 'город Алматы'],
  'KZ-79': ['Shymkent city', 'Chimkent', 'Чимкент', 'г. Шымкент', 'Шымкент қаласы'],
  'KZ-51': [
    'Ontustik Kazakhstan',
    'Ongtustik Kazakhstan',
    'Yuzhno-Kazakhstanskaya',
    'Южный Казахстан',
    'ЮКО',
    'ОҚО',
  ],
};

// Latin letters that look like Cyrillic ones, as found in the source ("Aршалинский" starts
// with a Latin A; geokz writes "Солтүстiк" with a Latin i).
const LOOKALIKE = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  X: 'Х',
  x: 'х',
  y: 'у',
  i: 'і',
  I: 'І',
};
function cyrillic(text) {
  return /[\u0400-\u04ff]/.test(text) ? text.replace(/[A-Za-z]/g, (c) => LOOKALIKE[c] ?? c) : text;
}

/** Minimal dBASE III reader: the geokz .dbf files are UTF-8 (.cpg) with character fields. */
function readDbf(path) {
  const buf = readFileSync(new URL(path, shared));
  const count = buf.readUInt32LE(4);
  const headerLength = buf.readUInt16LE(8);
  const recordLength = buf.readUInt16LE(10);
  const fields = [];
  for (let at = 32, offset = 1; buf[at] !== 0x0d; at += 32) {
    const name = buf.toString('latin1', at, at + 11).replace(/\0.*$/s, '');
    const length = buf[at + 16];
    fields.push({ name, offset, length });
    offset += length;
  }
  const rows = [];
  for (let i = 0; i < count; i++) {
    const start = headerLength + i * recordLength;
    if (buf[start] === 0x2a) continue; // deleted record
    const row = {};
    for (const f of fields) {
      row[f.name] = buf.toString('utf8', start + f.offset, start + f.offset + f.length).trim();
    }
    rows.push(row);
  }
  return rows;
}

function fail(message) {
  console.error(`build-areas: ${message}`);
  process.exit(1);
}

// ---- regions ---------------------------------------------------------------------------------

const nameRows = csvParse(read('geo/names.csv'));
const regions = [];
for (const row of nameRows) {
  const layouts = row.layouts ? row.layouts.split(';') : [];
  if (!layouts.length) continue; // Baikonur: not a unit of any layout
  const code = projectId(row.iso_code);
  regions.push({
    code,
    kato: row.kato,
    type: row.type === 'city' ? 'city' : 'region',
    names: {
      en: row.name_en,
      kk: cyrillic(row.name_kk),
      kkLatn: row.name_kk_latn,
      ru: row.name_ru,
    },
    shortNames: { en: row.name_en_short },
    layouts: ['2022', '2018', 'pre2018'].filter((l) => layouts.includes(l)),
    // The former alpha code of South Kazakhstan (KZ-YUZ) now means Turkistan: it is not an alias.
    formerAlpha: code === SOUTH_KAZAKHSTAN ? undefined : row.iso_code_alpha_former || undefined,
    validFrom: row.valid_from || undefined,
    validTo: row.valid_to || undefined,
    sdg: [],
    variants: [...(VARIANTS[code] ?? [])],
  });
}
const regionByCode = new Map(regions.map((r) => [r.code, r]));
if (regions.length !== 21)
  fail(`expected 21 regions (20 + South Kazakhstan), got ${regions.length}`);

for (const [alpha, code] of Object.entries(GEOKZ_ALPHA)) regionByCode.get(code).geokzAlpha = alpha;

// SDG platform codes and labels.
const codelist = csvParse(read('data/source/regional/kazstat_sdg_codelists.csv')).filter(
  (row) => row.dimension === 'REF_AREA',
);
for (const row of codelist) {
  const code = SDG_SPECIAL[row.code] ?? `KZ-${row.code.slice(2)}`;
  const region =
    regionByCode.get(code) ?? regions.find((r) => r.formerAlpha === `KZ-${row.code.slice(2)}`);
  if (!region) fail(`SDG platform code ${row.code} matches no region`);
  region.sdg.push(row.code);
  for (const label of [row.label_en, row.label_ru, row.label_kk]) {
    if (label && !region.variants.includes(label)) region.variants.push(label);
  }
}
const missingSdg = regions.filter((r) => !r.sdg.length).map((r) => r.code);
if (missingSdg.length) fail(`regions without an SDG platform code: ${missingSdg.join(', ')}`);

// ---- districts -------------------------------------------------------------------------------

const dbf = new Map(
  readDbf('geo/source/geokz/kaz_admbnda_adm2_2024.dbf').map((r) => [r.ADM2_PCODE, r]),
);
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const districts = [];
const fixes = [];
for (const row of csvParse(read('geo/adm2-to-region-2022.csv'))) {
  const shape = dbf.get(row.adm2_pcode);
  if (!shape) fail(`district ${row.adm2_pcode} is missing from the .dbf`);
  let ru = cyrillic(row.adm2_name_ru);
  let kk = cyrillic(shape.ADM2_KK);
  // geokz swaps the Kazakh and Russian names of Taldykorgan: the Kazakh form has Kazakh letters.
  if (KAZAKH_LETTERS.test(ru) && !KAZAKH_LETTERS.test(kk)) {
    fixes.push(`${row.adm2_pcode}: kk/ru swapped (${kk} / ${ru})`);
    [kk, ru] = [ru, kk];
  }
  // Doubled suffix in geokz ("Енбекшинскийский", "Каратаускийский").
  if (/скийский$/.test(ru)) {
    fixes.push(`${row.adm2_pcode}: ${ru} -> ${ru.replace(/скийский$/, 'ский')}`);
    ru = ru.replace(/скийский$/, 'ский');
  }
  let en = row.adm2_name_en;
  const variants = [];
  // geokz misspells Zhanasemey (Жаңасемей) as Zharasemey; keep the source form as a variant.
  if (en === 'Zharasemey') {
    fixes.push(`${row.adm2_pcode}: Zharasemey -> Zhanasemey`);
    variants.push(en);
    en = 'Zhanasemey';
  }
  districts.push({
    code: row.adm2_pcode,
    kato: row.kato,
    names: { en, kk, ru },
    parents: {
      2022: projectId(row.region_2022),
      2018: projectId(row.region_2018_2022),
      pre2018: projectId(row.region_pre2018),
    },
    variants,
  });
}
if (districts.length !== 224) fail(`expected 224 districts, got ${districts.length}`);
for (const d of districts) {
  for (const parent of Object.values(d.parents)) {
    if (!regionByCode.has(parent)) fail(`district ${d.code}: unknown region ${parent}`);
  }
  // The compact rows below rely on these: KATO = P-code digits + 000, region = first 2 digits.
  if (`${d.code.slice(2)}000` !== d.kato) fail(`district ${d.code}: KATO ${d.kato} differs`);
  if (`KZ-${d.code.slice(2, 4)}` !== d.parents[2022]) fail(`district ${d.code}: region differs`);
}
// The region rows rely on these: KATO = the code's two digits + 0000000 (KZ-51, South
// Kazakhstan, from its KATO prefix), short name = name without "Region".
for (const r of regions) {
  if (`${r.code.slice(3)}0000000` !== r.kato) fail(`region ${r.code}: KATO ${r.kato} differs`);
  if (r.names.en.replace(/ Region$/, '') !== r.shortNames.en)
    fail(`region ${r.code}: short name ${r.shortNames.en} is not the name without "Region"`);
}

// ---- output ----------------------------------------------------------------------------------

const json = (value) => JSON.stringify(value);
const compact = (obj) =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
const lines = [
  '// Generated by scripts/build-areas.mjs from ../shared/geo/names.csv, ../shared/geo/adm2-to-region-2022.csv,',
  '// the geokz kaz_admbnda_adm2_2024.dbf (district names in Kazakh) and the national SDG platform code',
  '// list (../shared/data/source/regional/kazstat_sdg_codelists.csv). Do not edit by hand.',
  '// Boundaries and names: geokz by Alexander Rodionov (CC BY 4.0), based on OCHA/UNHCR COD-AB Kazakhstan.',
  ...fixes.map((f) => `// Source fix: ${f}`),
  "import type { RegionRecord, DistrictRecord } from './areas.js';",
  '',
  '/**',
  ' * The 20 current regions and cities, plus South Kazakhstan (KZ-51, before 2018). The KATO code is',
  ' * the two digits of the code + 0000000, the short English name the name without "Region".',
  ' */',
  '// prettier-ignore',
  'export const REGIONS: readonly RegionRecord[] = [',
  ...regions.map((r) => {
    const rec = compact({
      code: r.code,
      type: r.type,
      names: r.names,
      layouts: r.layouts,
      formerAlpha: r.formerAlpha,
      geokzAlpha: r.geokzAlpha,
      sdg: r.sdg,
      validFrom: r.validFrom,
      validTo: r.validTo,
      variants: r.variants,
    });
    return `  ${json(rec)},`;
  }),
  '];',
  '',
  '/**',
  " * The 224 districts of 2024 (geokz ADM2): P-code, then, when they differ, the region in 2018 ('' =",
  " * as in 2022) and before 2018 ('' = as in 2018). The KATO code is the P-code digits + 000; the",
  ' * region in 2022 is KZ- and the first two digits. Names are in district-names.generated.ts.',
  ' */',
  '// prettier-ignore',
  'export const DISTRICTS: readonly DistrictRecord[] = [',
  ...districts.map((d) => {
    const r2018 = d.parents[2018] === d.parents[2022] ? '' : d.parents[2018];
    const rPre = d.parents.pre2018 === d.parents[2018] ? '' : d.parents.pre2018;
    const row = [d.code, r2018, rPre];
    while (row.length > 1 && row.at(-1) === '') row.pop();
    return `  ${json(row)},`;
  }),
  '];',
  '',
];
const namesLines = [
  '// Generated by scripts/build-areas.mjs from ../shared/geo/adm2-to-region-2022.csv and the geokz',
  '// kaz_admbnda_adm2_2024.dbf (district names in Kazakh). Do not edit by hand.',
  '// Boundaries and names: geokz by Alexander Rodionov (CC BY 4.0), based on OCHA/UNHCR COD-AB Kazakhstan.',
  ...fixes.filter((f) => /^KZ\d{6}/.test(f)).map((f) => `// Source fix: ${f}`),
  "import type { DistrictNameRecord } from './areas.js';",
  '',
  '/** Names of the 224 districts: P-code, en, kk, ru, and variants when there are any. */',
  '// prettier-ignore',
  'export const DISTRICT_NAMES: readonly DistrictNameRecord[] = [',
  ...districts.map((d) => {
    const row = [d.code, d.names.en, d.names.kk, d.names.ru];
    if (d.variants?.length) row.push(d.variants);
    return `  ${json(row)},`;
  }),
  '];',
  '',
];
const text = lines.join('\n');
const namesText = namesLines.join('\n');
const namesOut = new URL('district-names.generated.ts', out);

if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  const currentNames = readFileSync(namesOut, 'utf8');
  if (current !== text || currentNames !== namesText)
    fail('src/data/areas.generated.ts is out of date: run node scripts/build-areas.mjs');
  console.log('build-areas: up to date');
} else {
  writeFileSync(out, text);
  writeFileSync(namesOut, namesText);
  console.log(
    `build-areas: ${regions.length} regions, ${districts.length} districts -> ${fileURLToPath(out)}`,
  );
}
