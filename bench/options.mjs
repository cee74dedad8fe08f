// The options of a benchmark run (see run.mjs for the list) and the inputs of each workload.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');

export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
export const REPS = Math.max(1, Number(option('reps', 5)));
export const CPU = Math.max(1, Number(option('cpu', 1)));
export const NETWORKS = {
  none: null,
  slow4g: { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
};
export const NETWORK = option('network', 'none');
if (!(NETWORK in NETWORKS)) throw new Error(`--network: expected one of ${Object.keys(NETWORKS)}`);

/** Applies the CPU and network emulation of this run to a page's DevTools session. */
export async function emulate(cdp) {
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const network = NETWORKS[NETWORK];
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
}
export const OUT = resolve(option('out', join(HERE, 'results')));
/** The build under test: a dist/ folder. */
export const DIST = resolve(option('dist', join(ROOT, 'dist')));
/** A git revision whose build runs beside this one, as the contender `base` (base-build.mjs). */
export const COMPARE = option('compare', null);
const named = option('contenders', COMPARE ? 'kz' : 'kz,plot,vega,echarts').split(',');
export const CONTENDERS = COMPARE && !named.includes('base') ? [...named, 'base'] : named;
export const ALL_WORKLOADS = ['first', 'switch', 'sparklines', 'districts', 'cycles'];
export const WORKLOADS = option('only', ALL_WORKLOADS.join(',')).split(',');
/** Workloads that some contenders cannot run: interactions (kz only) and the article (kz, Plot). */
export const ONLY_FOR = { interact: ['kz', 'base'], article: ['kz', 'base', 'plot'] };
/** Contenders drawn by a build of kz-indicators (the one under test, or the compared revision). */
export const OURS = ['kz', 'base'];
export const NAMES = {
  kz: 'kz-indicators',
  base: `kz-indicators at ${COMPARE}`,
  explorer: 'kz-indicators <kz-explorer> (first view: map, ranking, card)',
  plot: 'Observable Plot',
  vega: 'Vega-Lite',
  echarts: 'ECharts',
  table: 'the page alone (no library)',
};
export const FLOORED = ['first', 'sparklines'];
/** The contenders of a workload, with the page alone (no library) where it has a floor. */
export const withFloor = (workload) =>
  ONLY_FOR[workload]
    ? CONTENDERS.filter((c) => ONLY_FOR[workload].includes(c))
    : FLOORED.includes(workload) && !CONTENDERS.includes('table')
      ? [...CONTENDERS, 'table']
      : CONTENDERS;
export const VIEWPORT = { width: 1000, height: 760 };
export const TIMEOUT = 90_000;
export const PROFILE = process.argv.includes('--profile');
export const TRACE = process.argv.includes('--trace');

// The real data each workload draws (files built by scripts/build-data.mjs into stories/data/).
export const DATA = {
  // 2023 poverty rate by region: the 20 units of the 2022 layout.
  map: { data: '/stories/data/poverty-regions.json', indicator: 'poverty', period: '2023' },
  // Births attended by skilled personnel, 2010-2023, stepped on the 2022 map.
  switch: {
    data: '/stories/data/skilled-birth-regions.json',
    indicator: 'skilled-birth',
    period: '2023',
  },
  // Windows of 15 years cut from the UN IGME child mortality series (1990-2024) of Kazakhstan
  // and its comparators.
  sparklines: { data: '/stories/data/child-mortality-national.json', count: 1000, points: 15 },
  // District area (km², computed from the district polygons): the only district-level dataset.
  districts: {
    data: '/stories/data/districts-area.json',
    indicator: 'district-area',
    period: '2024',
  },
};
process.argv.forEach((arg, i) => {
  if (arg !== '--set') return;
  const [, key, field, value] = /^(\w+)\.(\w+)=(.*)$/.exec(process.argv[i + 1] ?? '') ?? [];
  if (!DATA[key])
    throw new Error(`--set: expected workload.field=value, got "${process.argv[i + 1]}"`);
  DATA[key][field] = value;
});
