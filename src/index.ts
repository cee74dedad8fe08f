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
export {
  areaInfo,
  isAreaCode,
  resolveArea,
  inferLayout,
  LAYOUT_AREAS,
  LAYOUTS,
} from './data/areas.js';
export type {
  AreaInfo,
  AreaLevel,
  AreaNames,
  AreaResolution,
  AreaType,
  AreaVia,
  LayoutInference,
  RegionLayoutId,
  ResolveOptions,
} from './data/areas.js';
