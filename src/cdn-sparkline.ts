// dist/cdn/kz-sparkline.js: the CDN bundle for pages with sparklines only (no <kz-choropleth>;
// a sparkline that follows a map with `for` needs kz-indicators.js).
import './components/kz-sparkline/define.js';

export { KzSparkline } from './components/kz-sparkline/kz-sparkline.js';
export * from './cdn-common.js';
