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

/**
 * The base of one event class of an element, in one line that declares both the class and its
 * type: `export class XHoverEvent extends eventClass<XHoverDetail>('kz-hover') {}`.
 */
export function eventClass<D>(type: `kz-${string}`): new (detail: D) => KzEvent<D> {
  return class extends KzEvent<D> {
    constructor(detail: D) {
      super(type, detail);
    }
  };
}

/** `kz-error`: an element shows a problem instead of its drawing. */
export class KzErrorEvent extends eventClass<KzErrorDetail>('kz-error') {}

/** `kz-error`, which every element fires; an element's event map extends it with its own. */
export interface ErrorEventMap {
  'kz-error': KzErrorEvent;
}
