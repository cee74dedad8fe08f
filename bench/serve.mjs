// Serving a build to the browser: the repository root, with dist/ taken from a copy made at the
// start, so that a build running meanwhile cannot change (or truncate) the files under
// measurement. A comparison run (--compare) serves the other build from a second origin the same
// way: the same pages, data and maps' names, only dist/ differs.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { articlePage } from './article.mjs';
import { OUT, ROOT } from './options.mjs';
import { TYPES } from '../scripts/serve.mjs';

const gzipCache = new Map();
function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }));
  return gzipCache.get(file);
}

function send(res, type, body, zipped) {
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-cache',
    ...(zipped ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}

/**
 * A build served on its own origin: `dist` (a folder holding that build's dist/) is copied to
 * bench/results/tmp/<name>/dist first. Resolves to { origin, snapshot, fileOf, close }.
 */
export function serveBuild(name, dist) {
  const snapshot = join(OUT, 'tmp', name === 'kz' ? '' : name, 'dist');
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  cpSync(dist, snapshot, { recursive: true });
  /** The file on disk behind a URL path. */
  const fileOf = (path) =>
    path.startsWith('/dist/') ? join(snapshot, path.slice('/dist/'.length)) : join(ROOT, path);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const article = /^\/bench\/pages\/article-(kz|plot)\.html$/.exec(path);
    if (article) {
      send(res, TYPES['.html'], gzipSync(articlePage(ROOT, article[1])), true);
      return;
    }
    const file = fileOf(path);
    const inside = file.startsWith(ROOT) || file.startsWith(snapshot);
    if (!inside || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    // Text goes out gzip-compressed, as from a CDN, so that an emulated network carries the
    // compressed bytes.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zipped =
      type !== 'application/octet-stream' && /gzip/.test(req.headers['accept-encoding'] ?? '');
    send(res, type, zipped ? gzipped(file) : readFileSync(file), zipped);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        name,
        origin: `http://127.0.0.1:${server.address().port}`,
        snapshot,
        fileOf,
        close: () => server.close(),
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Bytes: every file the page requested, measured on disk, raw and compressed

const sizeCache = new Map();
function sizesOf(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(file);
    sizeCache.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizeCache.get(file);
}

export function categoryOf(path) {
  if (path.startsWith('/bench/pages/')) return 'harness';
  if (/^\/(dist\/)?maps\//.test(path)) return 'map';
  if (path.startsWith('/stories/data/')) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

export function bytesOf(urls, { origin, fileOf }) {
  const totals = {};
  const files = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    const path = decodeURIComponent(new URL(url).pathname);
    const file = fileOf(path);
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const category = categoryOf(path);
    const s = sizesOf(file);
    files.push({ path, category, ...s });
    const t = (totals[category] ??= { raw: 0, gzip: 0, brotli: 0 });
    t.raw += s.raw;
    t.gzip += s.gzip;
    t.brotli += s.brotli;
  }
  return { totals, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}
