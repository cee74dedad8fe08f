import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, NEEDS_SHARED, REPO, SHARED } from './shared-data.js';

// The committed datasets in stories/data are exactly what scripts/build-data.mjs makes of the
// shared data with the converters: regenerate them into a temporary folder and compare.
describe(`stories/data regenerates from ../shared${NEEDS_SHARED}`, () => {
  const out = mkdtempSync(join(tmpdir(), 'kz-build-data-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const committed = join(REPO, 'stories/data');

  it.skipIf(!HAS_SHARED)(
    'scripts/build-data.mjs writes the same files as the committed ones',
    () => {
      const r = spawnSync(process.execPath, [join(REPO, 'scripts/build-data.mjs'), '--out', out], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, KZ_SHARED: SHARED },
      });
      expect(
        r.stderr.split('\n').filter((l) => l.startsWith('build-data: ') && !l.includes('warning')),
      ).toEqual([]);
      expect(r.status).toBe(0);
      const made = readdirSync(out).sort();
      expect(made).toEqual(readdirSync(committed).sort());
      for (const file of made) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(
          readFileSync(join(committed, file), 'utf8'),
        );
      }
      // The one decision the script takes about the data is reported as it runs.
      expect(r.stderr).toContain(
        'left out KZ-61 Turkistan Region, KZ-79 Shymkent in 2014, 2015, 2016, 2017: not part of the stated layout pre2018',
      );
    },
    120_000,
  );
});
