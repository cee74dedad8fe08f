// Section 7 of the benchmark report: the example news article.

import { range, ratio, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function articleSection({ summary, contenders, name, kz }) {
  if (!summary.article) return [];
  const out = [];
  out.push('## 7. A news page: the example article\n');
  out.push(
    '`stories/examples/article.html` (a map with a period slider and ten sparklines in running text) ' +
      'as shipped, and the same page with Observable Plot drawing the map (with legend and slider) ' +
      'and the sparklines (bench/article.mjs makes both from the one file). A phone screen of ' +
      '412×823 CSS pixels at 1.75× with touch. LCP from the largest-contentful-paint entries; TBT: ' +
      'long tasks after First Contentful Paint, each counted above 50 ms, until 3 s after the map is ' +
      'drawn; CLS: the sum of layout shifts without recent input.\n',
  );
  const k = kz('article');
  out.push(
    table(
      ['', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'TBT ratio', 'longest task (ms)', 'CLS'],
      contenders('article').map((c) => {
        const s = summary.article[c];
        return [
          name(c),
          range(s.fcp),
          range(s.lcp),
          range(s.tbt),
          c === 'kz' ? '' : ratio(k?.tbt?.median, s.tbt?.median),
          range(s.longest),
          range(s.cls, (x) => x.toFixed(3)),
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
