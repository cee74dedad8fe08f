// dist/cdn/kz-choropleth.js: the CDN bundle for pages with maps only (no <kz-sparkline>).
import './components/kz-choropleth/define.js';

export { KzChoropleth } from './components/kz-choropleth/kz-choropleth.js';
export * from './cdn-common.js';
