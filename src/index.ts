// Side-effect-free API: classes, the indicator format, and the pure helpers. Importing this
// module registers no custom element (see define.ts for that).
export type * from './data/types.js';
export { localize, formatNumber, formatRank, normalizeLang, langOf } from './i18n/format.js';
export {
  IndicatorSourceController,
  LoadError,
  loadDataset,
  datasetFrom,
} from './controllers/indicator-source.js';
