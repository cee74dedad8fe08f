// The contenders' shared reading of the benchmark's inputs: kz-indicators JSON documents fetched
// once per page, their values as plain numbers, and the table every contender fills with
// sparklines. Each contender page imports this module beside harness.js (both are found in its
// first import list, so they are fetched in parallel and no contender waits longer for them).

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
