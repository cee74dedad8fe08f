// From the dataset and the element's inputs to what a map shows: the chosen indicator, period and
// layout (or the problem that stops it), the colour scale, each area's value, class and rank, and
// the words in the reader's language. Each step is redone only when its own inputs changed: a
// period switch makes new area data and words and keeps the scale; the paths are not made here.
// What it has reported (problems, the data's warnings) it remembers, as `Reports`.
import type { Dataset, Lang } from '../../data/types.js';
import { LAYOUT_AREAS, areaInfo } from '../../data/areas.js';
import type { DisplayNames } from '../../geo/features.js';
import type { ColorScale } from '../../scales/color.js';
import { kept, sameItems } from '../../internal/same.js';
import { Reports } from '../../internal/reports.js';
import { areaData, type AreaDatum } from './model.js';
import { createPresenter, type Presenter } from './presenter.js';
import { chooseView, type Shown, type ViewInputs } from './choose-view.js';
import { isProblem, type Problem } from './problems.js';
import { scaleFor, scaleKey, type ScaleOptions } from './scale-for.js';
import type { Geometry } from './geometry.js';
import { ChoroplethLoadEvent } from './events.js';
import type { ShownView } from './export-actions.js';

export class ViewState extends Reports {
  problem: Problem | null = null;
  shown: Shown | null = null;
  scale: ColorScale | null = null;
  areas: AreaDatum[] = [];
  byId = new Map<string, AreaDatum>();
  presenter: Presenter | null = null;
  private areaInputs: unknown[] = [];

  /** Nothing to show yet (loading), or `problem` instead of the map. */
  clear(problem: Problem | null = null): void {
    this.problem = problem;
    this.shown = null;
    this.presenter = null;
  }

  /** Chooses the view and makes its scale and area data; false when a problem stops it. */
  choose(dataset: Dataset, inputs: ViewInputs, options: ScaleOptions): boolean {
    this.clear();
    this.warnData(dataset);
    const view = chooseView(dataset, inputs);
    if (isProblem(view)) {
      this.problem = view;
      return false;
    }
    this.shown = view;
    if (view.outside.length) {
      this.warn(
        'layout-mismatch',
        `${view.outside.length} value(s) of ${view.period} are not on the ${view.layout} layout and are not drawn (${view.outside.slice(0, 5).join(', ')})`,
        'remove the layout attribute to use the layout of the data',
      );
    }
    this.scale = kept(this, 'scaled', scaleKey(view, options), () =>
      scaleFor(view, options, this.warn),
    );
    // A period switch lands here: new fills, ranks and texts; the paths stay as they are. All of
    // this needs the data only, so title, legend and source show while the map file loads.
    const ids = LAYOUT_AREAS[view.layout];
    const areaInputs = [view.indicator, view.period, ids, this.scale];
    if (!sameItems(areaInputs, this.areaInputs)) {
      this.areaInputs = areaInputs;
      this.areas = areaData(ids, view.indicator, view.period, this.scale);
      this.byId = new Map(this.areas.map((d) => [d.id, d]));
    }
    return true;
  }

  /**
   * The words of the chosen view in `lang`; district names come from the district map when it
   * is here (`names`), other names from the built-in table.
   */
  present(lang: Lang, names?: ReadonlyMap<string, DisplayNames>): void {
    const { shown, scale } = this;
    if (!shown || !scale) return;
    // The same words while their inputs stay (the width, the map file or visibility arrived): the
    // area labels and the source line drawn from them are kept too.
    const inputs = [lang, shown.indicator, shown.period, this.areas, scale, names];
    this.presenter = kept(this, 'words', inputs, () => {
      const nameSource = names ? (id: string) => names.get(id) ?? areaInfo(id) : areaInfo;
      return createPresenter(lang, shown.indicator, shown.period, this.areas, scale, nameSource);
    });
  }

  /** The shown view with its words and area data, for the export menu; null when none. */
  shownView(): ShownView | null {
    const { presenter, shown, areas } = this;
    return presenter && shown ? { presenter, shown, areas } : null;
  }

  /** Fires kz-load on `host` once per view drawn with `geometry`. */
  reportLoad(host: EventTarget, geometry: Geometry | null): void {
    const shown = this.shown;
    if (shown && geometry && !this.problem) {
      const { indicator, period, layout } = shown;
      const areas = geometry.ids.length;
      kept(this, 'loaded', [indicator, period, layout], () =>
        host.dispatchEvent(
          new ChoroplethLoadEvent({ indicator: indicator.id, period, layout, areas }),
        ),
      );
    }
  }
}
