// Vega-Lite with vega-embed, as its documentation shows a choropleth: geoshape mark, TopoJSON
// loaded by URL, a lookup transform joining the values, a projection and a colour legend. The
// period is a parameter (a Vega signal); switching it re-runs the dataflow.
/* global vegaEmbed */
import { MAP_HEIGHT, MAP_WIDTH, PROJECTION, SPARK, markInHand, runWorkload } from './harness.js';
import {
  allValues,
  fetchDocument,
  numberOf,
  pickIndicator,
  sparkTable,
  valuesAt,
} from './documents.js';

/** One row per area, one field per period (`p2023`), for the lookup transform. */
function rowsOf(indicator) {
  return Object.entries(indicator.values).map(([id, byPeriod]) => {
    const row = { id };
    for (const [period, raw] of Object.entries(byPeriod)) row[`p${period}`] = numberOf(raw);
    return row;
  });
}

async function mountMap(stage, input) {
  // Map and data fetched in parallel, as for every contender, and given to Vega as values.
  const [topology, doc] = await Promise.all([
    fetch(input.map).then((r) => r.json()),
    fetchDocument(input.data),
  ]);
  markInHand();
  const indicator = pickIndicator(doc, input.indicator);
  const rows = rowsOf(indicator);
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'id');
  const domain = input.fixedScale
    ? allValues(indicator)
    : [...valuesAt(indicator, input.period).values()];
  const geo = { values: topology, format: { type: 'topojson', feature: 'areas' } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: MAP_WIDTH - 20,
    height: MAP_HEIGHT,
    params: [{ name: 'period', value: input.period }],
    projection: {
      type: 'conicConformal',
      parallels: PROJECTION.parallels,
      rotate: [...PROJECTION.rotate, 0],
    },
    layer: [
      { data: geo, mark: { type: 'geoshape', fill: '#ddd', stroke: 'white' } },
      {
        data: geo,
        transform: [
          { lookup: 'id', from: { data: { values: rows }, key: 'id', fields } },
          { calculate: "datum['p' + period]", as: 'value' },
          { filter: 'isValid(datum.value)' },
        ],
        mark: { type: 'geoshape', stroke: 'white' },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            scale: { type: 'quantile', scheme: { name: 'blues', count: 5 }, domain },
            legend: { orient: 'bottom', title: input.period },
          },
          tooltip: [
            { field: 'properties.name_en', type: 'nominal', title: 'Area' },
            { field: 'value', type: 'quantitative' },
          ],
        },
      },
    ],
  };
  const result = await vegaEmbed(stage, spec, { actions: false });
  return {
    areas: result.view.data('data_0')?.length ?? null,
    async update(period) {
      await result.view.signal('period', period).runAsync();
    },
    destroy() {
      result.finalize();
    },
  };
}

async function mountSparklines(stage, series) {
  const cells = sparkTable(stage, series);
  await Promise.all(
    series.map((s, i) =>
      vegaEmbed(
        cells[i],
        {
          width: SPARK.width,
          height: SPARK.height,
          padding: 0,
          autosize: 'none',
          data: { values: s.values.map((v, x) => ({ x, v })) },
          mark: { type: 'line', strokeWidth: 1.5 },
          encoding: {
            x: { field: 'x', type: 'quantitative', axis: null },
            y: { field: 'v', type: 'quantitative', axis: null, scale: { zero: false } },
          },
          config: { view: { stroke: null } },
        },
        { actions: false },
      ),
    ),
  );
}

runWorkload({ mountMap, mountSparklines });
