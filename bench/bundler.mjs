import { gzipSync } from 'node:zlib';
import { CONTENDERS, HERE, ROOT } from './options.mjs';

/**
 * For reference: what a site with a bundler would ship for the first map, each library imported
 * as its documentation's "import only what you use" section shows, bundled, tree-shaken and
 * minified by esbuild. Not what the pages load (they use the documented script tags).
 */
const BUNDLER_ENTRIES = {
  kz: { dir: ROOT, code: "import './dist/components/kz-choropleth/define.js';" },
  plot: {
    dir: HERE,
    code: "import { plot, geo } from '@observablehq/plot'; import { feature } from 'topojson-client'; globalThis.x = { plot, geo, feature };",
  },
  vega: { dir: HERE, code: "import embed from 'vega-embed'; globalThis.x = embed;" },
  echarts: {
    dir: HERE,
    code: [
      "import * as echarts from 'echarts/core';",
      "import { MapChart } from 'echarts/charts';",
      "import { VisualMapComponent, TooltipComponent } from 'echarts/components';",
      "import { CanvasRenderer } from 'echarts/renderers';",
      "import { feature } from 'topojson-client';",
      'echarts.use([MapChart, VisualMapComponent, TooltipComponent, CanvasRenderer]);',
      'globalThis.x = { echarts, feature };',
    ].join('\n'),
  },
};

export async function bundlerSizes() {
  const esbuild = await import('esbuild');
  const out = {};
  for (const contender of CONTENDERS) {
    const entry = BUNDLER_ENTRIES[contender];
    if (!entry) continue;
    try {
      const result = await esbuild.build({
        stdin: { contents: entry.code, resolveDir: entry.dir, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2021',
        write: false,
        logLevel: 'silent',
      });
      const bytes = result.outputFiles[0].contents;
      out[contender] = {
        code: entry.code,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    } catch (error) {
      out[contender] = { code: entry.code, error: String(error.message ?? error).split('\n')[0] };
    }
  }
  return out;
}
