// Turns the benchmark summary into bench/results/latest.md and the list of targets (issue 7).
// The sections are in bench/report/, one module per workload; this file puts them in order.

import { articleSection } from './report/article.mjs';
import { cyclesSection } from './report/cycles.mjs';
import { failuresSection, profilesSection, tracesSection } from './report/diagnostics.mjs';
import { districtsSection } from './report/districts.mjs';
import { firstSection } from './report/first.mjs';
import { table } from './report/format.mjs';
import { interactSection } from './report/interact.mjs';
import { sparklinesSection } from './report/sparklines.mjs';
import { summaryTable } from './report/summary-table.mjs';
import { switchSection } from './report/switch.mjs';
import { targetsOf } from './report/targets.mjs';

export { HEAP_TOLERANCE, targetsOf } from './report/targets.mjs';
export { summaryTable } from './report/summary-table.mjs';

/** The title, the machine and browser the run used, and the libraries' versions. */
function heading(env) {
  const out = [];
  out.push('# Benchmark: kz-indicators, Observable Plot, Vega-Lite, ECharts\n');
  out.push(
    `Run ${env.date.slice(0, 16).replace('T', ' ')} UTC on commit \`${env.commit}\`` +
      (env.uncommittedSources
        ? ` (${env.uncommittedSources} files of src/ and maps/ differed from it)`
        : '') +
      `: Chromium ${env.chromium} (headless), ` +
      `${env.cores} × ${env.cpu} (load average ${env.loadAverage?.join(' → ') ?? '?'}` +
      (env.loadDuring
        ? `; after each measurement ${env.loadDuring[0]} to ${env.loadDuring[2]}, median ${env.loadDuring[1]}`
        : '') +
      `), Node ${env.node}, CPU throttling ${env.cpuThrottling}×, ` +
      (env.network && env.network !== 'none'
        ? `network ${env.network === 'slow4g' ? 'slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)' : env.network}, `
        : '') +
      `viewport ${env.viewport.width}×${env.viewport.height}, ${env.reps} repetitions per contender ` +
      `(cycles: ${Math.min(env.reps, 3)}), contenders interleaved, a fresh browser context per measurement; ` +
      `${env.durationSeconds} s in all. Times are medians with (min–max); ratios are kz-indicators / peer on medians.\n`,
  );
  out.push(
    `Versions: ${Object.entries(env.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.\n`,
  );
  return out;
}

/** Links to each workload's screenshot per contender. */
function screenshots({ summary, contenders, name }) {
  const out = [];
  out.push('## Screenshots\n');
  out.push(
    Object.keys(summary)
      .map(
        (w) =>
          `- ${w}: ${contenders(w)
            .filter((c) => !(c === 'table' && w === 'first'))
            .map((c) => `[${name(c)}](${w}-${c}.png)`)
            .join(', ')}`,
      )
      .join('\n'),
  );
  out.push('');
  return out;
}

export function report(
  summary,
  env,
  names,
  { profiles = {}, traces = {}, bundler = null, bundle = null } = {},
) {
  const contenders = (w) => Object.keys(summary[w] ?? {});
  const name = (c) => names[c] ?? c;
  const kz = (w) => summary[w]?.kz;
  const ctx = { summary, names, contenders, name, kz, profiles, traces, bundler, bundle };
  const out = [...heading(env)];

  out.push('## Summary\n');
  out.push(summaryTable(summary, names));
  out.push('');

  const targets = targetsOf(summary);
  out.push('## Targets\n');
  out.push(
    table(
      ['target', 'measured', 'met'],
      targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**']),
    ),
  );
  out.push('');

  for (const section of [
    firstSection,
    switchSection,
    sparklinesSection,
    districtsSection,
    cyclesSection,
    interactSection,
    articleSection,
    failuresSection,
    tracesSection,
    profilesSection,
    screenshots,
  ])
    out.push(...section(ctx));
  return { markdown: out.join('\n') + '\n', targets };
}
