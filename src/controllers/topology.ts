import type { ReactiveControllerHost } from 'lit';
import type { LayoutId } from '../data/types.js';
import type { AreaTopology } from '../geo/features.js';
import { loadedTopology, loadTopology, topologyUrl, type MapLoadError } from '../geo/load-map.js';
import { configuredMapBase } from '../config.js';

/**
 * The map file of an element's layout, from the page's one cache of maps (`geo/load-map.ts`): at
 * hand at once when it has arrived before, else fetched, and the host redrawn when it arrives or
 * fails.
 */
export class TopologyController {
  topology: AreaTopology | undefined;
  error: MapLoadError | undefined;
  private url = '';
  private wanted = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Asks for the map of `layout` from the folder `mapBase` (or the page's). Its URL is worked out
   * again only when the layout or the folder changes (a period switch keeps it) or while the map
   * is not here yet (a page may set the folder late).
   */
  want(layout: LayoutId, mapBase: string): void {
    const wanted = `${layout}|${mapBase}`;
    if (this.topology && wanted === this.wanted) return;
    this.wanted = wanted;
    const base = baseOf(mapBase);
    let url: string;
    try {
      url = topologyUrl(layout, base);
    } catch (error) {
      // A folder that is no address (`http://[`, `mailto:x`): the map cannot be had.
      this.url = '';
      this.topology = undefined;
      this.error = error as MapLoadError;
      return;
    }
    if (url === this.url) return;
    this.url = url;
    this.error = undefined;
    this.topology = loadedTopology(url);
    if (this.topology) return;
    loadTopology(layout, { base }).then(
      (topology) => this.settle(url, topology, undefined),
      (error: MapLoadError) => this.settle(url, undefined, error),
    );
  }

  /** Forgets a failed map so that the next `want` fetches it again (the retry button). */
  retry(): void {
    if (!this.error) return;
    this.error = undefined;
    this.url = '';
  }

  private settle(url: string, topology?: AreaTopology, error?: MapLoadError): void {
    if (url !== this.url) return;
    this.topology = topology;
    this.error = error;
    this.host.requestUpdate();
  }
}

const baseOf = (mapBase: string) => mapBase || configuredMapBase() || undefined;

/**
 * Starts downloading the map of `layout` before the data say which map is needed (with a stated
 * layout both download at once); the page's cache hands the same answer to the drawing later.
 */
export function prefetchTopology(layout: LayoutId, mapBase: string): void {
  const base = baseOf(mapBase);
  loadTopology(layout, { base }).catch(() => {
    // A failure is reported when the drawing asks for the map.
  });
}
