// Section 5 of the benchmark report: heap growth over mount/unmount cycles.

import { mb, range, signedKb, table } from './format.mjs';

/** Its lines of markdown, or none when the workload did not run. */
export function cyclesSection({ summary, contenders, name }) {
  if (!summary.cycles) return [];
  const out = [];
  out.push('## 5. Heap after 100 mount/unmount cycles of the 20-region map\n');
  out.push(
    'After forced GC (HeapProfiler.collectGarbage, twice), after cycles 1, 100 and 200: the JS heap ' +
      '(Runtime.getHeapUsage), DOM nodes and listeners (Memory.getDOMCounters), and a heap snapshot split ' +
      'into *objects* held by scripts (objects, arrays, closures, strings), V8 *code* (compiled code and ' +
      'feedback, which grows while the engine optimises hot functions) and *browser-native* memory (DOM ' +
      "wrappers, the performance timeline's own entries). A leak shows as objects, nodes or listeners " +
      'growing with the cycles. Each cycle mounts the map, waits for it to be painted, then unmounts it ' +
      'the documented way (Vega: `finalize()`, ECharts: `dispose()`, Plot and kz-indicators: remove the ' +
      'element).\n',
  );
  const count = (x) => `${x >= 0 ? '+' : ''}${Math.round(x)}`;
  out.push(
    table(
      [
        '',
        'heap after 1 (MB)',
        'heap 1→100 (KB)',
        'heap 100→200 (KB)',
        'objects 1→100 (KB)',
        'objects 100→200 (KB)',
        'code 1→100 (KB)',
        'browser-native 1→100 (KB)',
        'DOM nodes 1→100',
        'listeners 1→100',
      ],
      contenders('cycles').map((c) => {
        const s = summary.cycles[c];
        return [
          name(c),
          range(s.after1, mb),
          range(s.growth, signedKb),
          range(s.growthLater, signedKb),
          range(s.objectsGrowth, signedKb),
          range(s.objectsGrowthLater, signedKb),
          range(s.codeGrowth, signedKb),
          range(s.nativeGrowth, signedKb),
          range(s.nodeGrowth, count),
          range(s.listenerGrowth, count),
        ];
      }),
    ),
  );
  out.push('');
  return out;
}
