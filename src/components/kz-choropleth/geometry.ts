// Projected drawing of a layout at a width, computed once per layout and size: area paths, the
// interior mesh, the outline, city symbols and the points used for keyboard navigation. A period
// switch reuses it and only changes fills.
import type { LayoutId } from '../../data/types.js';
import type { LineString, MultiLineString, MultiPolygon } from 'geojson';
import {
  areaFeatures,
  countryShape,
  interiorMesh,
  outlineMesh,
  type AreaFeature,
  type AreaTopology,
} from '../../geo/features.js';
import { fitToWidth, mapPath } from '../../geo/projection.js';
import { kzLinear, kzProjection, kzUnit } from '../../geo/conic.js';
import { arcExtent, projectTopology } from '../../geo/projected-topology.js';
import { cityPoints, citySymbols, insideProjected, type CitySymbol } from '../../geo/cities.js';
import { areaOrder, type NavPoint } from '../../geo/navigation.js';

/** Space around the country, in pixels. */
export const MAP_PADDING = 4;
/** Height / width of the fitted map without padding (all layouts share the outline). */
export const MAP_RATIO = 0.5604;

/** The height the map will take at a width, reserved while loading. */
export function reservedHeight(width: number): number {
  return Math.ceil(MAP_RATIO * (width - 2 * MAP_PADDING) + 2 * MAP_PADDING);
}

export interface Geometry {
  layout: LayoutId;
  width: number;
  height: number;
  /** Area ids in the map's order. */
  ids: string[];
  paths: Map<string, string>;
  /** Borders between units, each once. */
  mesh: string;
  /** District maps: the borders between regions (2022), drawn heavier. */
  regionMesh: string;
  outline: string;
  cities: CitySymbol[];
  /** Where each area sits for arrow-key navigation (city symbols for cities). */
  nav: NavPoint[];
  /** Reading order for Home and End: west to east. */
  order: string[];
}

/**
 * A map's shapes with their points through `kzUnit` (the costly part of the projection), which a
 * linear map takes to the pixels of any width. Features and meshes hold the points of the
 * projected arcs, not copies: a district map's adds little to its arcs.
 */
interface UnitMap {
  topology: AreaTopology;
  features: AreaFeature[];
  /** The corners of the extent of all points, which the linear map takes to its bounds. */
  corners: LineString;
  mesh: MultiLineString;
  outline: MultiLineString;
  /** District maps: the borders between regions. */
  regionMesh?: MultiLineString;
  /** The whole country, for keeping city symbols inside it. */
  country?: MultiPolygon;
}

// Once per topology: other widths project nothing again.
const unitMaps = new WeakMap<AreaTopology, UnitMap>();

function unitMap(topology: AreaTopology): UnitMap {
  let map = unitMaps.get(topology);
  if (!map) {
    const unit = projectTopology(topology, kzUnit);
    map = {
      topology: unit,
      features: areaFeatures(unit),
      corners: { type: 'LineString', coordinates: arcExtent(unit, unit.objects.areas) },
      mesh: interiorMesh(unit),
      outline: outlineMesh(unit),
    };
    unitMaps.set(topology, map);
  }
  return map;
}

/** Projects a layout's topology to a width. */
export function buildGeometry(
  layout: LayoutId,
  topology: AreaTopology,
  width: number,
  withCities: boolean,
): Geometry {
  const unit = unitMap(topology);
  const { features } = unit;
  // Fitted to the width as fitProjection fits: the linear map is monotone in x and y, so the
  // extent's corners give the bounds of all points, bit for bit.
  const { scale, translate, height } = fitToWidth(width, unit.corners, MAP_PADDING, kzLinear);
  const projection = kzProjection(scale, translate);
  const linear = kzLinear(scale, translate);
  const path = mapPath(linear, 1);
  const paths = new Map<string, string>();
  features.forEach((f) => paths.set(f.id, path(f)));
  const cities =
    withCities && layout !== 'districts'
      ? citySymbols(cityPoints(features, projection), width, {
          height,
          inside: insideProjected((unit.country ??= countryShape(unit.topology)), linear),
        })
      : [];
  const cityAt = new Map(cities.map((c) => [c.id, c]));
  const nav: NavPoint[] = features.map((f) => {
    const city = cityAt.get(f.id);
    if (city) return { id: f.id, x: city.x, y: city.y };
    const [x, y] = projection(f.properties.label);
    return { id: f.id, x, y };
  });
  return {
    layout,
    width,
    height,
    ids: features.map((f) => f.id),
    paths,
    mesh: path(unit.mesh),
    regionMesh:
      layout === 'districts'
        ? path((unit.regionMesh ??= interiorMesh(unit.topology, 'region_2022')))
        : '',
    outline: path(unit.outline),
    cities,
    nav,
    order: areaOrder(nav),
  };
}

// Drawings per topology, layout, width and city symbols, shared by every map on the page and
// kept across unmounting: a map mounted again, or a second map of the same size, projects nothing.
const drawings = new WeakMap<AreaTopology, Map<string, Geometry>>();

/** `buildGeometry`, once per topology, layout, width and city symbols. */
export function geometryFor(
  layout: LayoutId,
  topology: AreaTopology,
  width: number,
  withCities: boolean,
): Geometry {
  let byKey = drawings.get(topology);
  if (!byKey) drawings.set(topology, (byKey = new Map()));
  // A map file holds one layout: the topology stands for it.
  const key = `${width}${withCities}`;
  let geometry = byKey.get(key);
  if (!geometry) {
    geometry = buildGeometry(layout, topology, width, withCities);
    // A page resized through many widths keeps the latest few.
    if (byKey.size > 7) byKey.clear();
    byKey.set(key, geometry);
  }
  return geometry;
}
