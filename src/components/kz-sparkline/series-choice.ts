// Which series a sparkline shows, from its inputs: a quick list of values, a dataset (its own or
// a followed map's) or a load problem; which markers and reference lines it draws. Pure: the
// element passes what it reads and does what comes back.
import type { Dataset, Lang } from '../../data/types.js';
import { isAreaCode, resolveArea } from '../../data/areas.js';
import type { LoadError } from '../../controllers/indicator-source.js';
import { loadFailure } from '../../internal/load-problem.js';
import type { Warn } from '../../internal/warnings.js';
import { MARKER_KINDS, type MarkerKind } from '../../shapes/sparkline.js';
import type { ReferenceFilter } from '../../shapes/series.js';
import {
  isProblem,
  modelFromDataset,
  modelFromValues,
  type Overrides,
  type Problem,
  type SparkModel,
} from './model.js';

const MISSING_FIX =
  'set src, data, values, an inline <script type="application/json"> child, or for';

// Missing data is no mistake: it is shown, but neither warned about nor reported as an error.
export const QUIET = new Set(['no-data', 'area-no-data']);

export interface SeriesInputs {
  /** A quick list (`values`) rather than a dataset. */
  quick: boolean;
  values: string | null | undefined;
  periods: string | null | undefined;
  overrides: Overrides;
  /** Why the dataset could not be loaded, if it could not. */
  error: LoadError | null;
  dataset: Dataset | null;
  indicator: string | null;
  area: string | null;
  references: ReferenceFilter;
  lang: Lang;
}

/** The model to draw, the problem to show instead, or null while the data are on their way. */
export function chooseSeries(inputs: SeriesInputs): SparkModel | Problem | null {
  let result: SparkModel | Problem | null = null;
  const { quick, dataset, area, overrides } = inputs;
  if (quick) {
    result = modelFromValues(inputs.values ?? '', inputs.periods, overrides);
  } else if (inputs.error) {
    result = loadFailure(inputs.error, MISSING_FIX);
  } else if (dataset) {
    result = modelFromDataset(dataset, {
      indicator: inputs.indicator,
      area,
      references: inputs.references,
      lang: inputs.lang,
      overrides,
    });
    // An existing area that the indicator has no values for is missing data, not a mistake.
    if (isProblem(result) && result.code === 'unknown-area' && area) {
      const code = resolveArea(area, { suggest: false }).code;
      if (code && isAreaCode(code)) result = { ...result, code: 'area-no-data' };
    }
  }
  if (result && !isProblem(result) && !result.summary) {
    result = {
      code: result.series ? 'area-no-data' : 'no-data',
      message: 'the series has no values',
      fix: 'check the data',
    };
  }
  return result;
}

/** The markers asked for (`markers="first last"`), warning about words it does not know. */
export function markerKinds(markers: string | null | undefined, warn: Warn): MarkerKind[] {
  const tokens = (markers ?? '').split(/[\s,]+/).filter(Boolean);
  if (tokens.includes('none')) return [];
  const known = (t: string): t is MarkerKind => MARKER_KINDS.includes(t as MarkerKind);
  const unknown = tokens.filter((t) => !known(t));
  if (unknown.length) {
    warn(
      'bad-markers',
      `markers "${unknown.join(' ')}" not known`,
      'use first, last, min, max or none',
    );
  }
  return tokens.filter(known);
}

/** The reference lines asked for: a card shows all by default, an inline line none. */
export function referenceFilter(
  references: string | null | undefined,
  card: boolean,
): ReferenceFilter {
  const text = references?.trim();
  if (!text) return card ? 'all' : 'none';
  if (text === 'all' || text === 'none') return text;
  return text.split(/[\s,]+/).filter(Boolean);
}
