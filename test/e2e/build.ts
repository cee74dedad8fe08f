// Build steps of the end-to-end host pages, run by the tests themselves: host apps bundled with
// esbuild the way a site would bundle the npm package, and a copy of the CDN bundle that reports
// another version. The output goes to node_modules/.cache/ (served by the test server, and left
// alone by git, eslint and prettier without any configuration).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VERSION } from '../../src/register.js';

export const BUILD = 'node_modules/.cache/kz-indicators-e2e';

/** Bundles a host app (resolving `kz-indicators` through the package's own exports map). */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: join(BUILD, outfile),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

/**
 * A copy of dist/cdn (bundle, its on-demand parts and maps beside it) whose bundle says it is `version`: a second,
 * different version of the library, as on a page where a theme and a widget each bring one.
 */
export function otherVersion(version: string): string {
  const folder = join(BUILD, `kz-indicators-${version}`);
  const source = readFileSync('dist/cdn/kz-indicators.js', 'utf8');
  const literal = `"${VERSION}"`;
  if (source.split(literal).length !== 2) {
    throw new Error(`expected the version ${literal} exactly once in dist/cdn/kz-indicators.js`);
  }
  const file = join(folder, 'cdn/kz-indicators.js');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source.replace(literal, `"${version}"`));
  cpSync('dist/cdn/parts', join(folder, 'cdn/parts'), { recursive: true });
  cpSync('dist/maps', join(folder, 'maps'), { recursive: true });
  return `/${file}`;
}
