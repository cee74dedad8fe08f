import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MapLoadError,
  loadTopology,
  mapBase,
  setMapBase,
  topologyProblem,
  topologyUrl,
} from '../../src/geo/load-map.js';

const text = (file: string) =>
  readFileSync(new URL(`../../maps/${file}.json`, import.meta.url), 'utf8');
const mapsUrl = new URL('../../maps/', import.meta.url).href;

/** A fetch that serves the shipped maps by file name and counts its calls. */
function serveMaps(status = 200) {
  return vi.fn(async (url: string | URL | Request) => {
    const file = String(url)
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    return new Response(status === 200 ? text(file) : 'Not Found', { status });
  });
}

const globals = globalThis as { kzIndicators?: { mapBase?: unknown } };

afterEach(() => {
  setMapBase(null);
  delete globals.kzIndicators;
});

describe('topologyUrl(layout, base) and the map base', () => {
  it('defaults to the maps/ folder of the package', () => {
    expect(mapBase()).toBe(mapsUrl);
    expect(topologyUrl('2022')).toBe(`${mapsUrl}regions-2022.json`);
    expect(topologyUrl('districts')).toBe(`${mapsUrl}districts-2024.json`);
  });

  it('takes a base per call, adding the missing trailing slash', () => {
    expect(topologyUrl('2018', 'https://cdn.example/kz/maps')).toBe(
      'https://cdn.example/kz/maps/regions-2018.json',
    );
  });

  it('reads window.kzIndicators.mapBase at call time; setMapBase wins over it', () => {
    globals.kzIndicators = { mapBase: 'https://page.example/geo/' };
    expect(topologyUrl('pre2018')).toBe('https://page.example/geo/regions-pre2018.json');
    setMapBase('https://app.example/maps/');
    expect(topologyUrl('pre2018')).toBe('https://app.example/maps/regions-pre2018.json');
    expect(topologyUrl('pre2018', 'https://call.example/')).toBe(
      'https://call.example/regions-pre2018.json',
    );
    setMapBase(null);
    expect(mapBase()).toBe('https://page.example/geo/');
  });

  it('resolves a relative base against the page', () => {
    const page = globalThis as { document?: { baseURI: string } };
    page.document = { baseURI: 'https://site.example/reports/child-wellbeing.html' };
    try {
      setMapBase('assets/maps');
      expect(mapBase()).toBe('https://site.example/reports/assets/maps/');
      globals.kzIndicators = { mapBase: '/geo/' };
      setMapBase(null);
      expect(topologyUrl('2022')).toBe('https://site.example/geo/regions-2022.json');
    } finally {
      delete page.document;
    }
  });

  it('ignores a window setting that is not a non-empty string', () => {
    globals.kzIndicators = { mapBase: 42 };
    expect(mapBase()).toBe(mapsUrl);
    globals.kzIndicators = { mapBase: '' };
    expect(mapBase()).toBe(mapsUrl);
  });

  it('rejects an unknown layout', () => {
    expect(() => topologyUrl('2019' as never)).toThrow('unknown layout: "2019"');
  });
});

describe('loadTopology(layout, options)', () => {
  it('fetches and checks the map of a layout', async () => {
    const fetch = serveMaps();
    const topology = await loadTopology('2022', { base: 'https://one.example/', fetch });
    expect(fetch).toHaveBeenCalledWith('https://one.example/regions-2022.json', {
      credentials: 'same-origin',
    });
    expect(topology.objects.areas.geometries).toHaveLength(20);
  });

  it('downloads each map once per page, however many widgets ask', async () => {
    const fetch = serveMaps();
    const base = 'https://two.example/';
    const [a, b] = await Promise.all([
      loadTopology('2018', { base, fetch }),
      loadTopology('2018', { base, fetch }),
    ]);
    const c = await loadTopology('2018', { base, fetch });
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(fetch).toHaveBeenCalledTimes(1);
    await loadTopology('pre2018', { base, fetch });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects with kind "network" when the server cannot be reached, and retries later', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const base = 'https://three.example/';
    const error = await loadTopology('2022', { base, fetch: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MapLoadError);
    expect(error).toMatchObject({
      kind: 'network',
      url: 'https://three.example/regions-2022.json',
      message: 'could not reach https://three.example/regions-2022.json',
    });
    const fetch = serveMaps();
    await expect(loadTopology('2022', { base, fetch })).resolves.toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects with kind "http" and the status for an error response', async () => {
    const error = await loadTopology('districts', {
      base: 'https://four.example/',
      fetch: serveMaps(404),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'MapLoadError',
      kind: 'http',
      status: 404,
      message: 'HTTP 404 for https://four.example/districts-2024.json',
    });
  });

  it('rejects with kind "invalid" for a file that is not JSON', async () => {
    const fetch = vi.fn(async () => new Response('<!doctype html><title>Home</title>'));
    const error = await loadTopology('2022', { base: 'https://five.example/', fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      kind: 'invalid',
      message: 'https://five.example/regions-2022.json: not valid JSON',
    });
  });

  it('rejects with kind "invalid" for the map of another layout', async () => {
    const fetch = vi.fn(async () => new Response(text('regions-2018')));
    const error = await loadTopology('2022', { base: 'https://six.example/', fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      kind: 'invalid',
      message:
        'https://six.example/regions-2022.json: not the 2022 layout; missing KZ-10, KZ-33, KZ-62',
    });
  });
});

describe('topologyProblem(json, layout)', () => {
  const topology = JSON.parse(text('regions-pre2018')) as {
    objects: { areas: { geometries: Record<string, unknown>[] } };
  };

  it('accepts every shipped map for its layout', () => {
    expect(topologyProblem(topology, 'pre2018')).toBeNull();
    expect(topologyProblem(JSON.parse(text('districts-2024')), 'districts')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(topologyProblem(null, '2022')).toBe('not a TopoJSON topology');
    expect(topologyProblem({ type: 'FeatureCollection' }, '2022')).toBe('not a TopoJSON topology');
    expect(topologyProblem({ type: 'Topology', objects: {} }, '2022')).toBe(
      'the topology has no arcs',
    );
    expect(topologyProblem({ type: 'Topology', arcs: [], objects: { regions: {} } }, '2022')).toBe(
      'no GeometryCollection named "areas"',
    );
    const noId = structuredClone(topology);
    delete noId.objects.areas.geometries[3].id;
    expect(topologyProblem(noId, 'pre2018')).toBe('areas.geometries[3] has no id or no properties');
    expect(topologyProblem(topology, 'districts')).toBe(
      'not the districts layout; missing KZ101000, KZ101010, KZ101800, KZ103200, KZ103400 and 219 more; unexpected KZ-11, KZ-15, KZ-19, KZ-23, KZ-27 and 11 more',
    );
  });
});
