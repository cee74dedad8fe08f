// Apache ECharts, as its documentation shows a choropleth: registerMap with GeoJSON, a `map`
// series and a piecewise visualMap as the legend. A period change is a setOption merge of the
// series data. Animation is off (in ECharts' favour: the measured frame shows the final colours).
// setOption draws the canvas synchronously (it flushes zrender), so it is done when it returns.
/* global echarts, topojson */
import { MAP_HEIGHT, MAP_WIDTH, SPARK, markInHand, runWorkload } from './harness.js';
import {
  allValues,
  fetchDocument,
  pickIndicator,
  quantileThresholds,
  sparkTable,
  valuesAt,
} from './documents.js';

const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const registered = new Set();

async function mountMap(stage, input) {
  const [topology, doc] = await Promise.all([
    fetch(input.map).then((r) => r.json()),
    fetchDocument(input.data),
  ]);
  markInHand();
  const areas = topojson.feature(topology, topology.objects.areas);
  // KATO codes name the areas uniquely (district names repeat across regions).
  const names = new Map(areas.features.map((f) => [f.id, f.properties.kato]));
  if (!registered.has(input.map)) {
    echarts.registerMap(input.map, areas);
    registered.add(input.map);
  }
  const indicator = pickIndicator(doc, input.indicator);
  const sample = input.fixedScale
    ? allValues(indicator)
    : [...valuesAt(indicator, input.period).values()];
  const t = quantileThresholds(sample, 5);
  const bounds = [-Infinity, ...t, Infinity];
  const pieces = BLUES.map((color, i) => ({ gte: bounds[i], lt: bounds[i + 1], color }));
  pieces[0] = { lt: bounds[1], color: BLUES[0] };
  pieces[4] = { gte: bounds[4], color: BLUES[4] };

  const data = (period) =>
    [...valuesAt(indicator, period)].map(([id, value]) => ({ name: names.get(id), value }));

  const el = document.createElement('div');
  el.style.width = `${MAP_WIDTH}px`;
  el.style.height = `${MAP_HEIGHT + 60}px`;
  stage.append(el);
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    visualMap: {
      type: 'piecewise',
      pieces,
      orient: 'horizontal',
      left: 'left',
      bottom: 0,
      text: [input.period],
    },
    series: [
      {
        type: 'map',
        map: input.map,
        nameProperty: 'kato',
        left: 0,
        right: 0,
        top: 0,
        bottom: 50,
        itemStyle: { areaColor: '#ddd', borderColor: '#fff' },
        data: data(input.period),
      },
    ],
  });
  return {
    areas: chart.getModel().getSeriesByIndex(0).getData().count(),
    async update(period) {
      chart.setOption({ visualMap: { text: [period] }, series: [{ data: data(period) }] });
    },
    destroy() {
      chart.dispose();
    },
  };
}

async function mountSparklines(stage, series) {
  const cells = sparkTable(stage, series);
  series.forEach((s, i) => {
    const chart = echarts.init(cells[i], null, { width: SPARK.width, height: SPARK.height });
    chart.setOption({
      animation: false,
      grid: { left: 2, right: 2, top: 2, bottom: 2 },
      xAxis: { type: 'category', show: false, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [{ type: 'line', data: s.values, showSymbol: false, lineStyle: { width: 1.5 } }],
    });
  });
}

runWorkload({ mountMap, mountSparklines });
