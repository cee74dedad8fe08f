// The example article with Observable Plot drawing its charts, for the news-page workload
// (bench/article.mjs makes the page from stories/examples/article.html): each <kz-sparkline> is a
// Plot line of the same series (with first and last dots where the article asks for markers, and
// one y scale per scale group), the <kz-choropleth> a Plot geo map with its colour legend and a
// period slider. Plot draws everything on load, as its documentation shows.
/* global Plot, topojson */
import { numberOf, quantileThresholds } from './documents.js';

const documents = new Map();
const fetchJson = (url) => {
  if (!documents.has(url))
    documents.set(
      url,
      fetch(url).then((r) => r.json()),
    );
  return documents.get(url);
};
const indicatorOf = (doc, id) => doc.indicators.find((i) => i.id === id) ?? doc.indicators[0];

/** The series of an area or a reference line (national, world, a region…), as [period, value]. */
function seriesOf(indicator, area) {
  const byPeriod =
    indicator.values[area] ?? indicator.references?.find((r) => r.id === area)?.values ?? {};
  return Object.keys(byPeriod)
    .sort()
    .map((p) => [p, numberOf(byPeriod[p])])
    .filter(([, v]) => v !== null);
}

async function sparklines() {
  const spans = [...document.querySelectorAll('.plot-spark')];
  const loaded = await Promise.all(
    spans.map(async (span) => {
      const doc = await fetchJson(span.dataset.src);
      return seriesOf(indicatorOf(doc, span.dataset.indicator), span.dataset.area);
    }),
  );
  // One y domain per scale group, as the article's grouped sparklines share one.
  const groups = new Map();
  spans.forEach((span, i) => {
    const group = span.dataset.scaleGroup;
    if (!group) return;
    const values = loaded[i].map(([, v]) => v);
    const [lo, hi] = groups.get(group) ?? [Infinity, -Infinity];
    groups.set(group, [Math.min(lo, ...values), Math.max(hi, ...values)]);
  });
  spans.forEach((span, i) => {
    const data = loaded[i].map(([p, v], x) => ({ x, v, p }));
    const markers = (span.dataset.markers ?? '').split(/\s+/);
    const ends = data.filter(
      (_, x) =>
        (markers.includes('first') && x === 0) ||
        (markers.includes('last') && x === data.length - 1),
    );
    const chart = Plot.plot({
      width: 64,
      height: 16,
      margin: 2,
      axis: null,
      y: groups.has(span.dataset.scaleGroup) ? { domain: groups.get(span.dataset.scaleGroup) } : {},
      style: { display: 'inline-block', verticalAlign: 'middle', overflow: 'visible' },
      marks: [
        Plot.lineY(data, { x: 'x', y: 'v', strokeWidth: 1.5 }),
        Plot.dot(ends, { x: 'x', y: 'v', r: 2, fill: 'currentColor' }),
      ],
    });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `${span.dataset.area}: ${data.map((d) => d.v).join(', ')}`);
    span.append(chart);
  });
}

/** The boundary file of the areas that have values in a period. */
function mapFileOf(values) {
  const ids = [...values.keys()];
  if (ids.some((id) => ['KZ-10', 'KZ-33', 'KZ-62'].includes(id))) return '/maps/regions-2022.json';
  if (ids.includes('KZ-51')) return '/maps/regions-pre2018.json';
  return '/maps/regions-2018.json';
}

function valuesAt(indicator, period) {
  const out = new Map();
  for (const [area, byPeriod] of Object.entries(indicator.values)) {
    const v = numberOf(byPeriod[period]);
    if (v !== null) out.set(area, v);
  }
  return out;
}

async function map(container) {
  const doc = await fetchJson(container.dataset.src);
  const indicator = indicatorOf(doc, container.dataset.indicator);
  const periods = [
    ...new Set(Object.values(indicator.values).flatMap((byPeriod) => Object.keys(byPeriod))),
  ].sort();
  const all = Object.values(indicator.values).flatMap((byPeriod) =>
    Object.values(byPeriod)
      .map(numberOf)
      .filter((v) => v !== null),
  );
  const thresholds = quantileThresholds(all, 5);
  const width = container.clientWidth || 360;
  const figure = document.createElement('div');
  container.append(figure);

  async function draw(period) {
    const values = valuesAt(indicator, period);
    const topology = await fetchJson(mapFileOf(values));
    const areas = topojson.feature(topology, topology.objects.areas);
    figure.replaceChildren(
      Plot.plot({
        width,
        projection: {
          type: 'conic-conformal',
          parallels: [43, 53],
          rotate: [-67, 0],
          domain: areas,
        },
        color: {
          type: 'threshold',
          domain: thresholds,
          scheme: 'orrd',
          legend: true,
          label: `${indicator.unit?.en ?? indicator.unit ?? ''}, ${period}`,
          tickFormat: '.1f',
        },
        marks: [
          Plot.geo(areas, { fill: '#ddd', stroke: 'white' }),
          Plot.geo(areas, {
            fill: (d) => values.get(d.id),
            stroke: 'white',
            title: (d) => `${d.properties.name_en}: ${values.get(d.id) ?? 'no data'}`,
          }),
        ],
      }),
    );
  }

  if (container.dataset.controls !== undefined && periods.length > 1) {
    const slider = Object.assign(document.createElement('input'), {
      type: 'range',
      min: 0,
      max: periods.length - 1,
      step: 1,
      value: periods.indexOf(container.dataset.period),
    });
    slider.setAttribute('aria-label', 'Period');
    slider.addEventListener('input', () => draw(periods[slider.value]));
    container.prepend(slider);
  }
  await draw(container.dataset.period ?? periods.at(-1));
}

await Promise.all([sparklines(), ...[...document.querySelectorAll('.plot-map')].map(map)]);
window.__plotDone = true;
console.debug('bench:done');
