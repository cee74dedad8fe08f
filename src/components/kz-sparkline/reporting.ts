// What a sparkline tells the page after it updated: a new problem once (a console warning and
// kz-error; missing data is shown but not reported), and kz-load once per dataset its series came
// from. Made on a sparkline's first update, so that one far from the viewport carries none.
import type { Dataset } from '../../data/types.js';
import type { Warn } from '../../internal/warnings.js';
import { SparklineErrorEvent, SparklineLoadEvent, type SparklineLoadDetail } from './events.js';
import type { Problem } from './model.js';
import { QUIET } from './series-choice.js';

/** The series a sparkline draws from a dataset (not from quick values). */
export interface Loaded extends SparklineLoadDetail {
  dataset: Dataset;
}

export class Reporter {
  private problem: Problem | null = null;
  private dataset: Dataset | null = null;

  constructor(
    private readonly target: EventTarget,
    private readonly warn: Warn,
  ) {}

  /** Called after every update with the problem shown (or null) and the series drawn. */
  report(problem: Problem | null, loaded: Loaded | null): void {
    const previous = this.problem;
    this.problem = problem;
    if (
      problem &&
      problem !== previous &&
      !QUIET.has(problem.code) &&
      !(previous && previous.code === problem.code && previous.message === problem.message)
    ) {
      this.warn(problem.code, problem.message, problem.fix);
      const { code, message, fix, url, status } = problem;
      this.target.dispatchEvent(new SparklineErrorEvent({ code, message, fix, url, status }));
    }
    if (loaded && loaded.dataset !== this.dataset) {
      this.dataset = loaded.dataset;
      const { indicator, area } = loaded;
      this.target.dispatchEvent(new SparklineLoadEvent({ indicator, area }));
    }
  }
}
