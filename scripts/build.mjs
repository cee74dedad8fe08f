// npm run build: ES modules + CDN bundle (rollup), .d.ts (tsc), maps, schema, custom-elements.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, existsSync, chmodSync, readFileSync } from 'node:fs';
import { writeIntegrity } from './integrity.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
run(bin('tsc'), [
  '-p',
  'tsconfig.json',
  '--emitDeclarationOnly',
  '--declaration',
  '--outDir',
  'dist',
]);
mkdirSync('dist/maps', { recursive: true });
cpSync('maps', 'dist/maps', { recursive: true, filter: (src) => !src.endsWith('.md') });
if (existsSync('src/data/indicators-v1.schema.json')) {
  cpSync('src/data/indicators-v1.schema.json', 'dist/indicators-v1.schema.json');
}
cpSync('src/kz-indicators.css', 'dist/cdn/kz-indicators.css');
// The iframe embed page sits beside the CDN bundle, so `dist/cdn/embed.html?...` works from any host.
for (const file of ['embed.html', 'embed.js', 'embed-options.js', 'embed.css', 'embed-parent.js']) {
  if (existsSync(`stories/examples/${file}`))
    cpSync(`stories/examples/${file}`, `dist/cdn/${file}`);
}
// The widget builder page, beside the bundle it previews with.
for (const file of ['builder.html', 'builder.css'])
  cpSync(`src/builder/${file}`, `dist/cdn/${file}`);
// Last, once every CDN file is in place: their SRI hashes (integrity.json, importmap.json).
writeIntegrity('dist/cdn', JSON.parse(readFileSync('package.json', 'utf8')).version);
if (existsSync('dist/cli/main.js')) chmodSync('dist/cli/main.js', 0o755);
run(bin('cem'), ['analyze', '--quiet']);
