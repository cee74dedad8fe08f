// The one way the library loads code on first use: interface text in Kazakh and Russian, the
// table, the tooltip, the link to a map, the export code. Each is a module that most pages never
// need; it is fetched the first time an element asks for it.
import { warnOnce } from './warnings.js';

/** What a loader redraws when its module arrives: any lit element (or controller host). */
export interface Redrawable {
  requestUpdate(): void;
}

export interface OnDemand<M> {
  /**
   * The module if it has arrived. Otherwise starts fetching it and remembers `host`, which is
   * redrawn once when the module arrives or the fetch fails.
   */
  get(host?: Redrawable): M | undefined;
  /** Resolves with the module, or with undefined when it could not be fetched. Never rejects. */
  load(): Promise<M | undefined>;
  /** True once fetching has failed: draw without the module rather than wait for it. */
  readonly failed: boolean;
}

/**
 * A module fetched on first use. `what` names it in the one warning (code `kz-part`) given when
 * it cannot be fetched, and `instead` says what the reader sees then.
 */
export function onDemand<M>(
  tag: string,
  what: string,
  fetchModule: () => Promise<M>,
  instead = 'so it is not shown',
): OnDemand<M> {
  let module: M | undefined;
  let failed = false;
  let pending: Promise<M | undefined> | undefined;
  // Elements that asked before the module settled, redrawn once when it does.
  let waiting = new Set<Redrawable>();
  const load = (): Promise<M | undefined> =>
    (pending ??= fetchModule().then(
      (arrived) => {
        module = arrived;
        return settle(arrived);
      },
      (error: unknown) => {
        failed = true;
        warnOnce(
          tag,
          'part',
          `the ${what} could not be loaded (${String(error)}), ${instead}`,
          'serve the whole folder of the library, not its main file alone',
        );
        return settle(undefined);
      },
    ));
  const settle = (result: M | undefined): M | undefined => {
    const hosts = waiting;
    waiting = new Set();
    hosts.forEach((host) => host.requestUpdate());
    return result;
  };
  return {
    get failed() {
      return failed;
    },
    get(host) {
      if (module !== undefined || failed) return module;
      if (host) waiting.add(host);
      void load();
      return undefined;
    },
    load,
  };
}
