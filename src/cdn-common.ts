// What every CDN file exports beside its elements: the part of the API that page scripts use
// (reading data, names, formats). The files differ only in the elements they register.
export { parseIndicators, IndicatorError } from './data/parse.js';
export { areaInfo, resolveArea, LAYOUT_AREAS } from './data/areas.js';
export { loadDataset, datasetFrom, LoadError } from './controllers/indicator-source.js';
export { localize, formatNumber, formatRank, normalizeLang } from './i18n/format.js';
export { setMapBase } from './geo/load-map.js';
export { VERSION } from './register.js';
