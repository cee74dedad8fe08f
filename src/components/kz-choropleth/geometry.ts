// Projected drawing of a layout at a width, computed once per layout and size: area paths, the
// interior mesh, the outline, city symbols and the points used for keyboard navigation. A period
// switch reuses it and only changes fills.
import type { LayoutId } from '../../data/types.js';
import {
  areaFeatures,
  countryShape,
  interiorMesh,
  outlineMesh,
  type AreaTopology,
} from '../../geo/features.js';
import { fitProjection, mapPath } from '../../geo/projection.js';
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

const shapes = new WeakMap<AreaTopology, ReturnType<typeof countryShape>>();

function country(topology: AreaTopology) {
  let shape = shapes.get(topology);
  if (!shape) {
    shape = countryShape(topology);
    shapes.set(topology, shape);
  }
  return shape;
}

/** Projects a layout's topology to a width. */
export function buildGeometry(
  layout: LayoutId,
  topology: AreaTopology,
  width: number,
  withCities: boolean,
): Geometry {
  const features = areaFeatures(topology);
  const { projection, height } = fitProjection(width, features, { padding: MAP_PADDING });
  const path = mapPath(projection, 1);
  const paths = new Map<string, string>();
  for (const f of features) paths.set(f.id, path(f));
  const cities =
    withCities && layout !== 'districts'
      ? citySymbols(cityPoints(features, projection), width, {
          height,
          inside: insideProjected(country(topology), projection),
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
    mesh: path(interiorMesh(topology)),
    regionMesh: layout === 'districts' ? path(interiorMesh(topology, 'region_2022')) : '',
    outline: path(outlineMesh(topology)),
    cities,
    nav,
    order: areaOrder(nav),
  };
}
