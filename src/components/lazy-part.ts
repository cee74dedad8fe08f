import type { ReactiveElement } from 'lit';

/**
 * A part of an element that few readers use (the table view, the tooltip, the link to a map),
 * fetched the first time it is drawn rather than with the page. Until it arrives the element draws
 * without it (or waits) and is redrawn on arrival, or on failure: a part that cannot be fetched
 * stays away, with one console warning.
 */
export interface LazyPart<M> {
  /** The module if it has arrived; otherwise starts fetching it and redraws `host` on arrival. */
  get(host: ReactiveElement): M | undefined;
  /** True once fetching has failed: draw without the part rather than wait for it. */
  readonly failed: boolean;
}

export function lazyPart<M>(tag: string, what: string, fetchPart: () => Promise<M>): LazyPart<M> {
  let part: M | undefined;
  let failed = false;
  // Elements drawn before the part arrived (or failed), redrawn once when it settles.
  let waiting: Set<ReactiveElement> | undefined;
  const settle = () => {
    waiting?.forEach((host) => host.requestUpdate());
    waiting = undefined;
  };
  return {
    get failed() {
      return failed;
    },
    get(host) {
      if (part || failed) return part;
      if (!waiting) {
        waiting = new Set();
        fetchPart().then(
          (module) => {
            part = module;
            settle();
          },
          (error: unknown) => {
            failed = true;
            console.warn(
              `<${tag}> [kz-part] the ${what} could not be loaded (${String(error)}), so it is not shown. ` +
                'Fix: serve the whole folder of the library, not its main file alone.',
            );
            settle();
          },
        );
      }
      waiting.add(host);
      return undefined;
    },
  };
}
