import { describe, expect, it } from 'vitest';
import { areaInfo, resolveArea, registerDistrictNames } from '../../../src/data/areas.js';

describe('district names', () => {
  it('areaInfo(district) is known by its code until names are registered', () => {
    expect(areaInfo('KZ101000')?.names.en).toBe('KZ101000');
    expect(areaInfo('KZ101000')?.parents?.['2018']).toBe('KZ-63');
    expect(resolveArea('KZ101000').code).toBe('KZ101000');
  });

  it('registerDistrictNames(rows) names districts and lets resolveArea read their names', async () => {
    expect(resolveArea('Semey', { level: 'district', suggest: false }).code).toBeNull();
    await import('../../../src/data/district-names.js');
    expect(areaInfo('KZ101000')?.names).toEqual({
      en: 'Semey',
      kk: 'Семей',
      kkLatn: 'Semey',
      ru: 'Семей',
    });
    expect(resolveArea('Semey', { level: 'district' })).toEqual({ code: 'KZ101000', via: 'name' });
  });

  it('registerDistrictNames ignores region codes, unknown codes and rows already named', () => {
    registerDistrictNames([
      ['KZ-11', 'Not a district', 'x', 'x'],
      ['KZ999999', 'Nowhere', 'x', 'x'],
      ['KZ101000', 'Renamed', 'x', 'x'],
    ]);
    expect(areaInfo('KZ-11')?.names.en).toBe('Akmola Region');
    expect(areaInfo('KZ999999')).toBeUndefined();
    expect(areaInfo('KZ101000')?.names.en).toBe('Semey');
  });
});
