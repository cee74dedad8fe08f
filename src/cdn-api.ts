// The page-script API beside the CDN bundle: what kz-indicators.js exports, plus the dataset
// accessors, which the elements themselves do not use (so pages that only show widgets do not
// download them). It imports the bundle, so page and elements share one copy of the library.
export * from './cdn.js';
export {
  indicatorById,
  periodsOf,
  layoutAt,
  valuesAt,
  seriesOf,
  referencesOf,
  extentOf,
  latestPeriodWithData,
  topicsOf,
  topicOf,
  referenceLinesOf,
} from './data/accessors.js';
