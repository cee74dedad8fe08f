// Section 1 of the benchmark report: the first map, its times, bytes and DOM nodes, the same
// libraries' sizes with a bundler, where the bytes of kz-indicators' bundle come from, and the
// files each page requested.

import { count, jsMap, kb, range, ratio, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function firstSection(ctx) {
  if (!ctx.summary.first) return [];
  return [...firstTable(ctx), ...bundlerTable(ctx), ...bundleTable(ctx), ...filesRequested(ctx)];
}

/** The heading, what is measured, and one row per contender. */
function firstTable({ summary, contenders, name, kz }) {
  const out = [];
  out.push('## 1. First map (20 regions, 2023 poverty, with legend)\n');
  out.push(
    'From navigation start: *script* = the library evaluated; *painted* = map and legend drawn and the ' +
      'next frame rendered. Bytes are the files the page requested (library JS and map; the data file is ' +
      'the same for all and listed apart), gzip -9 and brotli -11 computed with node:zlib. *The page ' +
      'alone* is the floor: the same page and test script fetching and reading the same map and data ' +
      'files, with no library and nothing drawn. Every page preloads the map file and the data ' +
      '(`<link rel="preload" as="fetch">` from its first script) and fetches both in parallel; ' +
      '*drawing after the data* is *painted* minus the moment both were in the library’s hands ' +
      '(the peers: both fetched and parsed by the page; kz-indicators, which loads the map file ' +
      'itself: the data parsed by the page and set as the `data` property, and the preloaded map ' +
      'file arrived, so its map parsing counts as drawing). *DOM nodes*: every node (elements, ' +
      'text, comments) the library put under the stage, shadow roots included. *Style + layout*: ' +
      "the page's RecalcStyleDuration + LayoutDuration (CDP Performance.getMetrics) until painted.\n",
  );
  const k = kz('first');
  out.push(
    table(
      [
        '',
        'script (ms)',
        'painted (ms)',
        'painted ratio',
        'drawing after the data (ms)',
        'drawing ratio',
        'DOM nodes',
        'style + layout (ms)',
        'JS gzip (KB)',
        'map gzip (KB)',
        'JS+map gzip (KB)',
        'bytes ratio',
        'JS+map raw (KB)',
        'JS+map brotli (KB)',
        'data gzip (KB)',
        'areas',
      ],
      contenders('first').map((c) => {
        const s = summary.first[c];
        const t = s.bytes?.totals ?? {};
        return [
          name(c),
          range(s.scriptEvaluated),
          range(s.painted),
          c === 'kz' || c === 'table' ? '' : ratio(k?.painted?.median, s.painted?.median),
          range(s.drawing),
          c === 'kz' || c === 'table' ? '' : ratio(k?.drawing?.median, s.drawing?.median),
          count(s.nodes?.median),
          range(s.styleLayout),
          kb(t.js?.gzip),
          kb(t.map?.gzip),
          kb(jsMap(s)),
          c === 'kz' || c === 'table' ? '' : ratio(jsMap(k), jsMap(s)),
          kb(jsMap(s, 'raw')),
          kb(jsMap(s, 'brotli')),
          kb(t.data?.gzip),
          s.areas ?? '–',
        ];
      }),
    ),
  );
  out.push('');
  return out;
}

/** Each library's bytes when bundled the way its documentation advises. */
function bundlerTable({ summary, name, bundler }) {
  if (!bundler) return [];
  const out = [];
  const mapGzip =
    summary.first.kz?.bytes?.totals?.map?.gzip ?? summary.first.plot?.bytes?.totals?.map?.gzip;
  out.push(
    'For reference, with a bundler: each library imported as its documentation\'s "import only what ' +
      'you use" advice shows, bundled, tree-shaken and minified by esbuild (JS only; add the map). ' +
      'The pages above load the documented script tags instead.\n',
  );
  out.push(
    table(
      ['', 'import', 'JS min (KB)', 'JS gzip (KB)', 'JS gzip + map gzip (KB)', 'ratio'],
      Object.entries(bundler).map(([c, b]) => [
        name(c),
        `\`${b.code.replace(/\n/g, ' ').replace(/\|/g, '\\|')}\``,
        b.error ? b.error : kb(b.raw),
        kb(b.gzip),
        b.gzip != null && mapGzip != null ? kb(b.gzip + mapGzip) : '–',
        c === 'kz' || !bundler.kz?.gzip || !b.gzip
          ? ''
          : ratio(bundler.kz.gzip + mapGzip, b.gzip + mapGzip),
      ]),
    ),
  );
  out.push('');
  return out;
}

/** kz-indicators' CDN bundle split by source file. */
function bundleTable({ bundle }) {
  if (!bundle) return [];
  const out = [];
  out.push(
    `Where the ${kb(bundle.total)} KB (${kb(bundle.gzip)} KB gzip) of \`${bundle.file}\` come from, by its ` +
      'source map (minified bytes; gzip of each part compressed alone):\n',
  );
  out.push(
    table(
      ['source', 'min (KB)', 'share', 'gzip alone (KB)'],
      bundle.rows
        .slice(0, 16)
        .map((r) => [
          `\`${r.group}\``,
          kb(r.bytes),
          `${((100 * r.bytes) / bundle.total).toFixed(1)} %`,
          kb(r.gzip),
        ]),
    ),
  );
  out.push('');
  return out;
}

/** The files each page requested, without the harness's own. */
function filesRequested({ summary, contenders, name }) {
  const out = [];
  out.push('Files requested (first run):\n');
  for (const c of contenders('first')) {
    const files = summary.first[c].bytes?.files ?? [];
    out.push(
      `- ${name(c)}: ${files
        .filter((f) => f.category !== 'harness' && f.category !== 'other')
        .map((f) => `\`${f.path}\` ${kb(f.raw)} KB raw / ${kb(f.gzip)} KB gzip`)
        .join('; ')}`,
    );
  }
  out.push('');
  return out;
}
