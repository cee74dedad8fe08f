import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';

import type { AreaNames, DistrictNameRecord } from '../data/areas.js';

/** Properties of every unit in the shipped maps (see maps/README.md). */
export interface AreaProperties {
  name_en: string;
  /** Kazakh, Cyrillic script. */
  name_kk: string;
  /** Kazakh, Latin script (BGN/PCGN 1979, as ISO 3166-2 uses). */
  name_kk_latn: string;
  name_ru: string;
  type: 'region' | 'city' | 'district';
  /** KATO code, nine digits. */
  kato: string;
  /** [longitude, latitude] of a point inside the unit, for labels and city symbols. */
  label: [number, number];
  /** Districts only: the region that holds the district in each region layout. */
  region_2022?: string;
  region_2018?: string;
  region_pre2018?: string;
}

/** A shipped map: a TopoJSON topology with one object, `areas`. */
export type AreaTopology = Topology<{ areas: GeometryCollection<AreaProperties> }>;

/** One unit of a map as GeoJSON; `id` is the area id (`KZ-11`, `KZ101000`). */
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties> & { id: string };

/** The units of a map as GeoJSON features, in the file's order (sorted by id). */
export function areaFeatures(topology: AreaTopology): AreaFeature[] {
  return feature(topology, topology.objects.areas).features as AreaFeature[];
}

/**
 * Borders between units, each drawn once. With `by` (a district property such as
 * `region_2022`), only the borders between units whose values differ: the region borders of a
 * district map.
 */
export function interiorMesh(topology: AreaTopology, by?: keyof AreaProperties): MultiLineString {
  const value = (geometry: { properties?: unknown }) =>
    by === undefined ? undefined : (geometry.properties as AreaProperties | undefined)?.[by];
  return mesh(topology, topology.objects.areas, (a, b) =>
    by === undefined ? a !== b : a !== b && value(a) !== value(b),
  );
}

/** The country's outline (land borders and coasts) as lines. */
export function outlineMesh(topology: AreaTopology): MultiLineString {
  return mesh(topology, topology.objects.areas, (a, b) => a === b);
}

/** The whole country as one (multi)polygon: the union of all units. */
export function countryShape(topology: AreaTopology): MultiPolygon {
  return merge(topology, topology.objects.areas.geometries as Parameters<typeof merge>[1]);
}

/** The names a map carries, as the rows `registerDistrictNames` takes: code, en, kk, ru. */
export function districtNameRecords(topology: AreaTopology): DistrictNameRecord[] {
  return topology.objects.areas.geometries.map((g) => {
    const p = g.properties as AreaProperties;
    return [String(g.id), p.name_en, p.name_kk, p.name_ru] as const;
  });
}

/** Display names of an area: full, and short (without the generic word). */
export interface DisplayNames {
  names: Pick<AreaNames, 'en' | 'kk' | 'ru'>;
  shortNames: Pick<AreaNames, 'en' | 'kk' | 'ru'>;
}

const namesByMap = new WeakMap<AreaTopology, Map<string, DisplayNames>>();

/** The names a map carries, by id (a district's short name is its name). */
export function districtNamesOf(topology: AreaTopology): ReadonlyMap<string, DisplayNames> {
  let names = namesByMap.get(topology);
  if (!names) {
    names = new Map();
    for (const [id, en, kk, ru] of districtNameRecords(topology)) {
      const own = { en, kk, ru };
      if (en) names.set(id, { names: own, shortNames: own });
    }
    namesByMap.set(topology, names);
  }
  return names;
}
