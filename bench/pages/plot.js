// Observable Plot, as its documentation shows a choropleth: Plot.plot with a projection, a geo
// mark whose fill is the value, and `color.legend`. A period change re-renders the plot and
// replaces the old figure (Plot charts are immutable).
/* global Plot, topojson */
import { MAP_WIDTH, PROJECTION, SPARK, markInHand, runWorkload } from './harness.js';
import { allValues, fetchDocument, pickIndicator, sparkTable, valuesAt } from './documents.js';

async function mountMap(stage, input) {
  const [topology, doc] = await Promise.all([
    fetch(input.map).then((r) => r.json()),
    fetchDocument(input.data),
  ]);
  markInHand();
  const areas = topojson.feature(topology, topology.objects.areas);
  const indicator = pickIndicator(doc, input.indicator);
  const fixed = input.fixedScale ? allValues(indicator) : undefined;
  let figure = null;

  function draw(period) {
    const values = valuesAt(indicator, period);
    const next = Plot.plot({
      width: MAP_WIDTH,
      projection: { type: 'conic-conformal', ...PROJECTION, domain: areas },
      color: {
        type: 'quantile',
        n: 5,
        scheme: 'blues',
        domain: fixed ?? [...values.values()],
        legend: true,
        tickFormat: '.1f',
        label: `${period}`,
      },
      marks: [
        Plot.geo(areas, { fill: '#ddd', stroke: 'white' }),
        Plot.geo(areas, {
          fill: (d) => values.get(d.id),
          stroke: 'white',
          title: (d) => `${d.properties.name_en}: ${values.get(d.id) ?? 'no data'}`,
        }),
      ],
    });
    if (figure) figure.replaceWith(next);
    else stage.append(next);
    figure = next;
  }

  draw(input.period);
  return {
    areas: areas.features.length,
    async update(period) {
      draw(period);
    },
    destroy() {
      figure.remove();
    },
  };
}

async function mountSparklines(stage, series) {
  const cells = sparkTable(stage, series);
  series.forEach((s, i) => {
    cells[i].append(
      Plot.lineY(s.values, { strokeWidth: 1.5 }).plot({
        axis: null,
        width: SPARK.width,
        height: SPARK.height,
        margin: 2,
      }),
    );
  });
}

runWorkload({ mountMap, mountSparklines });
