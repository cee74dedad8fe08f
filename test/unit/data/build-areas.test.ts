import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
});
