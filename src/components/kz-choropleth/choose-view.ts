// Chooses what a map shows from a dataset and the element's inputs (indicator, period, layout,
// level): the indicator, its period, the layout and the level's areas, or the `Problem` that
// stops it, worded for readers and for developers. Pure.
import type { Dataset, Indicator, LayoutId } from '../../data/types.js';
import { LAYOUT_AREAS } from '../../data/areas.js';
import { isLayoutId } from '../../geo/layouts.js';
import { areaPeriods } from './model.js';
import { inputProblem, isProblem, type Problem } from './problems.js';

export type Level = 'regions' | 'districts';

/** The inputs of a view, as the element's attributes hold them ('' for unset). */
export interface ViewInputs {
  indicator: string;
  period: string;
  layout: string;
  level: string;
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

/** The view the inputs ask for in `dataset`, or the problem that stops it. */
export function chooseView(dataset: Dataset, inputs: ViewInputs): Shown | Problem {
  const indicator = chooseIndicator(dataset, inputs.indicator);
  if (isProblem(indicator)) return indicator;
  const level = chooseLevel(inputs);
  if (isProblem(level)) return level;
  const levelIds = level === 'districts' ? DISTRICT_IDS : level === 'regions' ? REGION_IDS : null;
  const periods = areaPeriods(indicator, levelIds ?? undefined);
  const period = choosePeriod(indicator, inputs.period, periods, level);
  if (isProblem(period)) return period;
  const layout = chooseLayout(indicator, period, inputs.layout, level);
  if (isProblem(layout)) return layout;
  const outside = valuesOffLayout(indicator, period, layout);
  if (isProblem(outside)) return outside;
  return {
    indicator,
    period,
    layout,
    periods,
    levelIds: levelIds ?? (layout === 'districts' ? DISTRICT_IDS : REGION_IDS),
    outside,
  };
}

/** The indicator named by `id`, or the first one when none is named. */
function chooseIndicator(dataset: Dataset, id: string): Indicator | Problem {
  if (!dataset.indicators.length) {
    return inputProblem(
      'no-indicators',
      'errorFormat',
      'the dataset holds no indicator',
      'add at least one indicator to the document',
    );
  }
  const indicator = id ? dataset.indicators.find((i) => i.id === id) : dataset.indicators[0];
  if (indicator) return indicator;
  return inputProblem(
    'unknown-indicator',
    'errorIndicator',
    `no indicator "${id}" in the data`,
    `set indicator to one of: ${list(dataset.indicators.map((i) => i.id))}`,
    { id },
  );
}

/**
 * The level asked for: the attribute, or what the layout implies ('' when the data decide); a
 * problem when the layout or the level names none that exists.
 */
function chooseLevel({ layout, level }: ViewInputs): Level | '' | Problem {
  if (layout && !isLayoutId(layout)) {
    return inputProblem(
      'unknown-layout',
      'errorLayout',
      `unknown layout "${layout}"`,
      'set layout to 2022, 2018, pre2018 or districts, or remove it to infer it from the data',
    );
  }
  if (level && level !== 'regions' && level !== 'districts') {
    return inputProblem(
      'unknown-level',
      'errorLayout',
      `unknown level "${level}"`,
      'set level to regions or districts, or remove it',
    );
  }
  return (level as Level) || (layout === 'districts' ? 'districts' : layout ? 'regions' : '');
}

/** The period asked for, or the latest one with area values at the level. */
function choosePeriod(
  indicator: Indicator,
  asked: string,
  periods: readonly string[],
  level: Level | '',
): string | Problem {
  const forLevel = level ? ` for ${level}` : '';
  const removeLevel = `check the area codes, or remove level="${level}"`;
  if (!asked) {
    const latest = periods[periods.length - 1];
    if (latest) return latest;
    return inputProblem(
      'no-values',
      'errorLevel',
      `indicator "${indicator.id}" has no area values${forLevel}`,
      level ? removeLevel : 'add values keyed by area codes',
      { level: level || 'regions', period: '—' },
    );
  }
  if (periods.includes(asked)) return asked;
  const known = indicator.periods.some((p) => p.id === asked);
  return inputProblem(
    known ? 'no-values-for-period' : 'unknown-period',
    'errorPeriod',
    known
      ? `period "${asked}" has no area values${forLevel}`
      : `no period "${asked}" in indicator "${indicator.id}"`,
    periods.length ? `set period to one of: ${list(periods)}` : removeLevel,
    { period: asked },
  );
}

/** The layout: the districts for that level, else the attribute, else the data's own. */
function chooseLayout(
  indicator: Indicator,
  period: string,
  asked: string,
  level: Level | '',
): LayoutId | Problem {
  if (level === 'districts') return 'districts';
  if (asked === 'districts' && level === 'regions') {
    return inputProblem(
      'level-mismatch',
      'errorLevel',
      'layout="districts" contradicts level="regions"',
      'remove one of the two attributes',
      { level, period },
    );
  }
  if (asked) return asked as LayoutId;
  const dataLayout = indicator.layouts[period];
  if (dataLayout && !(level === 'regions' && dataLayout === 'districts')) return dataLayout;
  return inputProblem(
    'level-mismatch',
    'errorLevel',
    `period "${period}" has no values for ${level || 'regions'}`,
    'set level to the level of the data (regions or districts)',
    { level: level || 'regions', period },
  );
}

/**
 * The codes with a value in `period` that are not on `layout` (left out, with a warning), or a
 * problem when no value at all is on it.
 */
function valuesOffLayout(
  indicator: Indicator,
  period: string,
  layout: LayoutId,
): string[] | Problem {
  const onLayout = new Set(LAYOUT_AREAS[layout]);
  const outside: string[] = [];
  let values = 0;
  for (const [code, byPeriod] of Object.entries(indicator.values)) {
    const v = byPeriod[period];
    if (!v || v.value === null) continue;
    values++;
    if (!onLayout.has(code)) outside.push(code);
  }
  if (outside.length && onLayout.size && outside.length >= values) {
    const dataLayout = indicator.layouts[period];
    return inputProblem(
      'layout-mismatch',
      'errorLayout',
      `no value of ${period} is on the ${layout} layout (codes: ${list(outside)})`,
      `remove layout="${layout}" to use the layout of the data (${dataLayout ?? 'none'})`,
    );
  }
  return outside;
}
