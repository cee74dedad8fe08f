// Two builds: per-file ES modules for npm (dependencies external, one entry per component), and a
// single minified self-contained module for a <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const external = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-|topojson-client|internmap)/.test(id);
const esbuildOptions = { target: 'es2021', tsconfig: 'tsconfig.json' };

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'components/kz-choropleth/define': 'src/components/kz-choropleth/define.ts',
      'components/kz-sparkline/define': 'src/components/kz-sparkline/define.ts',
      'convert/index': 'src/convert/index.ts',
      'cli/main': 'src/cli/main.ts',
    },
    external: (id) => external(id) || id.startsWith('node:'),
    plugins: [esbuild(esbuildOptions)],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/cdn.ts',
    plugins: [nodeResolve(), esbuild(esbuildOptions), terser({ format: { comments: false } })],
    output: { file: 'dist/cdn/kz-indicators.js', format: 'es', sourcemap: true },
  },
];
