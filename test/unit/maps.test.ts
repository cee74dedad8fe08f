// The shipped maps in maps/, checked as built and committed (no access to the source folder).
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { LayoutId } from '../../src/data/types.js';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import { areaFeatures, type AreaTopology } from '../../src/geo/features.js';
import { topologyProblem } from '../../src/geo/load-map.js';

const mapsDir = new URL('../../maps/', import.meta.url);
const EARTH_RADIUS_KM = 6371.0088;
const layouts: LayoutId[] = ['2022', '2018', 'pre2018', 'districts'];

const read = (file: string): AreaTopology =>
  JSON.parse(readFileSync(new URL(`${file}.json`, mapsDir), 'utf8')) as AreaTopology;
const topologies = Object.fromEntries(
  layouts.map((id) => [id, read(MAP_LAYOUTS[id].file)]),
) as Record<LayoutId, AreaTopology>;
const reference = JSON.parse(readFileSync(new URL('reference-areas.json', mapsDir), 'utf8')) as {
  country: number;
  layouts: Record<LayoutId, Record<string, number>>;
};

/** Area in km² of some units of a layout, from the built file. */
function km2(layout: LayoutId, ...ids: string[]): number {
  const topology = topologies[layout];
  return ids.reduce((sum, id) => {
    const geometry = topology.objects.areas.geometries.find((g) => g.id === id);
    if (!geometry) throw new Error(`${id} not in ${layout}`);
    return sum + geoArea(feature(topology, geometry)) * EARTH_RADIUS_KM ** 2;
  }, 0);
}
const unionKm2 = (layout: LayoutId) => {
  const topology = topologies[layout];
  return (
    geoArea(merge(topology, topology.objects.areas.geometries as never)) * EARTH_RADIUS_KM ** 2
  );
};
const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe.each(layouts)('maps for layout %s', (layout) => {
  const topology = topologies[layout];
  const { ids, count, file } = MAP_LAYOUTS[layout];
  const geometries = topology.objects.areas.geometries;

  it(`${file}.json holds exactly the ${count} units of the layout, sorted by id`, () => {
    expect(geometries).toHaveLength(count);
    expect(geometries.map((g) => g.id)).toEqual([...ids]);
    expect(topologyProblem(topology, layout)).toBeNull();
    expect(Object.keys(topology.objects)).toEqual(['areas']);
  });

  it('gives every unit names in en, kk, kk-Latn and ru, a type, a KATO code and a label', () => {
    for (const { id, properties: p } of areaFeatures(topology)) {
      for (const name of [p.name_en, p.name_kk, p.name_kk_latn, p.name_ru]) {
        expect(name, `${id}`).toMatch(/\S/);
      }
      // Cyrillic names without Latin look-alike letters, so that a search finds them.
      expect(p.name_kk, `${id} name_kk`).toMatch(/^[^A-Za-z]+$/);
      expect(p.name_ru, `${id} name_ru`).toMatch(/^[^A-Za-z]+$/);
      expect(p.name_kk_latn, `${id} name_kk_latn`).toMatch(/^[^\u0400-\u04ff]+$/);
      expect(p.type).toBe(layout === 'districts' ? 'district' : id >= 'KZ-71' ? 'city' : 'region');
      expect(p.kato).toMatch(/^\d{9}$/);
      expect(p.kato.slice(0, layout === 'districts' ? 6 : 2)).toBe(id.replace(/^KZ-?/, ''));
      expect(p.label).toHaveLength(2);
    }
  });

  it('places every label point inside its unit', () => {
    for (const area of areaFeatures(topology)) {
      expect(geoContains(area, area.properties.label), area.id).toBe(true);
    }
  });

  it('covers the country: the union equals the source outline within 0.1 %', () => {
    expect(relative(unionKm2(layout), reference.country)).toBeLessThan(0.001);
  });

  it('has no overlaps: the units add up to their union within 0.1 %', () => {
    const sum = km2(layout, ...ids);
    expect(relative(sum, unionKm2(layout))).toBeLessThan(0.001);
  });

  it('keeps the area of every unit within 2.5 % of the unsimplified source', () => {
    for (const id of ids) {
      expect(relative(km2(layout, id), reference.layouts[layout][id]), id).toBeLessThan(0.025);
    }
  });

  it('ships an ES module equal to the JSON file', async () => {
    const module = (await import(`../../maps/${file}.js`)) as { default: unknown };
    expect(module.default).toEqual(topology);
  });
});

describe('region layouts fit together', () => {
  // The three region files share their borders, so the areas agree to rounding.
  const tight = 1e-9;

  it('Abai + East Kazakhstan (2022) equals East Kazakhstan (2018)', () => {
    expect(relative(km2('2022', 'KZ-10', 'KZ-63'), km2('2018', 'KZ-63'))).toBeLessThan(tight);
  });

  it('Jetisu + Almaty Region (2022) equals Almaty Region (2018)', () => {
    expect(relative(km2('2022', 'KZ-33', 'KZ-19'), km2('2018', 'KZ-19'))).toBeLessThan(tight);
  });

  it('Ulytau + Karaganda (2022) equals Karaganda (2018)', () => {
    expect(relative(km2('2022', 'KZ-62', 'KZ-35'), km2('2018', 'KZ-35'))).toBeLessThan(tight);
  });

  it('Turkistan + Shymkent (2018) equals South Kazakhstan KZ-51 (pre2018)', () => {
    expect(relative(km2('2018', 'KZ-61', 'KZ-79'), km2('pre2018', 'KZ-51'))).toBeLessThan(tight);
  });

  it('units that did not change are identical in every layout', () => {
    const unchanged = MAP_LAYOUTS.pre2018.ids.filter((id) => id !== 'KZ-51');
    for (const id of unchanged.filter((id) => !['KZ-19', 'KZ-35', 'KZ-63'].includes(id))) {
      expect(km2('2022', id), id).toBe(km2('2018', id));
    }
    for (const id of unchanged) expect(km2('2018', id), id).toBe(km2('pre2018', id));
  });

  it('the districts of each region add up to the region (within 2.5 %: finer outlines)', () => {
    const districts = areaFeatures(topologies.districts);
    for (const layout of ['2022', '2018', 'pre2018'] as const) {
      const key = `region_${layout}` as const;
      for (const id of MAP_LAYOUTS[layout].ids) {
        const members = districts.filter((d) => d.properties[key] === id).map((d) => d.id);
        expect(members.length, `${layout} ${id}`).toBeGreaterThan(0);
        expect(relative(km2('districts', ...members), km2(layout, id)), id).toBeLessThan(0.025);
      }
    }
  });
});

describe('districts-2024', () => {
  const districts = areaFeatures(topologies.districts);
  // How the 2018 and pre-2018 regions were split (decrees of 2018-06-19 and 2022-05-04).
  const to2018: Record<string, string> = { 'KZ-10': 'KZ-63', 'KZ-33': 'KZ-19', 'KZ-62': 'KZ-35' };
  const toPre2018: Record<string, string> = { 'KZ-61': 'KZ-51', 'KZ-79': 'KZ-51' };

  it('gives every district its region in each layout, as the crosswalk assigns them', () => {
    for (const { id, properties: p } of districts) {
      expect(p.region_2022, id).toBe(`KZ-${id.slice(2, 4)}`);
      expect(p.region_2018, id).toBe(to2018[p.region_2022!] ?? p.region_2022);
      expect(p.region_pre2018, id).toBe(toPre2018[p.region_2018!] ?? p.region_2018);
      expect(MAP_LAYOUTS['2022'].ids).toContain(p.region_2022);
      expect(MAP_LAYOUTS['2018'].ids).toContain(p.region_2018);
      expect(MAP_LAYOUTS.pre2018.ids).toContain(p.region_pre2018);
    }
  });

  it('counts the districts of the new regions as the 2022 decree lists them', () => {
    const count = (region: string) => districts.filter((d) => d.properties.region_2022 === region);
    expect(count('KZ-10')).toHaveLength(12); // Abai: 10 districts + Semey, Kurchatov
    expect(count('KZ-33')).toHaveLength(10); // Jetisu: 8 districts + Taldykorgan, Tekeli
    expect(count('KZ-62')).toHaveLength(5); // Ulytau: 2 districts + 3 cities
  });

  it('carries the name fixes documented in the provenance notes', () => {
    const names = (id: string) => districts.find((d) => d.id === id)!.properties;
    expect(names('KZ101010').name_en).toBe('Zhanasemey');
    expect(names('KZ331000')).toMatchObject({ name_kk: 'Талдықорған', name_ru: 'Талдыкорган' });
    expect(names('KZ791510').name_ru).toBe('Енбекшинский');
    expect(names('KZ791710').name_ru).toBe('Каратауский');
    expect(names('KZ113400').name_ru).toBe('\u0410ршалинский'); // Cyrillic А, not Latin A
    expect(districts.filter((d) => /скийский$/.test(d.properties.name_ru))).toEqual([]);
  });

  it('romanizes Kazakh names with BGN/PCGN 1979', () => {
    const latn = (id: string) => districts.find((d) => d.id === id)!.properties.name_kk_latn;
    expect(latn('KZ435200')).toBe('Shīeli'); // the system's own example
    expect(latn('KZ631000')).toBe('Öskemen');
    expect(latn('KZ101010')).toBe('Zhangasemey');
    expect(latn('KZ153400')).toBe('Äyteke bī');
  });
});

describe('regions', () => {
  it('uses KZ-51 for South Kazakhstan, with its KATO code and names', () => {
    const south = areaFeatures(topologies.pre2018).find((a) => a.id === 'KZ-51')!;
    expect(south.properties).toMatchObject({
      name_en: 'South Kazakhstan Region',
      name_kk: 'Оңтүстік Қазақстан облысы',
      name_kk_latn: 'Ongtüstik Qazaqstan oblysy',
      name_ru: 'Южно-Казахстанская область',
      type: 'region',
      kato: '510000000',
    });
  });

  it('names the three cities of republican significance as cities', () => {
    const cities = areaFeatures(topologies['2022']).filter((a) => a.properties.type === 'city');
    expect(cities.map((c) => [c.id, c.properties.name_en, c.properties.name_ru])).toEqual([
      ['KZ-71', 'Astana', 'Астана'],
      ['KZ-75', 'Almaty', 'Алматы'],
      ['KZ-79', 'Shymkent', 'Шымкент'],
    ]);
  });
});

describe('file sizes', () => {
  const size = (file: string) => statSync(new URL(file, mapsDir)).size;
  const gzip = (file: string) =>
    gzipSync(readFileSync(new URL(file, mapsDir)), { level: 9 }).length;

  it('regions-2022.json stays within 30 KB (12 KB gzipped)', () => {
    expect(size('regions-2022.json')).toBeLessThanOrEqual(30_000);
    expect(gzip('regions-2022.json')).toBeLessThanOrEqual(12_000);
  });

  it('the older region layouts are no larger than the current one', () => {
    expect(size('regions-2018.json')).toBeLessThanOrEqual(size('regions-2022.json'));
    expect(size('regions-pre2018.json')).toBeLessThanOrEqual(size('regions-2022.json'));
  });

  it('districts-2024.json stays within 200 KB (50 KB gzipped)', () => {
    expect(size('districts-2024.json')).toBeLessThanOrEqual(200_000);
    expect(gzip('districts-2024.json')).toBeLessThanOrEqual(50_000);
  });
});
