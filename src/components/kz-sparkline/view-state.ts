// From a sparkline's inputs to what it shows: the series (or the problem shown instead), its
// drawing on its extent (or its scale group's), and its sentence, each step redone only when its
// inputs changed; and what it tells the page. No DOM. The element makes one on its first update:
// a sparkline far from the viewport carries none.
import type { Dataset, Lang } from '../../data/types.js';
import { Reports } from '../../internal/reports.js';
import { kept, sameItems } from '../../internal/same.js';
import type { Extent } from '../../shapes/extent.js';
import type { Frame } from '../../shapes/sparkline.js';
import type { Messages } from './messages.js';
import { draw, isProblem, type Drawing, type Problem, type SparkModel } from './model.js';
import { SparklineLoadEvent } from './events.js';
import { QUIET, chooseSeries, markerKinds, type SeriesInputs } from './series-choice.js';
import { sentenceOf } from './words.js';

// `warn` (of `Reports`) hears of unknown marker words and of the problems shown.
export class SparkViewState extends Reports {
  // Unset until the step first runs.
  model?: SparkModel | null;
  problem?: Problem | null;
  private modelInputs?: unknown[];
  private loadedFrom?: Dataset;

  /**
   * Chooses the series again when `key` (what `inputs` reads) changed; true when it did. A throw
   * leaves the key taken: the same inputs are not tried again.
   */
  choose(key: unknown[], inputs: () => SeriesInputs): boolean {
    if (sameItems(key, this.modelInputs)) return false;
    this.modelInputs = key;
    const result = chooseSeries(inputs());
    this.model = result && !isProblem(result) ? result : null;
    this.problem = result && isProblem(result) ? result : null;
    return true;
  }

  /** An input broke a step: a problem is shown instead of the series until the inputs change. */
  fail(error: unknown): void {
    this.model = null;
    this.problem = {
      code: 'format',
      message: `the data or an attribute could not be used: ${String((error as Error)?.message ?? error)}`,
      fix: 'check the data against the format documentation, and report this message if it looks right',
    };
  }

  /** The drawing of the series on `domain` (`markers` as written; unknown words are warned of). */
  drawn(
    model: SparkModel,
    domain: Extent,
    frame: Frame,
    connectGaps: boolean,
    markers: string | null | undefined,
  ): Drawing {
    const key = [model, frame, connectGaps, markers, ...domain.x, ...domain.y];
    return kept(this, 'drawing', key, () =>
      draw(model, domain, frame, { connectGaps, markers: markerKinds(markers, this.warn) }),
    );
  }

  /** The sentence that says what the series shows. */
  worded(model: SparkModel, words: Messages, lang: Lang): string {
    return kept(this, 'sentence', [model, lang], () => sentenceOf(model, words));
  }

  /**
   * After an update: a new problem is told once (a console warning and kz-error; missing data is
   * shown, not reported), and kz-load once per dataset a series was drawn from.
   */
  report(target: EventTarget, dataset: Dataset | null | undefined, indicator: string | null): void {
    const { problem, model } = this;
    this.reportProblem(target, problem && !QUIET.has(problem.code) ? problem : null);
    if (model && dataset && dataset !== this.loadedFrom) {
      this.loadedFrom = dataset;
      target.dispatchEvent(new SparklineLoadEvent({ indicator, area: model.series }));
    }
  }
}
