// dist/cdn/kz-explorer.js: the CDN bundle with every element, the ranking and the explorer
// included (the main file, kz-indicators.js, leaves them out to stay small). Whole by itself, with
// its own parts in parts/kz-explorer/.
import './components/kz-choropleth/define.js';
import './components/kz-sparkline/define.js';
import './components/kz-ranking/define.js';
import './components/kz-explorer/define.js';

export { KzChoropleth } from './components/kz-choropleth/kz-choropleth.js';
export { KzSparkline } from './components/kz-sparkline/kz-sparkline.js';
export { KzRanking } from './components/kz-ranking/kz-ranking.js';
export { KzExplorer } from './components/kz-explorer/kz-explorer.js';
export * from './cdn-common.js';
