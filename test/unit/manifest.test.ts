// The custom elements manifest that editors, Storybook and framework wrappers read: built here from
// the source as `npm run build` builds it, and checked against what the elements really do.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KzChoropleth } from '../../src/components/kz-choropleth/kz-choropleth.js';
import { KzSparkline } from '../../src/components/kz-sparkline/kz-sparkline.js';
import { KzRanking } from '../../src/components/kz-ranking/kz-ranking.js';
import { KzExplorer } from '../../src/components/kz-explorer/kz-explorer.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name?: string }[];
  cssParts?: { name: string }[];
}

let folder: string;
let elements: Map<string, Declaration>;

beforeAll(() => {
  // The analyzer writes below the working directory.
  folder = join('.cache', `manifest-test-${process.pid}`);
  execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', folder]);
  const manifest = JSON.parse(readFileSync(join(folder, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  elements = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  it('describes every element, each event by name', () => {
    expect([...elements.keys()].sort()).toEqual([
      'kz-choropleth',
      'kz-explorer',
      'kz-ranking',
      'kz-sparkline',
    ]);
    expect(
      elements
        .get('kz-choropleth')!
        .events!.map((e) => e.name)
        .sort(),
    ).toEqual(['kz-change', 'kz-error', 'kz-hover', 'kz-load', 'kz-select']);
    expect(
      elements
        .get('kz-sparkline')!
        .events!.map((e) => e.name)
        .sort(),
    ).toEqual(['kz-error', 'kz-hover', 'kz-load']);
    expect(
      elements
        .get('kz-ranking')!
        .events!.map((e) => e.name)
        .sort(),
    ).toEqual(['kz-error', 'kz-hover', 'kz-load', 'kz-select']);
    expect(
      elements
        .get('kz-explorer')!
        .events!.map((e) => e.name)
        .sort(),
    ).toEqual(['kz-change', 'kz-error']);
  });

  it('is the file package.json names, which building a copy elsewhere leaves alone', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { customElements?: string };
    expect(pkg.customElements).toBe('custom-elements.json');
  });

  it('lists every attribute the elements observe', () => {
    for (const [tag, element] of [
      ['kz-choropleth', KzChoropleth],
      ['kz-sparkline', KzSparkline],
      ['kz-ranking', KzRanking],
      ['kz-explorer', KzExplorer],
    ] as const) {
      const listed = new Set(elements.get(tag)!.attributes!.map((a) => a.name));
      const observed = element.observedAttributes.filter((name) => name !== 'lang');
      expect(
        observed.filter((name) => !listed.has(name)),
        tag,
      ).toEqual([]);
    }
  });
});
