// Side-effect entry: registers every element (<kz-choropleth>, <kz-sparkline>, <kz-ranking>,
// <kz-explorer>) and re-exports the public API. A second copy of the library on the page is skipped
// with one console warning.
import './components/kz-choropleth/define.js';
import './components/kz-sparkline/define.js';
import './components/kz-ranking/define.js';
import './components/kz-explorer/define.js';

export * from './index.js';
