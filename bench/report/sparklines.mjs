// Section 3 of the benchmark report: 1,000 sparklines, painting and scrolling.

import { mb, range, ratio, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function sparklinesSection({ summary, contenders, name, kz }) {
  if (!summary.sparklines) return [];
  const out = [];
  const any = Object.values(summary.sparklines).find((s) => s.count);
  out.push(`## 3. ${any?.count ?? 1000} sparklines of ${any?.points ?? 15} points\n`);
  out.push(
    `A table of ${any?.count ?? 1000} rows, one sparkline per row (${any?.distinct ?? '?'} distinct real series, ` +
      'repeated). *Painted*: from the start of building the table until what the library draws up front is ' +
      'drawn and the frame rendered (kz-indicators draws the sparklines near the viewport and the rest as ' +
      'they scroll into view; the peers draw all of them). Heap: JS heap after forced GC. Scroll: the page ' +
      'scrolled to the bottom 240 px per frame, long tasks from a PerformanceObserver.\n',
  );
  const k = kz('sparklines');
  out.push(
    table(
      [
        '',
        'painted (ms)',
        'ratio',
        'JS heap (MB)',
        'DOM nodes',
        'long tasks while scrolling',
        'longest task (ms)',
        'longest frame (ms)',
      ],
      contenders('sparklines').map((c) => {
        const s = summary.sparklines[c];
        return [
          name(c),
          range(s.painted),
          c === 'kz' ? '' : ratio(k?.painted?.median, s.painted?.median),
          range(s.heap, mb),
          s.nodes ? Math.round(s.nodes.median).toString() : '–',
          s.longTasks ? range(s.longTasks, (x) => String(Math.round(x))) : '–',
          range(s.longestTask),
          range(s.longestFrameGap),
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
