// From a dataset and the inputs (the ranking's own or its map's) to what the ranking shows: the
// map's resolver, the map's colour scale (one classification for both), the map's area data (the
// ranks), and the ranking's view, each step redone only when its inputs changed. What it has
// reported (problems, the data's warnings) it remembers, as `Reports`. No DOM.
import type { Dataset, Lang } from '../../data/types.js';
import { LAYOUT_AREAS, isAreaCode, resolveArea } from '../../data/areas.js';
import { kept } from '../../internal/same.js';
import type { Warn } from '../../internal/warnings.js';
import { Reports } from '../../internal/reports.js';
import { areaData, type AreaDatum } from '../kz-choropleth/model.js';
import { chooseView, type Shown } from '../kz-choropleth/choose-view.js';
import { isProblem, type Problem } from '../kz-choropleth/problems.js';
import { scaleFor, scaleKey } from '../kz-choropleth/scale-for.js';
import { rankingView, type RankingView, type ViewOptions } from './view.js';
import type { RankingInputs } from './inputs.js';

/** A problem shown instead of the rows; `text` names a reader message of the ranking. */
export type RankingProblem = Omit<Problem, 'text'> & { text: string };

export type Drawn = { shown: Shown; view: RankingView; areas: AreaDatum[] };

export class RankingState extends Reports {
  /**
   * The view for these inputs, or the problem to show. `warn` hears about bad classification
   * options (a ranking that follows a map passes a silent one: the map has said it).
   */
  update(
    dataset: Dataset,
    lang: Lang,
    inputs: RankingInputs,
    options: ViewOptions,
    warn: Warn,
  ): Drawn | RankingProblem {
    const shown = chooseView(dataset, inputs.view);
    if (isProblem(shown)) return shown;
    // Each step is redone only when its own inputs changed.
    const scale = kept(this, 'scale', scaleKey(shown, inputs.scale), () =>
      scaleFor(shown, inputs.scale, warn),
    );
    const ids = LAYOUT_AREAS[shown.layout];
    const areas = kept(this, 'areas', [shown.indicator, shown.period, ids, scale], () =>
      areaData(ids, shown.indicator, shown.period, scale),
    );
    const view = kept(this, 'view', [dataset, lang, areas, ...Object.values(options)], () =>
      rankingView(dataset, lang, shown.indicator, shown.period, areas, options),
    );
    return { shown, view, areas };
  }
}

/** True when the result is a problem. */
export const isRankingProblem = (value: Drawn | RankingProblem): value is RankingProblem =>
  'code' in value;

/**
 * The area code of `highlight` (a code or a name in any of the three languages) when it is one of
 * the rows, else null (with the warning's text).
 */
export function highlightCode(
  text: string,
  shown: Shown,
): { code: string } | { code: null; message: string; fix: string } {
  const ids = LAYOUT_AREAS[shown.layout];
  const level = shown.layout === 'districts' ? 'district' : 'region';
  const code = isAreaCode(text) ? text : resolveArea(text, { level }).code;
  if (code && ids.includes(code)) return { code };
  return {
    code: null,
    message: `highlight="${text.slice(0, 80)}" is not an area of the ${shown.layout} layout shown`,
    fix: `use one of its codes (${ids.slice(0, 4).join(', ')} …) or an area name such as Almaty`,
  };
}

/** `for` names no element of the page. */
export function noMap(id: string): RankingProblem {
  return {
    code: 'no-map',
    text: 'errorNoMap',
    values: {},
    message: `for="${id.slice(0, 80)}" names no element of this page`,
    fix: 'set for to the id of a <kz-choropleth> in the same document (or shadow root)',
    retry: false,
  };
}
