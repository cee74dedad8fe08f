// Where the bytes of a minified bundle come from, by its source map: bytes of minified output per
// package (node_modules) or per source file. `node bench/breakdown.mjs [bundle.js]` prints a
// table; the benchmark report includes the same breakdown for the CDN bundle.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

/** The package, or the src/ folder, that an original source path belongs to. */
function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)(src\/.+)$/.exec(source);
  return own ? own[1] : source;
}

/**
 * Minified bytes per group. Gzip shares are estimated by compressing each group's code on its
 * own (so they add up to more than the whole bundle's gzip size).
 */
export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const chunks = new Map();
  decode(map.mappings).forEach((segments, li) => {
    const line = lines[li] ?? '';
    segments.forEach((s, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const group = s.length > 1 ? groupOf(map.sources[s[1]]) : '(unmapped)';
      if (!chunks.has(group)) chunks.set(group, []);
      chunks.get(group).push(line.slice(s[0], end));
    });
  });
  const total = Buffer.byteLength(code);
  const rows = [...chunks]
    .map(([group, parts]) => {
      const text = parts.join('');
      return { group, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
  return { file, total, gzip: gzipSync(code, { level: 9 }).length, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, total, gzip, rows } = breakdown(process.argv[2] ?? 'dist/cdn/kz-indicators.js');
  console.log(`${file}: ${total} bytes minified, ${gzip} gzip`);
  for (const r of rows) {
    const share = ((100 * r.bytes) / total).toFixed(1);
    console.log(
      `${String(r.bytes).padStart(8)} ${share.padStart(5)}% ${String(r.gzip).padStart(7)} gz  ${r.group}`,
    );
  }
}
