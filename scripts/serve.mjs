// A small static server for the end-to-end pages and benchmarks: serves the project root.
// Pages under /test/e2e/pages/csp/ are sent with a strict Content-Security-Policy, and so is any
// page asked for with `?kz-csp=strict` (to check that an example page needs no inline code).
// `?kz-delay=<ms>` on any URL delays the answer (a slow network, for layout-shift tests).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.KZ_SERVE_ROOT ?? '.');
const PORT = Number(process.env.PORT ?? 4173);
/** Content types by file extension, for this server and the benchmark's. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export function startServer(port = PORT, root = ROOT) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const delay = Math.min(Number(url.searchParams.get('kz-delay')) || 0, 10_000);
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-cache',
      };
      if (path.startsWith('/test/e2e/pages/csp/') || url.searchParams.get('kz-csp') === 'strict') {
        headers['content-security-policy'] = STRICT_CSP;
      }
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`);
}
