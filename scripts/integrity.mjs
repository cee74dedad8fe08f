// Subresource Integrity for the CDN files: dist/cdn/integrity.json lists the sha384 hash of every
// file under dist/cdn/ (the bundles, their parts, the embed page and its scripts, the stylesheet),
// so that a page can pin exactly what it loads. dist/cdn/importmap.json holds the same hashes for
// the parts as an import map at this version's jsDelivr address: pasted as
// <script type="importmap">, it makes the browser check the parts that the bundles import on
// first use, which a <script integrity> cannot cover.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';
export const IMPORT_MAP_FILE = 'importmap.json';
const GENERATED = new Set([INTEGRITY_FILE, IMPORT_MAP_FILE]);

/** `sha384-<base64>` of a file's bytes, as the integrity attribute wants it. */
export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file below `folder` (relative, with forward slashes), sorted; source maps left out. */
export function filesOf(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)))
    .map((path) => path.split(sep).join('/'))
    .filter((path) => !path.endsWith('.map') && !GENERATED.has(path))
    .sort();
}

/** The jsDelivr address of the CDN folder of a version. */
export const cdnBase = (version) =>
  `https://cdn.jsdelivr.net/npm/kz-indicators@${version}/dist/cdn/`;

/** Writes integrity.json and importmap.json into `folder`; returns the hashes. */
export function writeIntegrity(folder, version) {
  const files = {};
  for (const path of filesOf(folder)) files[path] = sriOf(readFileSync(join(folder, path)));
  const manifest = { version, algorithm: 'sha384', base: cdnBase(version), files };
  writeFileSync(join(folder, INTEGRITY_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const integrity = {};
  for (const [path, hash] of Object.entries(files)) {
    if (path.endsWith('.js')) integrity[cdnBase(version) + path] = hash;
  }
  writeFileSync(join(folder, IMPORT_MAP_FILE), `${JSON.stringify({ integrity }, null, 2)}\n`);
  return files;
}
