// Typed listeners for page scripts in TypeScript: `map.addEventListener('kz-select', (e) =>
// e.detail.area)` type-checks, on the element and on any ancestor, document or window (the
// events bubble out of shadow roots). Each element narrows its own listeners to its own events.
import type { ChoroplethEventMap } from './components/kz-choropleth/events.js';
import type { SparklineEventMap } from './components/kz-sparkline/events.js';
import type { RankingEventMap } from './components/kz-ranking/events.js';
import type { ExplorerEventMap } from './components/kz-explorer/events.js';

type Merged<A, B> = {
  [K in keyof A | keyof B]: (K extends keyof A ? A[K] : never) | (K extends keyof B ? B[K] : never);
};

/** Every event of the library by name; where two elements fire the same name, either's event. */
export type KzEventMap = Merged<
  Merged<Merged<ChoroplethEventMap, SparklineEventMap>, RankingEventMap>,
  ExplorerEventMap
>;

declare global {
  // Listeners on any element, the document and the window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends KzEventMap {}
}
