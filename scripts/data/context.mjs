// The context every part of `npm run build:data` shares: where the shared data is, the
// project's converters (TypeScript, bundled once with esbuild), reading an input, stopping with a
// message, and running a converter with its warnings collected.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const shared = resolve(process.env.KZ_SHARED ?? join(root, '../shared'));

export function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}
if (!existsSync(join(shared, 'data/source'))) {
  fail(`no shared data at ${shared} (set KZ_SHARED to the folder that holds data/ and geo/)`);
}

// The converters are TypeScript: bundle them once with esbuild and load the bundle.
async function loadConverters() {
  const result = await build({
    stdin: {
      contents: [
        "export * from './src/convert/index.ts';",
        "export { validateIndicators } from './src/data/parse.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'kz-build-data-'));
  const file = join(dir, 'convert.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
export const convert = await loadConverters();
export const read = (path) => readFileSync(join(shared, path), 'utf8');

/** Warnings of every conversion and validation, printed at the end. */
export const warnings = [];
/** Runs converter `fn` on `text`; its first indicator, or a stop with the converter's problems. */
export function run(label, fn, text, options) {
  try {
    const result = fn(text, options);
    for (const w of result.warnings) warnings.push(`${label}: ${convert.formatProblem(w)}`);
    return result.document.indicators[0];
  } catch (e) {
    if (e instanceof convert.ConvertError) fail(`${label}:\n${e.message}`);
    throw e;
  }
}
