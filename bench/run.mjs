// npm run bench: kz-indicators against Observable Plot, Vega-Lite (vega-embed) and Apache ECharts,
// in headless Chromium. Writes bench/results/latest.md, latest.json and one screenshot per
// contender and workload. Options (after `npm run bench --`):
//   --reps N           repetitions per contender and workload (default 5; cycles: min(N, 3))
//   --cpu N            CPU throttling rate through CDP Emulation.setCPUThrottlingRate (default 1)
//   --network NAME     network emulated through CDP: slow4g (150 ms round trip, 1.6 Mbit/s down,
//                      750 kbit/s up: Lighthouse's mobile setting) or none (default)
//   --only a,b         workloads: first, switch, sparklines, districts, cycles; and, not run
//                      unless named: interact (taps and key presses on the map, kz-indicators
//                      only; meant for --cpu 4) and article (the example news article and its
//                      Plot twin: LCP, TBT, CLS; meant for --cpu 4 --network slow4g)
//   --contenders a,b   kz, plot, vega, echarts (default: all; with --compare: kz)
//   --dist DIR         the build under test (default: this checkout's dist/), e.g. the dist/ of a
//                      revision built by an earlier --compare run
//   --compare REV      also run the build of git revision REV (exported to a temporary folder,
//                      this checkout's node_modules linked, built there once) as the contender
//                      `base`, interleaved with this build in the same run, and report each
//                      measure of this build as a ratio of REV's (latest.md, "This build against")
//   --out DIR          results folder (default bench/results)
//   --build            build the library first even when dist/ exists
//   --profile          after the timed runs, record one CPU profile of kz-indicators per workload
//                      (CDP Profiler; not timed) and list where its main-thread time goes
//   --trace            after the timed runs, record one Chromium trace per contender and workload
//                      (not timed) and split main-thread time into script, style, layout, paint…
//   --set k.f=v        override an input below, e.g. --set switch.period=2019 (repeatable)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundlerSizes } from './bundler.mjs';
import { measure } from './measure.mjs';
import {
  COMPARE,
  CONTENDERS,
  DIST,
  CPU,
  DATA,
  HERE,
  NAMES,
  NETWORK,
  OUT,
  PROFILE,
  REPS,
  ROOT,
  TRACE,
  VIEWPORT,
  WORKLOADS,
  withFloor,
} from './options.mjs';
import { profileRun, traceRun } from './profile.mjs';
import { serveBuild } from './serve.mjs';
import { median, sorted, summarize } from './stats.mjs';

process.chdir(ROOT);

function ensureSetup() {
  if (!existsSync(join(HERE, 'node_modules/@observablehq/plot/package.json'))) {
    console.log('bench: installing the peers (npm ci --prefix bench)…');
    execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
  }
  const missing = !existsSync(join(ROOT, 'dist/cdn/kz-choropleth.js'));
  if (CONTENDERS.includes('kz') && (missing || process.argv.includes('--build'))) {
    console.log('bench: building the library (npm run build)…');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
}

const versionOf = (pkg, base = join(HERE, 'node_modules')) =>
  JSON.parse(readFileSync(join(base, pkg, 'package.json'), 'utf8')).version;

/** This checkout's build, and with --compare the other revision's, each on its own origin. */
async function serveBuilds() {
  const sites = { kz: await serveBuild('kz', DIST) };
  let base = null;
  if (COMPARE) {
    const { baseBuild } = await import('./base-build.mjs');
    base = baseBuild(COMPARE);
    sites.base = await serveBuild('base', base.dist);
  }
  // The peers and the page alone are served with this checkout.
  const siteOf = (contender) => sites[contender] ?? sites.kz;
  return { sites, siteOf, base };
}

async function launch() {
  const { findChromium } = await import('../scripts/chromium.mjs');
  const { chromium } = await import('playwright');
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('no Chromium found: set KZ_CHROMIUM=/path/to/chromium');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
  return { browser, executablePath };
}

/**
 * Every repetition of every workload, contenders interleaved; the order of the contenders is
 * reversed on every other repetition, so that neither of two compared builds always runs first.
 */
async function timedRuns(browser, siteOf, loads) {
  const runs = {};
  for (const workload of WORKLOADS) {
    // The first map and the sparklines also measure their floor: the page without a library.
    const contenders = withFloor(workload);
    runs[workload] = Object.fromEntries(contenders.map((c) => [c, []]));
    const reps = workload === 'cycles' ? Math.min(REPS, 3) : REPS;
    for (let rep = 0; rep < reps; rep++) {
      const order = rep % 2 ? [...contenders].reverse() : contenders;
      for (const contender of order) {
        const t = Date.now();
        const screenshot = rep === 0;
        let r = await measure(browser, siteOf(contender), contender, workload, { screenshot });
        if (!r.ok) {
          // One retry, so that a passing hiccup of the shared machine does not leave a hole; the
          // first failure is kept in the results.
          const retry = await measure(browser, siteOf(contender), contender, workload, {
            screenshot,
          });
          retry.retriedAfter = r.error;
          r = retry;
        }
        r.load = loadavg()[0];
        loads.push(r.load);
        runs[workload][contender].push(r);
        const brief = r.ok ? '' : ` FAILED: ${r.error.split('\n')[0]}`;
        console.log(
          `bench: ${workload} ${rep + 1}/${reps} ${contender} ${Date.now() - t} ms${brief}`,
        );
      }
    }
  }
  return runs;
}

/** The untimed traces and CPU profiles asked for with --trace and --profile. */
async function untimedRuns(browser, siteOf) {
  const traces = {};
  const profiles = {};
  if (TRACE) {
    for (const workload of WORKLOADS.filter((w) => !['cycles', 'article'].includes(w))) {
      traces[workload] = {};
      for (const contender of withFloor(workload)) {
        traces[workload][contender] = await traceRun(
          browser,
          siteOf(contender),
          contender,
          workload,
        );
      }
      console.log(`bench: traced ${workload}`);
    }
  }
  if (PROFILE && CONTENDERS.includes('kz')) {
    for (const workload of WORKLOADS.filter((w) => w !== 'article')) {
      profiles[workload] = await profileRun(browser, siteOf('kz'), 'kz', workload);
      console.log(`bench: profiled ${workload} kz`);
    }
  }
  return { traces, profiles };
}

/** The commit, and how many source files differed from it, when dist/ is copied for the run. */
function sourcesOf() {
  return {
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    uncommittedSources: execFileSync('git', ['status', '--porcelain', '--', 'src', 'maps'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean).length,
  };
}

function environmentOf({ sources, base, browser, executablePath, started, loadAtStart, loads }) {
  const round = (x) => Math.round(x * 10) / 10;
  return {
    date: new Date().toISOString(),
    ...sources,
    ...(DIST === join(ROOT, 'dist') ? {} : { dist: DIST }),
    ...(base
      ? { compared: { revision: COMPARE, commit: base.commit, sameLock: base.sameLock } }
      : {}),
    chromium: browser.version(),
    executablePath,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    cpuThrottling: CPU,
    network: NETWORK,
    reps: REPS,
    viewport: VIEWPORT,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    // One-minute load average of the machine at the start and at the end of the run.
    loadAverage: [loadAtStart, loadavg()[0]].map(round),
    loadDuring: loads.length
      ? [sorted(loads)[0], median(loads), sorted(loads).at(-1)].map(round)
      : null,
    versions: {
      'kz-indicators': JSON.parse(readFileSync('package.json', 'utf8')).version,
      '@observablehq/plot': versionOf('@observablehq/plot'),
      d3: versionOf('d3'),
      vega: versionOf('vega'),
      'vega-lite': versionOf('vega-lite'),
      'vega-embed': versionOf('vega-embed'),
      echarts: versionOf('echarts'),
      'topojson-client': versionOf('topojson-client'),
      playwright: versionOf('playwright', join(ROOT, 'node_modules')),
    },
    data: DATA,
  };
}

async function writeReport({ runs, traces, profiles, environment, sites }) {
  const summary = summarize(runs);
  const bundler = WORKLOADS.includes('first') ? await bundlerSizes() : null;
  const { breakdown } = await import('./breakdown.mjs');
  // The file the map pages load.
  const bundle = CONTENDERS.includes('kz')
    ? breakdown(join(sites.kz.snapshot, 'cdn/kz-choropleth.js'))
    : null;
  if (bundle) bundle.file = '/dist/cdn/kz-choropleth.js';
  const { report } = await import('./report.mjs');
  const { markdown: peers, targets } = report(summary, environment, NAMES, {
    profiles,
    traces,
    bundler,
    bundle,
  });
  let markdown = peers;
  let comparison = null;
  if (sites.base) {
    const { compare, comparisonMarkdown } = await import('./compare.mjs');
    comparison = compare(summary, runs);
    markdown = `${comparisonMarkdown(comparison, environment)}\n${peers}`;
  }
  const json = {
    environment,
    targets,
    comparison,
    summary,
    bundler,
    bundle,
    traces,
    profiles,
    runs,
  };
  writeFileSync(join(OUT, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  writeFileSync(join(OUT, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`bench: wrote ${join(OUT, 'latest.md')} and latest.json`);
}

async function main() {
  ensureSetup();
  mkdirSync(OUT, { recursive: true });
  const sources = sourcesOf();
  const { sites, siteOf, base } = await serveBuilds();
  const { browser, executablePath } = await launch();
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  // The one-minute load average after each measurement: the machine is shared.
  const loads = [];
  let runs;
  let untimed;
  try {
    runs = await timedRuns(browser, siteOf, loads);
    untimed = await untimedRuns(browser, siteOf);
  } finally {
    await browser.close();
    Object.values(sites).forEach((site) => site.close());
  }
  const environment = environmentOf({
    sources,
    base,
    browser,
    executablePath,
    started,
    loadAtStart,
    loads,
  });
  await writeReport({ runs, ...untimed, environment, sites });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
