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

const documents = new Map();
/** Fetches (once per page) and parses a kz-indicators JSON document. */
export function fetchDocument(url) {
  if (!documents.has(url))
    documents.set(
      url,
      fetch(url).then((r) => r.json()),
    );
  return documents.get(url);
}

/** The indicator named `id` (or the first) of a kz-indicators document. */
export function pickIndicator(doc, id) {
  const found = id ? doc.indicators.find((i) => i.id === id) : doc.indicators[0];
  if (!found) throw new Error(`no indicator "${id}" in the document`);
  return found;
}

/** A kz-indicators value (number, null or { value }) as a number or null. */
export function numberOf(raw) {
  const v = raw !== null && typeof raw === 'object' ? raw.value : raw;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Area id -> value for one period. */
export function valuesAt(indicator, period) {
  const out = new Map();
  for (const [area, byPeriod] of Object.entries(indicator.values)) {
    const v = numberOf(byPeriod[period]);
    if (v !== null) out.set(area, v);
  }
  return out;
}

/** Every value of the indicator over all periods (the sample for a scale fixed across periods). */
export function allValues(indicator) {
  const out = [];
  for (const byPeriod of Object.values(indicator.values)) {
    for (const raw of Object.values(byPeriod)) {
      const v = numberOf(raw);
      if (v !== null) out.push(v);
    }
  }
  return out;
}

/** Periods with at least one area value, in order. */
export function periodsOf(indicator) {
  const set = new Set();
  for (const byPeriod of Object.values(indicator.values)) {
    for (const [p, raw] of Object.entries(byPeriod)) if (numberOf(raw) !== null) set.add(p);
  }
  return [...set].sort();
}

/** Quantile thresholds as d3.scaleQuantile computes them, for peers without such a scale. */
export function quantileThresholds(values, n) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => {
    const i = (sorted.length - 1) * p;
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo);
  };
  return Array.from({ length: n - 1 }, (_, k) => at((k + 1) / n));
}

/** The 15 period steps of the switch workload: walk the periods back and forth. */
export function periodSteps(periods, count = 15) {
  const walk = [...periods.slice(0, -1).reverse(), ...periods.slice(1)];
  const steps = [];
  for (let i = 0; steps.length < count; i++) steps.push(walk[i % walk.length]);
  return steps;
}

/** The sparkline series: `count` series of `points` consecutive values cut from the real series of a document. */
export async function sparklineSeries({ data, count, points }) {
  const doc = await fetchDocument(data);
  const pool = [];
  for (const indicator of doc.indicators) {
    const series = [
      ...Object.values(indicator.values),
      ...(indicator.references ?? []).map((r) => r.values ?? {}),
    ];
    for (const byPeriod of series) {
      const periods = Object.keys(byPeriod).sort();
      const values = periods.map((p) => numberOf(byPeriod[p]));
      for (let start = 0; start + points <= values.length; start++) {
        const slice = values.slice(start, start + points);
        if (slice.every((v) => v !== null)) {
          pool.push({ values: slice, periods: periods.slice(start, start + points) });
        }
      }
    }
  }
  if (pool.length === 0) throw new Error(`no series of ${points} values in ${data}`);
  return {
    distinct: pool.length,
    series: Array.from({ length: count }, (_, i) => pool[i % pool.length]),
  };
}

/** The table every contender fills: one row per series, a label cell and an empty chart cell. */
export function sparkTable(stageEl, series) {
  const table = document.createElement('table');
  table.className = 'sparks';
  const body = table.createTBody();
  const cells = series.map((s, i) => {
    const row = body.insertRow();
    row.insertCell().textContent = `Series ${i + 1} (${s.periods[0]}–${s.periods.at(-1)})`;
    const cell = row.insertCell();
    cell.className = 'cell';
    return cell;
  });
  stageEl.append(table);
  return cells;
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
