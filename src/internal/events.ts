// What the events of every element share: they bubble out of shadow roots and carry a typed
// detail; `kz-error` has one detail for all.
import type { WarningCode } from './warnings.js';

/** An event of the library: bubbling and composed, with a typed detail. */
export class KzEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** Detail of `kz-error`, for every element. */
export interface KzErrorDetail {
  /** Short code, e.g. `network`, `http`, `json`, `format`, `missing`, `unknown-indicator`. */
  code: WarningCode | (string & {});
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** For load problems: the URL and the HTTP status. */
  url?: string;
  status?: number;
}

/** `kz-error`: an element shows a problem instead of its drawing. */
export class KzErrorEvent extends KzEvent<KzErrorDetail> {
  constructor(detail: KzErrorDetail) {
    super('kz-error', detail);
  }
}
