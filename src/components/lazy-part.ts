import type { ReactiveElement } from 'lit';

/**
 * A part of an element that few readers use (the table view, the tooltip), fetched the first time
 * it is drawn rather than with the page. Until it arrives the element draws without it and is
 * redrawn on arrival. A part that cannot be fetched stays away, with one console warning.
 */
export interface LazyPart<M> {
  /** The module if it has arrived; otherwise starts fetching it and redraws `host` on arrival. */
  get(host: ReactiveElement): M | undefined;
}

export function lazyPart<M>(tag: string, what: string, fetchPart: () => Promise<M>): LazyPart<M> {
  let part: M | undefined;
  let pending: Promise<boolean> | undefined;
  return {
    get(host) {
      if (part) return part;
      pending ??= fetchPart().then(
        (module) => {
          part = module;
          return true;
        },
        (error: unknown) => {
          console.warn(
            `<${tag}> [kz-part] the ${what} could not be loaded (${String(error)}), so it is not shown. ` +
              'Fix: serve the whole folder of the library, not its main file alone.',
          );
          return false;
        },
      );
      void pending.then((arrived) => arrived && host.requestUpdate());
      return undefined;
    },
  };
}
