// What an element tells the page's developer, once each: the problem it shows instead of its
// drawing (`kz-error` and a console warning) and the warnings its document was read with.
import type { Dataset } from '../data/types.js';
import { KzErrorEvent, type KzErrorDetail } from './events.js';
import type { Warn, WarningCode } from './warnings.js';

/** Remembers what one element has reported, so that a redraw does not report it again. */
export class Reports {
  private problemKey = '';
  private dataset: Dataset | null = null;

  /** `warn`: the element's warning function (its tag, once per text). */
  constructor(readonly warn: Warn) {}

  /** Fires `kz-error` on `host` and warns, once per new problem (null: none shown now). */
  reportProblem(host: EventTarget, problem: (KzErrorDetail & { code: WarningCode }) | null): void {
    const key = problem ? `${problem.code}|${problem.message}` : '';
    if (problem && key !== this.problemKey) {
      const { code, message, fix, url, status } = problem;
      this.warn(code, message, fix);
      host.dispatchEvent(new KzErrorEvent({ code, message, fix, url, status }));
    }
    this.problemKey = key;
  }

  /** Warns once per dataset that was read with warnings. */
  warnData(dataset: Dataset): void {
    const { warnings } = dataset;
    if (!warnings.length || this.dataset === dataset) return;
    this.dataset = dataset;
    const first = warnings.slice(0, 3).map((w) => `${w.path}: ${w.message}`);
    this.warn(
      'data-warnings',
      `the data was read with ${warnings.length} warning(s): ${first.join('; ')}`,
      'write the area codes and periods as the data format documentation shows',
    );
  }
}
