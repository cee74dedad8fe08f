import { describe, expect, it } from 'vitest';
import { MAP_LAYOUTS, isLayoutId, mapLayout } from '../../src/geo/layouts.js';
import { MAP_ATTRIBUTION, MAP_ATTRIBUTION_URL } from '../../src/geo/attribution-all.js';

describe('MAP_LAYOUTS', () => {
  it('describes the four layouts with their files and unit counts', () => {
    const ids = ['2022', '2018', 'pre2018', 'districts'] as const;
    expect(
      ids
        .map((id) => MAP_LAYOUTS[id])
        .map(({ id, file, level, count }) => [id, file, level, count]),
    ).toEqual([
      ['2022', 'regions-2022', 'region', 20],
      ['2018', 'regions-2018', 'region', 17],
      ['pre2018', 'regions-pre2018', 'region', 16],
      ['districts', 'districts-2024', 'district', 224],
    ]);
  });

  it('lists the ISO 3166-2 codes of each region layout, with KZ-51 for South Kazakhstan', () => {
    expect(MAP_LAYOUTS['2022'].ids.join(' ')).toBe(
      'KZ-10 KZ-11 KZ-15 KZ-19 KZ-23 KZ-27 KZ-31 KZ-33 KZ-35 KZ-39 KZ-43 KZ-47 KZ-55 KZ-59 KZ-61 KZ-62 KZ-63 KZ-71 KZ-75 KZ-79',
    );
    const without = (layout: '2022' | '2018', ...ids: string[]) =>
      MAP_LAYOUTS[layout].ids.filter((id) => !ids.includes(id));
    expect(MAP_LAYOUTS['2018'].ids).toEqual(without('2022', 'KZ-10', 'KZ-33', 'KZ-62'));
    expect(MAP_LAYOUTS.pre2018.ids).toEqual([...without('2018', 'KZ-61', 'KZ-79'), 'KZ-51'].sort());
  });

  it('lists the districts as sorted, unique ADM2 P-codes', () => {
    const { ids } = MAP_LAYOUTS.districts;
    expect(ids.every((id) => /^KZ\d{6}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(224);
    expect([...ids].sort()).toEqual(ids);
  });

  it('dates the layouts by the decrees of 2018-06-19 and 2022-06-08', () => {
    expect(MAP_LAYOUTS['2022']).toMatchObject({ validFrom: '2022-06-08' });
    expect(MAP_LAYOUTS['2018']).toMatchObject({ validFrom: '2018-06-19', validTo: '2022-06-07' });
    expect(MAP_LAYOUTS.pre2018).toMatchObject({ validTo: '2018-06-18' });
    expect(Object.isFrozen(MAP_LAYOUTS['2022'])).toBe(true);
  });
});

describe('mapLayout(id) and isLayoutId(value)', () => {
  it('returns a layout by id', () => {
    expect(mapLayout('pre2018').file).toBe('regions-pre2018');
  });

  it('throws for an unknown id', () => {
    expect(() => mapLayout('regions' as never)).toThrow(
      'unknown layout: "regions"; expected one of 2022, 2018, pre2018, districts',
    );
  });

  it('recognises layout ids only', () => {
    expect(['2022', '2018', 'pre2018', 'districts'].every(isLayoutId)).toBe(true);
    expect([2022, '2019', 'toString', null, undefined].some(isLayoutId)).toBe(false);
  });
});

describe('MAP_ATTRIBUTION', () => {
  it('credits geokz, its licence, the UN boundaries and OpenStreetMap in every language', () => {
    for (const text of Object.values(MAP_ATTRIBUTION)) {
      expect(text).toContain('geokz');
      expect(text).toContain('CC BY 4.0');
      expect(text).toContain('OCHA/UNHCR COD-AB');
      expect(text).toContain('©');
      expect(text).toContain('OpenStreetMap');
    }
    expect(Object.keys(MAP_ATTRIBUTION)).toEqual(['en', 'kk', 'ru']);
    expect(MAP_ATTRIBUTION_URL).toBe('https://github.com/arodionoff/geokz');
  });
});
