// From the inputs (dataset, indicator, period, layout, level) to what is shown, or to a problem
// worded for readers and for developers. Pure.
import type { Dataset, Indicator, LayoutId } from '../../data/types.js';
import { LAYOUT_AREAS } from '../../data/areas.js';
import { isLayoutId } from '../../geo/layouts.js';
import { areaPeriods } from './model.js';
import type { ChoroplethMessages } from './messages.js';
import { loadFailure, retryHelps } from '../../internal/load-problem.js';
import type { WarningCode } from '../../internal/warnings.js';

export type Level = 'regions' | 'districts';

/** A problem the widget shows instead of the map. */
export interface Problem {
  /** Short code, also used in the console warning (`kz-<code>`). */
  code: WarningCode;
  /** Which reader message to show. */
  text: keyof ChoroplethMessages;
  /** Values for the reader message's placeholders. */
  values: Record<string, string | number>;
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Whether a retry button may help (network and server problems). */
  retry: boolean;
  url?: string;
  status?: number;
}

export interface Shown {
  indicator: Indicator;
  period: string;
  layout: LayoutId;
  /** Periods with area values at the shown level, for the period control. */
  periods: string[];
  /** Areas whose values count for the scale: the level's codes. */
  levelIds: ReadonlySet<string>;
  /** Values of these codes are not on the shown layout and are left out (for a warning). */
  outside: string[];
}

const REGION_IDS: ReadonlySet<string> = new Set([
  ...LAYOUT_AREAS['2022'],
  ...LAYOUT_AREAS['2018'],
  ...LAYOUT_AREAS.pre2018,
]);
const DISTRICT_IDS: ReadonlySet<string> = new Set(LAYOUT_AREAS.districts);

const list = (items: readonly string[], max = 8) =>
  items.slice(0, max).join(', ') + (items.length > max ? `, … (${items.length} in all)` : '');

/** Resolves the inputs against a dataset. */
export function resolveView(
  dataset: Dataset,
  inputs: { indicator: string; period: string; layout: string; level: string },
): Shown | Problem {
  if (!dataset.indicators.length) {
    return {
      code: 'no-indicators',
      text: 'errorFormat',
      values: {},
      message: 'the dataset holds no indicator',
      fix: 'add at least one indicator to the document',
      retry: false,
    };
  }
  const indicator = inputs.indicator
    ? dataset.indicators.find((i) => i.id === inputs.indicator)
    : dataset.indicators[0];
  if (!indicator) {
    const ids = dataset.indicators.map((i) => i.id);
    return {
      code: 'unknown-indicator',
      text: 'errorIndicator',
      values: { id: inputs.indicator },
      message: `no indicator "${inputs.indicator}" in the data`,
      fix: `set indicator to one of: ${list(ids)}`,
      retry: false,
    };
  }
  if (inputs.layout && !isLayoutId(inputs.layout)) {
    return {
      code: 'unknown-layout',
      text: 'errorLayout',
      values: {},
      message: `unknown layout "${inputs.layout}"`,
      fix: 'set layout to 2022, 2018, pre2018 or districts, or remove it to infer it from the data',
      retry: false,
    };
  }
  if (inputs.level && inputs.level !== 'regions' && inputs.level !== 'districts') {
    return {
      code: 'unknown-level',
      text: 'errorLayout',
      values: {},
      message: `unknown level "${inputs.level}"`,
      fix: 'set level to regions or districts, or remove it',
      retry: false,
    };
  }
  const level = (inputs.level ||
    (inputs.layout === 'districts' ? 'districts' : inputs.layout ? 'regions' : '')) as Level | '';
  const levelIds = level === 'districts' ? DISTRICT_IDS : level === 'regions' ? REGION_IDS : null;
  const periods = areaPeriods(indicator, levelIds ?? undefined);
  let period = inputs.period;
  if (!period) {
    period = periods[periods.length - 1] ?? '';
    if (!period) {
      return {
        code: 'no-values',
        text: 'errorLevel',
        values: { level: level || 'regions', period: '—' },
        message: `indicator "${indicator.id}" has no area values${level ? ` for ${level}` : ''}`,
        fix: level
          ? `check the area codes, or remove level="${level}"`
          : 'add values keyed by area codes',
        retry: false,
      };
    }
  } else if (!periods.includes(period)) {
    const known = indicator.periods.some((p) => p.id === period);
    return {
      code: known ? 'no-values-for-period' : 'unknown-period',
      text: 'errorPeriod',
      values: { period },
      message: known
        ? `period "${period}" has no area values${level ? ` for ${level}` : ''}`
        : `no period "${period}" in indicator "${indicator.id}"`,
      fix: periods.length
        ? `set period to one of: ${list(periods)}`
        : `check the area codes, or remove level="${level}"`,
      retry: false,
    };
  }
  const dataLayout = indicator.layouts[period];
  let layout: LayoutId;
  if (level === 'districts') layout = 'districts';
  else if (inputs.layout) layout = inputs.layout as LayoutId;
  else if (dataLayout && !(level === 'regions' && dataLayout === 'districts')) layout = dataLayout;
  else {
    return {
      code: 'level-mismatch',
      text: 'errorLevel',
      values: { level: level || 'regions', period },
      message: `period "${period}" has no values for ${level || 'regions'}`,
      fix: 'set level to the level of the data (regions or districts)',
      retry: false,
    };
  }
  if (layout === 'districts' && level === 'regions') {
    return {
      code: 'level-mismatch',
      text: 'errorLevel',
      values: { level: 'regions', period },
      message: 'layout="districts" contradicts level="regions"',
      fix: 'remove one of the two attributes',
      retry: false,
    };
  }
  const onLayout = new Set(LAYOUT_AREAS[layout]);
  const outside: string[] = [];
  for (const [code, byPeriod] of Object.entries(indicator.values)) {
    const v = byPeriod[period];
    if (v && v.value !== null && !onLayout.has(code)) outside.push(code);
  }
  if (outside.length && onLayout.size && outside.length >= countValues(indicator, period)) {
    return {
      code: 'layout-mismatch',
      text: 'errorLayout',
      values: {},
      message: `no value of ${period} is on the ${layout} layout (codes: ${list(outside)})`,
      fix: `remove layout="${layout}" to use the layout of the data (${dataLayout ?? 'none'})`,
      retry: false,
    };
  }
  return {
    indicator,
    period,
    layout,
    periods,
    levelIds: levelIds ?? (layout === 'districts' ? DISTRICT_IDS : REGION_IDS),
    outside,
  };
}

function countValues(indicator: Indicator, period: string): number {
  let n = 0;
  for (const byPeriod of Object.values(indicator.values)) {
    if (byPeriod[period] && byPeriod[period].value !== null) n++;
  }
  return n;
}

/** True when the result is a problem. */
export function isProblem(value: Shown | Problem): value is Problem {
  return 'code' in value;
}

// The reader's message for each kind of failed data load.
const LOAD_TEXTS = {
  network: 'errorNetwork',
  http: 'errorHttp',
  json: 'errorJson',
  missing: 'errorMissing',
  format: 'errorFormat',
  'too-large': 'errorTooLarge',
  address: 'errorAddress',
} as const;

/** A problem for a failed data load (the kinds of `LoadError`). */
export function loadProblem(error: {
  kind: string;
  message: string;
  url?: string;
  status?: number;
}): Problem {
  const failure = loadFailure(
    error,
    'set src, the data property, or add a <script type="application/json"> child',
  );
  return {
    ...failure,
    text: LOAD_TEXTS[failure.code],
    values: failure.code === 'http' ? { status: error.status ?? '' } : {},
    retry: retryHelps(failure.code),
  };
}

/** A problem for a failed map load (the kinds of `MapLoadError`). */
export function mapProblem(error: {
  kind?: string;
  message: string;
  url?: string;
  status?: number;
}): Problem {
  return {
    code: 'map',
    values: {},
    message: error.message,
    url: error.url,
    status: error.status,
    text: error.kind === 'address' ? 'errorAddress' : 'errorMap',
    fix:
      error.kind === 'address'
        ? 'set map-base (or window.kzIndicators.mapBase) to an http(s) folder holding the maps'
        : error.kind === 'invalid'
          ? 'point map-base (or window.kzIndicators.mapBase) to the maps folder of this package version'
          : error.kind === 'too-large'
            ? 'point map-base to the maps of this package, or raise window.kzIndicators.maxMapBytes'
            : 'check map-base (or window.kzIndicators.mapBase) and that the maps folder is served',
    retry: error.kind === 'network' || error.kind === 'http',
  };
}

/** A problem for an input that made the drawing fail in a way no check above foresaw. */
export function unexpectedProblem(error: unknown): Problem {
  return {
    code: 'unexpected',
    text: 'errorFormat',
    values: {},
    message: `the data or an attribute could not be used: ${String((error as Error)?.message ?? error)}`,
    fix: 'check the data against the format documentation, and report this message if it looks right',
    retry: false,
  };
}
