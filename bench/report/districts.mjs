// Section 4 of the benchmark report: the 224-district map's first paint.

import { count, jsMap, kb, range, ratio, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function districtsSection({ summary, contenders, name, kz }) {
  if (!summary.districts) return [];
  const out = [];
  out.push('## 4. District map (224 districts): first paint\n');
  const k = kz('districts');
  out.push(
    table(
      [
        '',
        'script (ms)',
        'painted (ms)',
        'ratio',
        'drawing after the data (ms)',
        'drawing ratio',
        'DOM nodes',
        'style + layout (ms)',
        'JS+map gzip (KB)',
        'map gzip (KB)',
        'areas',
      ],
      contenders('districts').map((c) => {
        const s = summary.districts[c];
        return [
          name(c),
          range(s.scriptEvaluated),
          range(s.painted),
          c === 'kz' ? '' : ratio(k?.painted?.median, s.painted?.median),
          range(s.drawing),
          c === 'kz' ? '' : ratio(k?.drawing?.median, s.drawing?.median),
          count(s.nodes?.median),
          range(s.styleLayout),
          kb(jsMap(s)),
          kb(s.bytes?.totals?.map?.gzip),
          s.areas ?? '–',
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
