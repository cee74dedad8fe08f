// The CDN bundle for a <script type="module"> tag: registers every element and exports the
// part of the API that page scripts use beside the elements (reading data, names, formats);
// dist/cdn/api.js adds the dataset accessors. The full side-effect-free API is the npm entry
// `kz-indicators/api`.
import './components/kz-choropleth/define.js';
import './components/kz-sparkline/define.js';

export { KzChoropleth } from './components/kz-choropleth/kz-choropleth.js';
export { KzSparkline } from './components/kz-sparkline/kz-sparkline.js';
export { parseIndicators, IndicatorError } from './data/parse.js';
export { areaInfo, resolveArea, LAYOUT_AREAS } from './data/areas.js';
export { loadDataset, datasetFrom, LoadError } from './controllers/indicator-source.js';
export { localize, formatNumber, formatRank, normalizeLang } from './i18n/format.js';
export { setMapBase } from './geo/load-map.js';
export { VERSION } from './register.js';
