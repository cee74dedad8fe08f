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
  isNational,
  resolveArea,
  inferLayout,
  LAYOUT_AREAS,
  LAYOUTS,
  registerDistrictNames,
} from './data/areas.js';
export type {
  AreaInfo,
  AreaLevel,
  AreaNames,
  AreaResolution,
  AreaType,
  AreaVia,
  DistrictNameRecord,
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
  topicsOf,
  topicOf,
  referenceLinesOf,
} from './data/accessors.js';
export type { SeriesPoint, ExtentOptions, TopicGroup, ReferenceLine } from './data/accessors.js';
export { breaksOf, periodBreaksOf, breakBefore } from './data/breaks.js';
export type { SeriesBreak } from './data/breaks.js';
export { MAP_LAYOUTS, mapLayout, isLayoutId } from './geo/layouts.js';
export type { MapLayout } from './geo/layouts.js';
export { MAP_ATTRIBUTION, MAP_ATTRIBUTION_URL, MAP_CREDIT } from './geo/attribution-all.js';
export { MAP_CREDIT_LINKS, type CreditPart } from './geo/attribution.js';
export { creditsOf, creditText, type Credit } from './data/credits.js';
export { areaFeatures, interiorMesh, outlineMesh, countryShape } from './geo/features.js';
export type { AreaFeature, AreaProperties, AreaTopology } from './geo/features.js';
export {
  KZ_CENTRAL_MERIDIAN,
  KZ_PARALLELS,
  kzProjection,
  fitProjection,
  mapPath,
} from './geo/projection.js';
export type { FitOptions, FittedProjection, MapPath } from './geo/projection.js';
export type { KzProjection } from './geo/conic.js';
export type { MapGeometry, MapObject, PointProjection } from './geo/planar.js';
export {
  SMALL_CITIES,
  MIN_HIT_RADIUS,
  cityRadius,
  citySymbols,
  cityPoints,
  insideProjected,
} from './geo/cities.js';
export type { CityPoint, CitySymbol, CitySymbolOptions } from './geo/cities.js';
export { nearestInDirection, areaOrder, isDirection } from './geo/navigation.js';
export type { Direction, NavPoint } from './geo/navigation.js';
export {
  loadTopology,
  setMapBase,
  mapBase,
  topologyUrl,
  topologyProblem,
  MapLoadError,
} from './geo/load-map.js';
export type { MapLoadErrorKind, LoadTopologyOptions } from './geo/load-map.js';
export { KzSparkline } from './components/kz-sparkline/kz-sparkline.js';
export {
  SparklineHoverEvent,
  SparklineLoadEvent,
  SparklineErrorEvent,
} from './components/kz-sparkline/events.js';
export type {
  SparklineHoverDetail,
  SparklineLoadDetail,
  SparklineErrorDetail,
} from './components/kz-sparkline/events.js';
export { sparkExtent, unionExtent, containsExtent, sameExtent, linear } from './shapes/extent.js';
export type { Extent, SparkPoint } from './shapes/extent.js';
export {
  sparkScales,
  sparklinePath,
  sparklineBand,
  sparklineWhiskers,
  sparklineMarkers,
  ruleAt,
  nearestIndex,
  MARKER_KINDS,
} from './shapes/sparkline.js';
export type { Frame, SparkScales, Marker, MarkerKind } from './shapes/sparkline.js';
export { sparkSummary, outcome, trimMissing } from './shapes/summary.js';
export type { SparkSummary, ChangeDirection, Outcome } from './shapes/summary.js';
export { dodge } from './shapes/labels.js';
export { ScaleGroup, scaleGroup } from './shapes/scale-group.js';
export type { ScaleGroupMember } from './shapes/scale-group.js';
export { parseValueList, quickPoints } from './shapes/values.js';
export type { ValueList } from './shapes/values.js';
export { chooseSeries, seriesPoints, choicePoints, pickReferences } from './shapes/series.js';
export type { SeriesChoice, ReferenceFilter } from './shapes/series.js';
export { VisibilityController, whenNear, NEAR_MARGIN } from './controllers/visibility.js';
export { defineElement, VERSION } from './register.js';
export { KzEvent, KzErrorEvent } from './internal/events.js';
export type { KzErrorDetail } from './internal/events.js';
export type { WarningCode } from './internal/warnings.js';
export type { KzEventMap } from './events.js';
export { configuredMapBase, MAP_BASE_META } from './config.js';
export type { KzIndicatorsSettings } from './config.js';
export { KzChoropleth } from './components/kz-choropleth/kz-choropleth.js';
export {
  ChoroplethSelectEvent,
  ChoroplethHoverEvent,
  ChoroplethChangeEvent,
  ChoroplethLoadEvent,
  ChoroplethErrorEvent,
} from './components/kz-choropleth/events.js';
export type {
  ChoroplethSelectDetail,
  ChoroplethHoverDetail,
  ChoroplethChangeDetail,
  ChoroplethLoadDetail,
  ChoroplethErrorDetail,
} from './components/kz-choropleth/events.js';
export {
  csvOf,
  scriptSnippet,
  iframeSnippet,
  DEFAULT_SCRIPT_URL,
} from './components/kz-choropleth/export-formats.js';
export type {
  CsvRow,
  EmbedView,
  IframeOptions,
} from './components/kz-choropleth/export-formats.js';
export { KzRanking } from './components/kz-ranking/kz-ranking.js';
export {
  RankingSelectEvent,
  RankingHoverEvent,
  RankingLoadEvent,
} from './components/kz-ranking/events.js';
export type {
  RankingSelectDetail,
  RankingHoverDetail,
  RankingLoadDetail,
} from './components/kz-ranking/events.js';
export { rankingRows, rankText } from './components/kz-ranking/model.js';
export type { RankRow, SortKey as RankingSort } from './components/kz-ranking/model.js';
export { rankingAxis } from './components/kz-ranking/axis.js';
export type { Axis as RankingAxis } from './components/kz-ranking/axis.js';
export { colorScale, defaultScheme } from './scales/color.js';
export type { ColorScale, ColorScaleOptions, ColorClass } from './scales/color.js';
export {
  breaks,
  classIndex,
  quantileBreaks,
  equalBreaks,
  naturalBreaks,
  roundBreaks,
  roundestBetween,
  checkThresholds,
  sortedFinite,
  CLASS_METHODS,
} from './scales/classify.js';
export type { ClassMethod, BreaksOptions } from './scales/classify.js';
export { ckmeans } from './scales/ckmeans.js';
export {
  SCHEMES,
  schemeColors,
  schemeInterpolator,
  schemeKind,
  schemeMaxClasses,
  interpolateColors,
} from './scales/schemes.js';
export type { SchemeName, SequentialScheme, DivergingScheme } from './scales/schemes.js';
export { KzExplorer } from './components/kz-explorer/kz-explorer.js';
export { ExplorerChangeEvent, ExplorerErrorEvent } from './components/kz-explorer/events.js';
export type { ExplorerChangeDetail, ExplorerErrorDetail } from './components/kz-explorer/events.js';
