import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { areaInfo } from '../../../src/data/areas.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sharedDir = process.env.KZ_SHARED ?? fileURLToPath(new URL('../shared/', `file://${root}`));
const shared = `${sharedDir.replace(/\/?$/, '/')}geo/names.csv`;

describe('scripts/build-areas.mjs', () => {
  // The shared geography sits next to the repository; without it the check cannot run.
  it.skipIf(!existsSync(shared))('src/data/areas.generated.ts is what the script builds', () => {
    const out = execFileSync(process.execPath, ['scripts/build-areas.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('build-areas: up to date');
  });

  // The registry derives the regions' KATO codes from their codes and their Kazakh Latin names from
  // the Cyrillic (kazakhLatin): both must give the geography's own.
  it.skipIf(!existsSync(shared))(
    'every region has the KATO code and Latin name of names.csv',
    () => {
      const rows = csvParse(readFileSync(shared, 'utf8')).filter((row) => row.layouts);
      expect(rows).toHaveLength(21);
      for (const row of rows) {
        const info = areaInfo(row.iso_code === 'KZ-YUZ' ? 'KZ-51' : row.iso_code!)!;
        expect(info.kato).toBe(row.kato);
        expect(info.shortNames.en).toBe(row.name_en_short);
      }
    },
  );
});
