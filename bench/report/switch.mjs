// Section 2 of the benchmark report: the period switch.

import { ms, range, ratio, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function switchSection({ summary, contenders, name, kz }) {
  if (!summary.switch) return [];
  const out = [];
  out.push('## 2. Period switch (same map, 15 periods stepped)\n');
  const steps = kz('switch')?.steps ?? Object.values(summary.switch)[0]?.steps ?? [];
  out.push(
    `Each update starts in a requestAnimationFrame callback and ends after that frame (or the frame the ` +
      `library draws in) has been rendered. Periods: ${steps.join(', ')}. Median and p95 over all updates of ` +
      `all runs; (min–max) of the per-run medians.\n`,
  );
  const k = kz('switch');
  out.push(
    table(
      [
        '',
        'median (ms)',
        'p95 (ms)',
        'per-run medians (ms)',
        'slowest update (ms)',
        'median ratio',
        'areas',
      ],
      contenders('switch').map((c) => {
        const s = summary.switch[c];
        return [
          name(c),
          ms(s.update?.median),
          ms(s.update?.p95),
          range(s.runMedians),
          ms(s.update?.max),
          c === 'kz' ? '' : ratio(k?.update?.median, s.update?.median),
          s.areas ?? '–',
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
