// npm run build:maps: builds the TopoJSON maps in maps/ from the geokz boundaries in the shared
// folder (KZ_SHARED, default ../shared next to the repository). See maps/README.md for the recipe.
//
// One cleaned set of district (ADM2) edges is the source of every file: the three region layouts
// are dissolved from it in one mapshaper session, so they share their borders exactly.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { csvParse } from 'd3-dsv';
import { geoArea, geoContains } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { declaration } from './maps/declaration.mjs';
import { largestPolygon, poleOfInaccessibility } from './maps/label-point.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.KZ_SHARED ?? '../shared');
const geo = join(shared, 'geo');
const out = join(root, 'maps');

/**
 * Simplification (weighted Visvalingam, tolerance as a distance in metres) and quantization,
 * chosen by looking at the maps at 320 and 1200 px wide. The three cities of republican
 * significance and districts under 1,000 km² keep finer outlines so that their areas stay within
 * about 2 % of the source.
 */
const SETTINGS = {
  regions: { interval: 2000, cityInterval: 1000, quantization: 10000 },
  districts: { interval: 1000, smallInterval: 300, smallArea: 1e9, quantization: 10000 },
  labelDigits: 3,
};
const CITIES = ['KZ-71', 'KZ-75', 'KZ-79'];
/** Mean Earth radius (km) used for the reference areas: d3-geo areas are in steradians. */
const EARTH_RADIUS_KM = 6371.0088;
const SOUTH_KAZAKHSTAN = 'KZ-51';

const fail = (message) => {
  console.error(`build-maps: ${message}`);
  process.exit(1);
};

// ---------------------------------------------------------------------------------------------
// Names and the district -> region crosswalk

const ADM2 = join(geo, 'source/geokz/kaz_admbnda_adm2_2024.shp');
for (const file of [ADM2, join(geo, 'names.csv'), join(geo, 'adm2-to-region-2022.csv')]) {
  if (!existsSync(file)) fail(`missing ${file}; set KZ_SHARED to the shared folder`);
}

// names.csv calls South Kazakhstan KZ-YUZ (its former alpha code, later given to Turkistan);
// the project id is KZ-51, from its KATO prefix 51.
const projectId = (code) => (code === 'KZ-YUZ' ? SOUTH_KAZAKHSTAN : code);

const names = new Map(
  csvParse(readFileSync(join(geo, 'names.csv'), 'utf8'))
    .filter((row) => row.layouts !== '')
    .map((row) => [projectId(row.iso_code), row]),
);

const crosswalkText = readFileSync(join(geo, 'adm2-to-region-2022.csv'), 'utf8');
const crosswalk = csvParse(crosswalkText);
if (crosswalk.length !== 224) fail(`expected 224 crosswalk rows, got ${crosswalk.length}`);
for (const row of crosswalk) {
  if (row.region_2022 !== `KZ-${row.kato.slice(0, 2)}`) {
    fail(`${row.adm2_pcode}: region_2022 ${row.region_2022} does not match KATO ${row.kato}`);
  }
}

/** Layouts: the crosswalk column each is dissolved by and its expected unit count. */
const LAYOUTS = [
  { id: '2022', file: 'regions-2022', column: 'region_2022', count: 20 },
  { id: '2018', file: 'regions-2018', column: 'region_2018', count: 17 },
  { id: 'pre2018', file: 'regions-pre2018', column: 'region_pre2018', count: 16 },
];

// The join table: project ids, columns named as the district properties.
const joinTable = [
  'adm2_pcode,region_2022,region_2018,region_pre2018',
  ...crosswalk.map((row) =>
    [row.adm2_pcode, row.region_2022, row.region_2018_2022, projectId(row.region_pre2018)].join(
      ',',
    ),
  ),
].join('\n');

// Attribute errors in the geokz ADM2 table that geo/PROVENANCE.md documents, fixed here and
// listed in maps/README.md. Every other name is taken as it is.
const DISTRICT_NAME_FIXES = {
  KZ101010: { name_en: ['Zharasemey', 'Zhanasemey'] },
  // The first letter is a Latin A: a search for the Russian name would not find it.
  KZ113400: { name_ru: ['Aршалинский', 'Аршалинский'] },
  KZ331000: { name_kk: ['Талдыкорган', 'Талдықорған'], name_ru: ['Талдықорған', 'Талдыкорган'] },
  KZ791510: { name_ru: ['Енбекшинскийский', 'Енбекшинский'] },
  KZ791710: { name_ru: ['Каратаускийский', 'Каратауский'] },
};

// BGN/PCGN 1979 romanization of Kazakh, the system ISO 3166-2 uses for the names in names.csv.
// District names have no Latin form in the source: they get this transliteration of ADM2_KK.
// It is checked below against every region name in names.csv.
const ROMAN = Object.fromEntries(
  [
    'а=a ә=ä б=b в=v г=g ғ=gh д=d е=e ё=yo ж=zh з=z и=ī й=y к=k қ=q л=l м=m н=n ң=ng',
    'о=o ө=ö п=p р=r с=s т=t у=ū ұ=u ү=ü ф=f х=kh һ=h ц=ts ч=ch ш=sh щ=shch ъ=ʺ ы=y',
    'і=i ь=ʹ э=ė ю=yu я=ya',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => pair.split('=')),
);
function romanize(text) {
  let result = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const roman = ROMAN[lower];
    if (roman === undefined) result += char;
    else if (lower === char) result += roman;
    else result += roman.charAt(0).toUpperCase() + roman.slice(1);
  }
  return result;
}
for (const [id, row] of names) {
  if (romanize(row.name_kk) !== row.name_kk_latn) {
    fail(
      `romanization of ${id} "${row.name_kk}" gives "${romanize(row.name_kk)}", not "${row.name_kk_latn}"`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Geometry: one mapshaper session per detail level, from the same cleaned edges

const prelude = [
  `-i ${JSON.stringify(ADM2)} name=districts`,
  // Fills the tiny gaps and removes the tiny overlaps between districts (PROVENANCE.md §2.1).
  '-clean gap-fill-area=1km2',
  '-i crosswalk.csv name=crosswalk string-fields=adm2_pcode,region_2022,region_2018,region_pre2018',
  '-join crosswalk target=districts keys=ADM2_PCODE,adm2_pcode',
];
const dissolves = LAYOUTS.map(
  ({ id, column }) => `-dissolve ${column} + name=l${id} target=districts`,
);
const input = { 'crosswalk.csv': joinTable };
const run = (commands) => mapshaper.applyCommands(commands.join(' '), input);

// Unsimplified: reference areas and label points. GeoJSON in the pre-RFC 7946 winding that
// d3-geo expects (clockwise outer rings).
const full = await run([
  ...prelude,
  ...dissolves,
  '-dissolve + name=country target=districts',
  '-o format=geojson gj2008 precision=0.000001 target=districts,country,l2022,l2018,lpre2018',
]);
const read = (name) => JSON.parse(full[`${name}.json`]);

const isCity = CITIES.map((id) => `region_2022 == '${id}'`).join(' || ');
const simplifiedRegions = await run([
  ...prelude,
  `-simplify variable interval="${isCity} ? ${SETTINGS.regions.cityInterval} : ${SETTINGS.regions.interval}" keep-shapes`,
  ...dissolves,
  ...LAYOUTS.map(
    ({ id }) =>
      `-o target=l${id} format=topojson bbox quantization=${SETTINGS.regions.quantization} l${id}.json`,
  ),
]);
const simplifiedDistricts = await run([
  ...prelude,
  `-simplify variable interval="this.area < ${SETTINGS.districts.smallArea} ? ${SETTINGS.districts.smallInterval} : ${SETTINGS.districts.interval}" keep-shapes`,
  `-o target=districts format=topojson bbox quantization=${SETTINGS.districts.quantization} districts.json`,
]);

// ---------------------------------------------------------------------------------------------
// Properties

const km2 = (object) => geoArea(object) * EARTH_RADIUS_KM ** 2;
const round = (value, digits) => Number(value.toFixed(digits));

/** Label point of every unit of a layer: the pole of inaccessibility of its largest part. */
function labelsOf(name, key) {
  const labels = new Map();
  for (const unit of read(name).features) {
    const [lon, lat] = poleOfInaccessibility(largestPolygon(unit.geometry));
    labels.set(unit.properties[key], [
      round(lon, SETTINGS.labelDigits),
      round(lat, SETTINGS.labelDigits),
    ]);
  }
  return labels;
}

function regionProperties(id, label) {
  const row = names.get(id) ?? fail(`no names.csv row for ${id}`);
  return {
    name_en: row.name_en,
    name_kk: row.name_kk,
    name_kk_latn: row.name_kk_latn,
    name_ru: row.name_ru,
    type: row.type,
    kato: row.kato,
    label,
  };
}

function districtProperties(source, label) {
  const id = source.ADM2_PCODE;
  const properties = {
    name_en: source.ADM2_EN,
    name_kk: source.ADM2_KK,
    name_kk_latn: '',
    name_ru: source.ADM2_RU,
    type: 'district',
    kato: source.KATO,
    label,
    region_2022: source.region_2022,
    region_2018: source.region_2018,
    region_pre2018: source.region_pre2018,
  };
  for (const [key, [from, to]] of Object.entries(DISTRICT_NAME_FIXES[id] ?? {})) {
    if (properties[key] !== from) fail(`${id}.${key} is "${properties[key]}", expected "${from}"`);
    properties[key] = to;
  }
  properties.name_kk_latn = romanize(properties.name_kk);
  return properties;
}

/** Rewrites a mapshaper topology: one object `areas`, ids, properties in a fixed order. */
function finish(topology, objectName, idKey, propertiesOf) {
  const object = topology.objects[objectName];
  const geometries = object.geometries.map((geometry) => {
    const id = geometry.properties[idKey];
    return { type: geometry.type, arcs: geometry.arcs, id, properties: propertiesOf(id, geometry) };
  });
  geometries.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    type: 'Topology',
    bbox: topology.bbox.map((value) => round(value, 6)),
    transform: topology.transform,
    objects: { areas: { type: 'GeometryCollection', geometries } },
    arcs: topology.arcs,
  };
}

// ---------------------------------------------------------------------------------------------
// Build and check every file

const country = km2(read('country'));
const reference = {
  description:
    'Areas in km² of the unsimplified, cleaned source (spherical, mean Earth radius 6371.0088 km), for checking the simplified maps.',
  country: Math.round(country),
  layouts: {},
};
const outputs = [];

for (const layout of LAYOUTS) {
  const labels = labelsOf(`l${layout.id}`, layout.column);
  const topology = finish(
    JSON.parse(simplifiedRegions[`l${layout.id}.json`]),
    `l${layout.id}`,
    layout.column,
    (id) => regionProperties(id, labels.get(id) ?? fail(`no label point for ${id}`)),
  );
  reference.layouts[layout.id] = Object.fromEntries(
    read(`l${layout.id}`)
      .features.map((unit) => [unit.properties[layout.column], round(km2(unit), 1)])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  outputs.push({ ...layout, topology });
}

{
  const labels = labelsOf('districts', 'ADM2_PCODE');
  const sources = new Map(read('districts').features.map((f) => [f.properties.ADM2_PCODE, f]));
  const topology = finish(
    JSON.parse(simplifiedDistricts['districts.json']),
    'districts',
    'ADM2_PCODE',
    (id) => districtProperties(sources.get(id).properties, labels.get(id)),
  );
  reference.layouts.districts = Object.fromEntries(
    [...sources]
      .map(([id, unit]) => [id, round(km2(unit), 1)])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  outputs.push({ id: 'districts', file: 'districts-2024', count: 224, topology });
}

for (const { id, file, count, topology } of outputs) {
  const { geometries } = topology.objects.areas;
  if (geometries.length !== count) fail(`${file}: ${geometries.length} units, expected ${count}`);
  const union = km2(merge(topology, geometries));
  let sum = 0;
  for (const geometry of geometries) {
    const unit = feature(topology, geometry);
    sum += km2(unit);
    if (!geoContains(unit, geometry.properties.label)) {
      fail(`${file}: label point of ${geometry.id} lies outside it`);
    }
  }
  const gap = Math.abs(union - country) / country;
  const overlap = Math.abs(sum - union) / union;
  if (gap > 0.001 || overlap > 0.001) {
    fail(`${file}: union differs from the country by ${gap}, units overlap by ${overlap}`);
  }
  writeJson(file, topology, id);
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'reference-areas.json'), `${JSON.stringify(reference, null, 2)}\n`);

function writeJson(file, topology, layout) {
  mkdirSync(out, { recursive: true });
  const json = JSON.stringify(topology);
  writeFileSync(join(out, `${file}.json`), json);
  writeFileSync(join(out, `${file}.js`), `export default ${json};\n`);
  writeFileSync(join(out, `${file}.d.ts`), declaration(layout === 'districts'));
  const bytes = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).length;
  console.log(
    `maps/${file}.json  ${topology.objects.areas.geometries.length} units  ${(bytes / 1000).toFixed(1)} kB  gzip ${(gzip / 1000).toFixed(1)} kB`,
  );
}
