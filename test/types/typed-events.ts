// A type test (checked by `npm test -- types`, never run): what a page script in TypeScript
// writes with the elements. Each `@ts-expect-error` line must stay an error.
import '../../src/define.js';
import type { KzChoropleth, KzExplorer, KzSparkline } from '../../src/define.js';

declare const map: KzChoropleth;
declare const spark: KzSparkline;
declare const explorer: KzExplorer;

// Tag names give the element classes.
const created: KzChoropleth = document.createElement('kz-choropleth');
const found: KzSparkline | null = document.querySelector('kz-sparkline');

// On the element: its own events, with their details.
map.addEventListener('kz-select', (e) => {
  const area: string = e.detail.area;
  const value: number | null = e.detail.value;
  return [area, value, e.detail.name, e.detail.indicator];
});
map.addEventListener('kz-load', (e) => e.detail.layout.toUpperCase() + e.detail.areas.toFixed());
map.addEventListener('kz-change', (e) => e.detail.period);
map.addEventListener('kz-error', (e) => [e.detail.code, e.detail.fix, e.detail.status]);
spark.addEventListener('kz-hover', (e) => {
  const period: string | null = e.detail.period;
  return period;
});
// Ordinary events keep their types; unknown names take any Event.
map.addEventListener('click', (e) => e.clientX);
map.addEventListener('something-else', (e) => e.type);

// On an ancestor, the document or the window: the events bubble out of the shadow root.
document.addEventListener('kz-select', (e) => e.detail.area.toLowerCase());
window.addEventListener('kz-error', (e) => e.detail.message);
document.body.addEventListener('kz-hover', (e) => e.detail.area);

// @ts-expect-error the map's kz-select detail has no "areas"
map.addEventListener('kz-select', (e) => e.detail.areas);
// The explorer's kz-change carries the whole view.
explorer.addEventListener('kz-change', (e) => e.detail.indicator + e.detail.period + e.detail.area);
const fromTag: KzExplorer | null = document.querySelector('kz-explorer');
// @ts-expect-error the explorer's kz-change has no "value"
explorer.addEventListener('kz-change', (e) => e.detail.value);
// @ts-expect-error kz-load of a sparkline has no layout
spark.addEventListener('kz-load', (e) => e.detail.layout);

export const used = [created, found, fromTag];
