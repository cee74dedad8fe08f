import type { LayoutId } from '../data/types.js';
import { districtNameRecords, type AreaTopology } from './features.js';
import { registerDistrictNames } from '../data/areas.js';
import { mapLayout } from './layouts.js';
import { configuredMapBase, maxBytes } from '../config.js';
import { fetchCapped } from '../data/read-capped.js';

/** Why a map could not be had: the server could not be reached, it answered with an error
 * status, the file is larger than the page's cap, or it is not a kz-indicators map for that
 * layout. */
export type MapLoadErrorKind = 'network' | 'http' | 'invalid' | 'too-large' | 'address';

export class MapLoadError extends Error {
  constructor(
    readonly kind: MapLoadErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MapLoadError';
  }
}

// The build rewrites this literal for dist/, where the maps sit next to the modules.
const DEFAULT_BASE = new URL('../../maps/', import.meta.url).href;

let pageBase: string | null = null;
// The page's one cache of maps: one request per map URL for the whole page (a failed load is
// forgotten so that a retry refetches), and the maps that have arrived, for synchronous reuse (a
// layout switch back to a loaded map draws without a loading flash).
const byUrl = new Map<string, Promise<AreaTopology>>();
const arrived = new Map<string, AreaTopology>();

/** The map at `url` if it has already arrived on this page, else undefined. */
export function loadedTopology(url: string): AreaTopology | undefined {
  return arrived.get(url);
}

const FOLDER_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** The folder as an absolute URL ending in `/`; a MapLoadError of kind `address` if it is none. */
function absolute(base: string | URL): string {
  const document = (globalThis as { document?: { baseURI?: string } }).document;
  let url: URL | null = null;
  try {
    url = new URL(String(base), document?.baseURI ?? DEFAULT_BASE);
  } catch {
    // Not a URL: reported below.
  }
  if (!url || !FOLDER_SCHEMES.has(url.protocol)) {
    const text = String(base).slice(0, 200);
    throw new MapLoadError('address', `"${text}" is not an http(s) folder for the maps`, text);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Sets the folder that maps load from for the whole page (absolute, or relative to the page);
 * `null` restores the default. A `base` passed to `loadTopology` still wins.
 */
export function setMapBase(base: string | URL | null): void {
  pageBase = base === null ? null : absolute(base);
}

/**
 * The folder maps load from now: `setMapBase`, else the page's setting (`window.kzIndicators.mapBase`
 * or the `kz-indicators-map-base` meta element, read at each call, so a page can set it before or
 * after loading the library), else `maps/` beside this package's modules.
 */
export function mapBase(): string {
  return pageBase ?? configuredMapBase() ?? DEFAULT_BASE;
}

export interface LoadTopologyOptions {
  /** Folder to load from for this call only. */
  base?: string | URL;
  /** Fetch implementation (tests, service workers); default the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * The URL a layout's map loads from, with the current base; throws a MapLoadError of kind
 * `address` when the base is not an http(s) or file folder.
 */
export function topologyUrl(layout: LayoutId, base?: string | URL): string {
  return new URL(`${mapLayout(layout).file}.json`, base ? absolute(base) : mapBase()).href;
}

/**
 * Loads the TopoJSON map of a layout, once per URL for the whole page. Rejects with a
 * `MapLoadError` whose `kind` says what went wrong.
 */
export function loadTopology(
  layout: LayoutId,
  options: LoadTopologyOptions = {},
): Promise<AreaTopology> {
  let url: string;
  try {
    url = topologyUrl(layout, options.base);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = byUrl.get(url);
  if (!pending) {
    const fetcher = options.fetch ?? globalThis.fetch;
    pending = (async () => {
      const text = await fetchCapped(url, fetcher, maxBytes('map'), MapLoadError);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new MapLoadError('invalid', `${url}: not valid JSON`, url, undefined, error);
      }
      const problem = topologyProblem(json, layout);
      if (problem) throw new MapLoadError('invalid', `${url}: ${problem}`, url);
      const topology = json as AreaTopology;
      // District names travel with the district map: once it is here, data and sparklines on
      // the page can name districts too.
      if (layout === 'districts') registerDistrictNames(districtNameRecords(topology));
      arrived.set(url, topology);
      return topology;
    })();
    byUrl.set(url, pending);
    pending.catch(() => byUrl.delete(url));
  }
  return pending;
}

const DISTRICT_NAMES = ['name_en', 'name_kk', 'name_ru'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `json` is not a map of `layout` (a TopoJSON topology whose object `areas` holds exactly
 * the layout's units, each with an id and properties), or `null` when it is one.
 */
export function topologyProblem(json: unknown, layout: LayoutId): string | null {
  if (!isObject(json) || json.type !== 'Topology') return 'not a TopoJSON topology';
  if (!Array.isArray(json.arcs)) return 'the topology has no arcs';
  const areas = isObject(json.objects) ? json.objects.areas : undefined;
  if (!isObject(areas) || areas.type !== 'GeometryCollection' || !Array.isArray(areas.geometries)) {
    return 'no GeometryCollection named "areas"';
  }
  const seen = new Set<string>();
  for (const [index, geometry] of (areas.geometries as unknown[]).entries()) {
    if (!isObject(geometry) || typeof geometry.id !== 'string' || !isObject(geometry.properties)) {
      return `areas.geometries[${index}] has no id or no properties`;
    }
    // District names come from the map itself, in the three languages the widgets speak.
    const unnamed = DISTRICT_NAMES.find((key) => {
      const name = (geometry.properties as Record<string, unknown>)[key];
      return typeof name !== 'string' || !name.trim();
    });
    if (layout === 'districts' && unnamed) {
      return `areas.geometries[${index}] (${geometry.id}) has no ${unnamed}`;
    }
    seen.add(geometry.id);
  }
  const { ids } = mapLayout(layout);
  const missing = ids.filter((id) => !seen.has(id));
  const extra = [...seen].filter((id) => !ids.includes(id));
  if (missing.length || extra.length) {
    const list = (codes: string[]) =>
      codes.slice(0, 5).join(', ') + (codes.length > 5 ? ` and ${codes.length - 5} more` : '');
    return [
      `not the ${layout} layout`,
      missing.length ? `missing ${list(missing)}` : '',
      extra.length ? `unexpected ${list(extra)}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return null;
}
