// The README's API tables are made from custom-elements.json (scripts/api-tables.mjs); this
// builds the manifest from the source, as `npm run build` does, and checks they are current.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a build script without types
import { withApiTables, elementsOf } from '../../scripts/api-tables.mjs';

const folder = join('.cache', `readme-api-test-${process.pid}`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function manifest(): unknown {
  execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', folder]);
  return JSON.parse(readFileSync(join(folder, 'custom-elements.json'), 'utf8'));
}

describe('README API tables', () => {
  it('are those the manifest gives (run `npm run build && node scripts/api-tables.mjs`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const current = manifest();
    expect(withApiTables(readme, current)).toBe(readme);
    // Every element has its attribute, event, part and custom property tables.
    for (const tag of (elementsOf(current) as Map<string, unknown>).keys()) {
      for (const what of ['attributes', 'events', 'parts', 'custom-properties'])
        expect(readme, `${tag} ${what}`).toContain(`<!-- api ${tag} ${what} -->`);
    }
  }, 60_000);

  it('a changed doc comment makes them out of date', () => {
    const readme = readFileSync('README.md', 'utf8');
    const changed = JSON.parse(JSON.stringify(manifest())) as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
    };
    const map = changed.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'kz-choropleth')!;
    map.cssParts!.push({ name: 'new-part' });
    expect(withApiTables(readme, changed)).not.toBe(readme);
    expect(() => withApiTables('<!-- api kz-nothing parts -->\n<!-- /api -->', changed)).toThrow(
      /kz-nothing/,
    );
  }, 60_000);
});
