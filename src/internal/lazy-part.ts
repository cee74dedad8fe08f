import { adoptStyles, CSSResult, type ReactiveElement } from 'lit';
import { onDemand, type Redrawable } from './on-demand.js';

/**
 * Until a part arrives the element draws without it (or waits) and is redrawn on arrival, or on
 * failure: a part that cannot be fetched stays away, with one console warning.
 */
export interface LazyPart<M> {
  /**
   * The module if it has arrived; otherwise starts fetching it and, on arrival, redraws
   * `redrawn` (by default `host`).
   */
  get(host: ReactiveElement, redrawn?: Redrawable): M | undefined;
  /** True once fetching has failed: draw without the part rather than wait for it. */
  readonly failed: boolean;
}

// Shadow roots that already hold a part's styles.
const styled = new WeakMap<CSSResult, WeakSet<Node>>();

/**
 * Adds a part's own styles to the shadow root of `host`, once: styles that only the part uses
 * travel with it instead of with the main file.
 */
function addPartStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot;
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  let roots = styled.get(styles);
  if (!roots) styled.set(styles, (roots = new WeakSet()));
  if (roots.has(root)) return;
  roots.add(root);
  const sheet = styles.styleSheet;
  // Where constructable style sheets work, add to the element's own sheets; elsewhere lit's
  // adoptStyles appends a <style> (with the page's nonce, as for the element's own styles).
  if (sheet && 'adoptedStyleSheets' in root)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]);
}

/**
 * A part of an element that few readers use (the table view, the tooltip, the link to a map),
 * fetched the first time it is drawn (see `onDemand`). A part module may export `styles`: they
 * are added to each host's shadow root before the host first draws with the part.
 */
export function lazyPart<M extends object>(
  tag: string,
  what: string,
  fetchPart: () => Promise<M>,
): LazyPart<M> {
  const loader = onDemand(tag, what, fetchPart);
  return {
    get failed() {
      return loader.failed;
    },
    get(host, redrawn = host) {
      const part = loader.get(redrawn);
      const styles = (part as { styles?: unknown } | undefined)?.styles;
      if (styles instanceof CSSResult) addPartStyles(host, styles);
      return part;
    },
  };
}
