// The in-page half of the benchmark: runs one workload with one contender and leaves the result in
// `window.__bench`. Each contender page (kz.html, plot.html, vega.html, echarts.html) defines an
// adapter with the same shape and calls `runWorkload(adapter)`:
//
//   mountMap(stage, input) -> Promise<{ areas, update(period), destroy() }>
//       resolves once the map and its legend are drawn into the DOM or the canvas;
//       `update(period)` resolves once the new period is drawn.
//   mountSparklines(stage, series) -> Promise<void>
//       resolves once the sparklines the library has chosen to draw are drawn.
//
// Times are read from `performance.now()` (origin: navigation start). "Painted" means: the
// library reported its drawing done, then the next frame's rendering (style, layout, paint) ran on
// the main thread; `afterFrame` resolves in a message task queued behind that rendering step.

import {
  fetchDocument,
  periodsOf,
  periodSteps,
  pickIndicator,
  sparklineSeries,
} from './documents.js';

export const MAP_WIDTH = 800;
export const SPARK = { width: 96, height: 24 };
/** Conformal conic parameters for Kazakhstan, given to the peers that take a projection. */
export const PROJECTION = { parallels: [43, 53], rotate: [-67, 0] };
/** Map height for the peers that need one (Plot derives it from the projection). */
export const MAP_HEIGHT = 440;

/** Resolves after the next frame has been rendered (rAF, then a message task after rendering). */
export function afterFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/** Resolves after the rendering step of the frame the caller is in (call from a rAF callback). */
function afterThisFrame() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
}

const params = new URL(location.href).searchParams;
export const workload = params.get('w') ?? 'first';

/** Workload inputs, the same for every contender (paths are relative to the served repo root). */
export const INPUTS = {
  first: {
    map: '/maps/regions-2022.json',
    layout: '2022',
    data: params.get('data') ?? '/stories/data/poverty.json',
    indicator: params.get('indicator') ?? '',
    period: params.get('period') ?? '2023',
  },
  switch: {
    map: '/maps/regions-2022.json',
    layout: '2022',
    data: params.get('data') ?? '/stories/data/poverty.json',
    indicator: params.get('indicator') ?? '',
    period: params.get('period') ?? '2023',
  },
  districts: {
    map: '/maps/districts-2024.json',
    layout: 'districts',
    data: params.get('data') ?? '',
    indicator: params.get('indicator') ?? '',
    period: params.get('period') ?? '',
  },
  interact: {
    map: '/maps/regions-2022.json',
    layout: '2022',
    data: params.get('data') ?? '/stories/data/poverty.json',
    indicator: params.get('indicator') ?? '',
    period: params.get('period') ?? '2023',
  },
  cycles: {
    map: '/maps/regions-2022.json',
    layout: '2022',
    data: params.get('data') ?? '/stories/data/poverty.json',
    indicator: params.get('indicator') ?? '',
    period: params.get('period') ?? '2023',
  },
  sparklines: {
    data: params.get('data') ?? '',
    count: Number(params.get('count') ?? 1000),
    points: Number(params.get('points') ?? 15),
  },
};

/**
 * Marks the moment the map file and the data are both in the page's hands (fetched in parallel and
 * parsed): "drawing after the data" is measured from here to the painted frame.
 */
export function markInHand() {
  performance.mark('bench:in-hand');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
}

/** Scrolls the page from top to bottom, 240 px per frame, and reports long tasks and frame gaps. */
export async function scrollThrough() {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  scrollTo(0, 0);
  await afterFrame();
  const gaps = [];
  let last = performance.now();
  const bottom = document.documentElement.scrollHeight - innerHeight;
  while (scrollY < bottom) {
    scrollBy(0, 240);
    const now = await afterFrame();
    gaps.push(now - last);
    last = now;
  }
  for (let i = 0; i < 10; i++) await afterFrame();
  observer.disconnect();
  return {
    frames: gaps.length,
    longTasks: longTasks.length,
    longestTask: longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longestFrameGap: gaps.reduce((m, g) => Math.max(m, g), 0),
    medianFrameGap: median(gaps),
  };
}

/** Profiling hooks: the runner's --profile mode starts and stops the CPU profiler around the timed part. */
async function hook(what) {
  if (typeof window.__benchHook === 'function') await window.__benchHook(what);
}

function stage() {
  return document.getElementById('stage');
}

/** Where the workload is, for the runner's report when a run times out. */
function phase(text) {
  window.__phase = text;
}

async function firstMap(adapter, input) {
  phase('mounting the map');
  const handle = await adapter.mountMap(stage(), input);
  const painted = await afterFrame();
  performance.mark('bench:end');
  await hook('end');
  const script = performance.getEntriesByName('script')[0]?.startTime ?? null;
  // A page that does not hand the map to the library itself says when the library had both.
  const inHand =
    handle.inHand?.() ?? performance.getEntriesByName('bench:in-hand').at(-1)?.startTime;
  return {
    scriptEvaluated: script,
    painted,
    inHand: inHand ?? null,
    drawing: inHand == null ? null : painted - inHand,
    areas: handle.areas,
    window: [0, painted],
  };
}

/** Resolves after the frame in which `test()` first holds has been rendered (polled per frame). */
function paintedWhen(test, frames = 60) {
  return new Promise((resolve) => {
    let left = frames;
    const poll = () => {
      if (test()) afterThisFrame().then(resolve);
      else if (--left > 0) requestAnimationFrame(poll);
      else resolve(null);
    };
    requestAnimationFrame(poll);
  });
}

/**
 * Interactions, driven by the runner with real input (CDP touch and key events): `arm(kind)` is
 * called before each one, and resolves with the time from the input event's timestamp to the
 * frame that shows its result (tap: the tooltip of the tapped area; key: the next area focused),
 * or null when nothing changed.
 */
async function interactions(adapter, input) {
  phase('mounting the map');
  const handle = await adapter.mountMap(stage(), input);
  await afterFrame();
  window.__areaPoints = () => handle.areaPoints();
  window.__focusFirst = () => handle.focusFirst();
  window.__arm = (kind, target) => {
    const type = kind === 'tap' ? 'pointerdown' : 'keydown';
    const before = handle.focused();
    window.__armed = new Promise((resolve) => {
      addEventListener(
        type,
        (event) => {
          const t0 = event.timeStamp;
          const test =
            kind === 'tap'
              ? () => handle.tipShownFor(target)
              : () => handle.focused() !== before && handle.focused() != null;
          paintedWhen(test).then((t1) => resolve(t1 == null ? null : t1 - t0));
        },
        { capture: true, once: true },
      );
    });
  };
  return { areas: handle.areas, ready: true };
}

async function periodSwitch(adapter, input) {
  const doc = await fetchDocument(input.data);
  const indicator = pickIndicator(doc, input.indicator);
  phase('mounting the map');
  const handle = await adapter.mountMap(stage(), { ...input, fixedScale: true });
  phase('waiting for the first frame');
  await afterFrame();
  const steps = periodSteps(periodsOf(indicator));
  const updates = [];
  await hook('start');
  const start = performance.now();
  for (const period of steps) {
    phase(`switching to ${period}`);
    const took = await new Promise((resolve) =>
      requestAnimationFrame(async () => {
        const t0 = performance.now();
        await handle.update(period);
        const t1 = await afterThisFrame();
        resolve(t1 - t0);
      }),
    );
    updates.push(took);
    await afterFrame();
  }
  const end = performance.now();
  performance.mark('bench:end');
  await hook('end');
  return { updates, steps, areas: handle.areas, window: [start, end] };
}

async function sparklines(adapter, input) {
  const { series, distinct } = await sparklineSeries(input);
  await afterFrame();
  await hook('start');
  const t0 = performance.now();
  await adapter.mountSparklines(stage(), series);
  const painted = await afterFrame();
  performance.mark('bench:end');
  await hook('end');
  return {
    painted: painted - t0,
    count: series.length,
    distinct,
    points: input.points,
    window: [t0, painted],
  };
}

/** Mount, paint, unmount `n` times. The runner forces GC and reads the heap between calls. */
async function cycles(adapter, input, n) {
  for (let i = 0; i < n; i++) {
    const handle = await adapter.mountMap(stage(), input);
    await afterFrame();
    handle.destroy();
    stage().replaceChildren();
  }
  await afterFrame();
  return { cycles: n };
}

export async function runWorkload(adapter) {
  const input = INPUTS[workload];
  window.__bench = { done: false };
  try {
    let result;
    if (workload === 'first' || workload === 'districts') result = await firstMap(adapter, input);
    else if (workload === 'switch') result = await periodSwitch(adapter, input);
    else if (workload === 'sparklines') result = await sparklines(adapter, input);
    else if (workload === 'interact') result = await interactions(adapter, input);
    else if (workload === 'cycles') {
      window.__cycles = (n) => cycles(adapter, input, n);
      window.__mountAndKeep = async () => {
        await adapter.mountMap(stage(), input);
        await afterFrame();
      };
      result = { ready: true };
    } else throw new Error(`unknown workload "${workload}"`);
    window.__bench = { done: true, ok: true, ...result };
  } catch (error) {
    window.__bench = { done: true, ok: false, error: String(error?.stack ?? error) };
  }
  window.__scrollThrough = scrollThrough;
  // The runner waits for this message rather than polling the page: a poll runs script in the
  // page (the first one compiles the test tool's helpers for ~10 ms) inside the timed part.
  console.debug('bench:done');
}
