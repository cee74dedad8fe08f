// From a sparkline's inputs to what it shows: the series (or the problem shown instead), its
// drawing on its extent (or its scale group's), and its sentence, each step redone only when its
// inputs changed. No DOM. The element makes one on its first update: a sparkline far from the
// viewport carries none.
import type { Lang } from '../../data/types.js';
import { sameItems } from '../../internal/same.js';
import type { Warn } from '../../internal/warnings.js';
import type { Extent } from '../../shapes/extent.js';
import type { Frame } from '../../shapes/sparkline.js';
import type { Messages } from './messages.js';
import { draw, isProblem, type Drawing, type Problem, type SparkModel } from './model.js';
import { chooseSeries, markerKinds, type SeriesInputs } from './series-choice.js';
import { sentenceOf } from './words.js';

export class SparkViewState {
  model: SparkModel | null = null;
  problem: Problem | null = null;
  private modelInputs: unknown[] | null = null;
  private drawing: Drawing | null = null;
  private drawInputs: unknown[] | null = null;
  private sentence = '';
  private sentenceInputs: unknown[] | null = null;

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

  /** Shows a problem instead of the series, until the inputs change. */
  fail(problem: Problem): void {
    this.model = null;
    this.problem = problem;
  }

  /** The drawing of the series on `domain` (`markers` as written; unknown words are warned of). */
  drawn(
    model: SparkModel,
    domain: Extent,
    frame: Frame,
    connectGaps: boolean,
    markers: string | null | undefined,
    warn: Warn,
  ): Drawing {
    const key = [model, frame, connectGaps, markers, ...domain.x, ...domain.y];
    if (!this.drawing || !sameItems(key, this.drawInputs)) {
      this.drawInputs = key;
      this.drawing = draw(model, domain, frame, {
        connectGaps,
        markers: markerKinds(markers, warn),
      });
    }
    return this.drawing;
  }

  /** The sentence that says what the series shows. */
  worded(model: SparkModel, words: Messages, lang: Lang): string {
    const key = [model, lang];
    if (!sameItems(key, this.sentenceInputs)) {
      this.sentenceInputs = key;
      this.sentence = sentenceOf(model, words);
    }
    return this.sentence;
  }
}
