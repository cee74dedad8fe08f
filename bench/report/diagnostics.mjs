// The end sections of the benchmark report: failed runs and console messages, main-thread time by
// kind of work (traces) and kz-indicators' heaviest functions (profiles).

import { ms, table } from './format.mjs';

/** Runs that failed and what the pages logged, per workload and contender. */
export function failuresSection({ summary, name }) {
  const failures = [];
  for (const [w, byC] of Object.entries(summary)) {
    for (const [c, s] of Object.entries(byC)) {
      if (s.errors?.length)
        failures.push(
          `- ${w} / ${name(c)}: ${s.failed} of ${s.runs} runs failed: ${s.errors[0].split('\n')[0]}`,
        );
      if (s.problems?.length)
        failures.push(`- ${w} / ${name(c)} console: ${s.problems.slice(0, 3).join(' · ')}`);
    }
  }
  if (!failures.length) return [];
  return ['## Failures and console messages\n', failures.join('\n'), ''];
}

/** One table per workload of the traced run's main-thread time. */
export function tracesSection({ traces, name }) {
  if (!Object.keys(traces).length) return [];
  const out = [];
  out.push('## Main-thread time by kind of work (one traced run per contender and workload)\n');
  out.push(
    'Chromium trace (devtools.timeline), self time of the renderer main thread between the start of the ' +
      'workload and its last painted frame (first map: from navigation start), in ms. Not the timed runs.\n',
  );
  const kinds = ['script', 'compile', 'style', 'layout', 'paint', 'html', 'gc', 'other'];
  for (const [w, byC] of Object.entries(traces)) {
    out.push(`**${w}**\n`);
    out.push(
      table(
        ['', 'window', 'busy', ...kinds, 'heaviest events'],
        Object.entries(byC)
          .filter(([, t]) => t)
          .map(([c, t]) => [
            name(c),
            ms(t.windowMs),
            ms(t.busyMs),
            ...kinds.map((k) => ms(t.byKind[k] ?? 0)),
            t.topEvents
              .slice(0, 4)
              .map((e) => `${e.name} ${ms(e.ms)}`)
              .join(', '),
          ]),
      ),
    );
    out.push('');
  }
  return out;
}

/** The heaviest functions of kz-indicators in the profiled run of each workload. */
export function profilesSection({ profiles }) {
  if (!Object.keys(profiles).length) return [];
  const out = [];
  out.push('## Where kz-indicators spends main-thread time (one profiled run per workload)\n');
  out.push(
    'CDP Profiler, 0.1 ms sampling, over the timed part of the workload (first map: from navigation; ' +
      'cycles: 100 cycles), in a separate run. Self time of the heaviest functions, mapped to the sources ' +
      "through the bundle's source map; `(program)` is native work outside JS (parsing, style, layout, paint).\n",
  );
  for (const [w, p] of Object.entries(profiles)) {
    out.push(
      `- **${w}**: ${p.totalMs} ms sampled; (program) ${ms(p.special['(program)'])} ms, GC ${ms(p.special['(garbage collector)'])} ms, idle ${ms(p.special['(idle)'])} ms. ` +
        p.top
          .slice(0, 10)
          .map((t) => `\`${t.fn}\` ${ms(t.ms)}`)
          .join('; '),
    );
  }
  out.push('');
  return out;
}
