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
export {
  parseIndicators,
  validateIndicators,
  IndicatorError,
  FORMAT,
  LIMITS,
} from './data/parse.js';
export type { Validation } from './data/parse.js';
export { parsePeriod, periodOf, comparePeriods, sortPeriods } from './data/periods.js';
export type { PeriodReading } from './data/periods.js';
export {
  periodsOf,
  layoutAt,
  valuesAt,
  seriesOf,
  extentOf,
  referencesOf,
  indicatorById,
  latestPeriodWithData,
} from './data/accessors.js';
export type { SeriesPoint, ExtentOptions } from './data/accessors.js';
