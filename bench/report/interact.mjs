// Section 6 of the benchmark report: tap and key interactions.

import { ms, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function interactSection({ summary, contenders, name }) {
  if (!summary.interact) return [];
  const out = [];
  out.push('## 6. Interactions on the 20-region map\n');
  out.push(
    'Real input sent through CDP (a touch tap on a point inside each area, then arrow-key presses ' +
      'walking the areas east and west), timed in the page from the input event’s timestamp to the ' +
      'end of the frame that shows the result: the tapped area’s tooltip, or the next area focused. ' +
      'The first tap includes loading the tooltip’s code. kz-indicators only (of the peers, none moves ' +
      'focus between areas by key, and only ECharts shows a tooltip on tap).\n',
  );
  out.push(
    table(
      [
        '',
        'tap median (ms)',
        'tap p95 (ms)',
        'tap max (ms)',
        'taps',
        'key median (ms)',
        'key p95 (ms)',
        'key max (ms)',
        'presses',
      ],
      contenders('interact').map((c) => {
        const s = summary.interact[c];
        return [
          name(c),
          ms(s.tap?.median),
          ms(s.tap?.p95),
          ms(s.tap?.max),
          `${s.tap?.n ?? 0}${s.missedTaps ? ` (${s.missedTaps} without a tooltip)` : ''}`,
          ms(s.key?.median),
          ms(s.key?.p95),
          ms(s.key?.max),
          s.key?.n ?? 0,
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
