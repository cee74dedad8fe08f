// Main-thread time of one traced run, by kind of work: where a page spends the time between the
// start of a workload and its last painted frame. Built on Chromium's devtools.timeline events;
// self times (an event's duration minus the events nested in it) are summed by kind.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
];

const KINDS = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\.run|v8\.callFunction|V8\.Execute|v8\.evaluateModule|FireIdleCallback|HandlePostMessage|XHRReadyStateChange|ResourceReceivedData)$/,
  ],
  [
    'compile',
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript|v8\.produceCache|v8\.produceModuleCache|CacheScript|v8\.compileLazy|V8\.CompileLazy|v8\.parse.*|ParseScriptOnBackground)$/,
  ],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/,
  ],
  [
    'layout',
    /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections|ComputeIntersections)$/,
  ],
  [
    'paint',
    /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|PaintSetup|RasterTask|Decode.*)$/,
  ],
  ['html', /^(ParseHTML|ParseAuthorStyleSheet)$/],
  ['gc', /(GC|GarbageCollect|BlinkGC|V8\.GC)/],
];

const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

/** Summarises a Chromium trace between the `bench:end` mark minus `windowMs` and that mark. */
export function summarizeTrace(trace, windowMs) {
  const events = trace.traceEvents ?? trace;
  // The last mark: the interaction workload marks the end of its taps after the page's own.
  const end = events.findLast(
    (e) => e.name === 'bench:end' && e.cat?.includes('blink.user_timing'),
  );
  if (!end) return null;
  const pid = end.pid;
  const main = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? end.tid;
  const t1 = end.ts;
  const t0 = t1 - windowMs * 1000;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .filter((e) => e.ts < t1 && e.ts + e.dur > t0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, t1) - Math.max(e.ts, t0));
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? clip(parent)) - clip(e));
    self.set(e, self.get(e) ?? clip(e));
    stack.push(e);
  }
  const byKind = {};
  const byName = new Map();
  let busy = 0;
  for (const [e, us] of self) {
    if (us <= 0) continue;
    const ms = us / 1000;
    const k = kindOf(e.name);
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') {
      byKind.other = (byKind.other ?? 0) + ms;
    } else byKind[k] = (byKind[k] ?? 0) + ms;
    byName.set(e.name, (byName.get(e.name) ?? 0) + ms);
    busy += ms;
  }
  const round = (x) => Math.round(x * 10) / 10;
  return {
    windowMs: round(windowMs),
    busyMs: round(busy),
    idleMs: round(Math.max(0, windowMs - busy)),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, round(v)])),
    topEvents: [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => ({ name, ms: round(ms) })),
  };
}
