// Three builds: per-file ES modules for npm (dependencies external, one entry per component); a
// minified self-contained module for a <script type="module"> tag (no dependencies to resolve),
// with the parts that not every reader needs in dist/cdn/parts/; and dist/cdn/api.js beside it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { compactTemplates } from './scripts/compact-templates.mjs';

const external = (id) =>
  /^(lit|@lit\/|lit-html|lit-element|d3-|topojson-client|internmap|@e965\/xlsx)/.test(id);
const esbuildOptions = { target: 'es2021', tsconfig: 'tsconfig.json' };
// pure_getters: no getter of ours or lit's is read for its side effect; with `unsafe`, terser may
// shorten calls to built-ins. Together about 200 bytes gzip of every bundle, for no change in what runs.
const minify = () =>
  terser({
    ecma: 2020,
    module: true,
    compress: { passes: 2, pure_getters: true, unsafe: true },
    format: { comments: false },
  });

// In the source tree the maps sit two levels above src/geo/; in dist/ (ES modules and the CDN
// bundle alike) they sit one level above the module, in dist/maps/.
const distMapBase = {
  name: 'dist-map-base',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('src/geo/load-map.ts')) return null;
    return { code: code.replaceAll("'../../maps/'", "'../maps/'"), map: null };
  },
};

// Lit's css`` templates ship as written; strip comments and layout whitespace from them.
function minifyCss(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
const minifyStyles = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const out = code.replace(
      /css`([^`]*)`/g,
      (_, body) =>
        'css`' +
        body
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : minifyCss(part)))
          .join('') +
        '`',
    );
    return { code: out, map: null };
  },
};

// After minifying, the only line breaks left are the indentation inside lit's html`` and svg``
// templates, where a break and its indentation mean one space.
const collapseTemplateIndentation = {
  name: 'collapse-template-indentation',
  renderChunk(code) {
    const out = new MagicString(code);
    for (const m of code.matchAll(/\n[ \t]{2,}/g))
      out.overwrite(m.index, m.index + m[0].length, ' ');
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

/** A CDN file and its parts; `partsFolder` keeps the parts of each file apart inside parts/. */
function cdnBundle(input, name, partsFolder) {
  return {
    input,
    // The shared code stays in the main file; the parts import it from there.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      distMapBase,
      minifyStyles,
      nodeResolve(),
      esbuild(esbuildOptions),
      compactTemplates,
      minify(),
      collapseTemplateIndentation,
    ],
    output: {
      dir: 'dist/cdn',
      entryFileNames: `${name}.js`,
      // Parts a reader may never need (Kazakh or Russian text, the export menu) load on first use
      // from beside the main file; everything needed to draw in English is in the main file.
      // parts/kz-choropleth-messages-kk-<hash>.js: the element and the part in the name.
      chunkFileNames: ({ facadeModuleId }) =>
        `parts/${partsFolder}${/(kz-[a-z]+)\/[^/]+$/.exec(facadeModuleId ?? '')?.[1] ?? 'kz'}-[name]-[hash].js`,
      format: 'es',
      sourcemap: true,
    },
  };
}

// dist/cdn/builder.js: the widget builder page's own code, never part of the widgets' files. It
// loads the elements from kz-indicators.js beside it at run time, and the workbook reader only
// when a spreadsheet is loaded (dist/cdn/builder-parts/).
const builderBundle = {
  input: 'src/builder/main.ts',
  plugins: [minifyStyles, nodeResolve(), esbuild(esbuildOptions), minify()],
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'builder.js',
    chunkFileNames: 'builder-parts/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
};

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'components/kz-choropleth/define': 'src/components/kz-choropleth/define.ts',
      'components/kz-sparkline/define': 'src/components/kz-sparkline/define.ts',
      'components/kz-ranking/define': 'src/components/kz-ranking/define.ts',
      'components/kz-explorer/define': 'src/components/kz-explorer/define.ts',
      'convert/index': 'src/convert/index.ts',
      'data/district-names': 'src/data/district-names.ts',
      'cli/main': 'src/cli/main.ts',
    },
    external: (id) => external(id) || id.startsWith('node:'),
    plugins: [distMapBase, minifyStyles, esbuild(esbuildOptions), compactTemplates],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // dist/cdn/kz-indicators.js registers the map and the sparkline; kz-choropleth.js and kz-sparkline.js one
  // each, for pages with one kind only. Each is whole by itself (built apart, so nothing is split
  // into a shared file) and has its own parts.
  cdnBundle('src/cdn.ts', 'kz-indicators', ''),
  cdnBundle('src/cdn-choropleth.ts', 'kz-choropleth', 'kz-choropleth/'),
  cdnBundle('src/cdn-sparkline.ts', 'kz-sparkline', 'kz-sparkline/'),
  // dist/cdn/kz-explorer.js: every element, the ranking and the explorer included, which the
  // main file leaves out to keep within its budget.
  cdnBundle('src/cdn-explorer.ts', 'kz-explorer', 'kz-explorer/'),
  {
    // dist/cdn/api.js: the dataset accessors for page scripts, on top of the bundle itself (the
    // modules the bundle already has are taken from it, never copied).
    input: 'src/cdn-api.ts',
    external: (id) => id === './kz-indicators.js',
    plugins: [
      {
        name: 'from-the-bundle',
        resolveId(source) {
          if (/^\.\/(cdn|areas)\.js$/.test(source))
            return { id: './kz-indicators.js', external: true };
          return null;
        },
      },
      nodeResolve(),
      esbuild(esbuildOptions),
      compactTemplates,
      minify(),
    ],
    output: { file: 'dist/cdn/api.js', format: 'es', sourcemap: true },
  },
  builderBundle,
];
