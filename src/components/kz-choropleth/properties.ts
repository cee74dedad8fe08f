// The attributes and properties of <kz-choropleth>, declared once: the element reads them, the
// manifest and the README's tables describe them, and the embed code copies them.
import { property } from 'lit/decorators.js';
import { IndicatorViewProperties } from './view-properties.js';
import type { ChoroplethEventMap } from './events.js';

/** The inputs of a map, as attributes and properties (those a ranking shares are inherited). */
export class ChoroplethProperties extends IndicatorViewProperties<ChoroplethEventMap> {
  /**
   * Period slider with play and pause (slower and without colour transitions under
   * `prefers-reduced-motion`).
   */
  @property({ type: Boolean }) controls = false;
  /**
   * Shows the data table instead of the map (the reader can switch).
   */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';
  /**
   * Highlights an area; setting it never fires `kz-select`. Updated when the reader selects.
   */
  @property() selected = '';
  /**
   * `auto` follows `prefers-color-scheme`. With a theme set, the widget paints its own background.
   * @default the page's `color-scheme`
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /**
   * Hides the legend.
   */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;
  /**
   * Draws Astana, Almaty and Shymkent as their own (tiny) shapes instead of labelled symbols.
   */
  @property({ type: Boolean, attribute: 'no-city-symbols' }) noCitySymbols = false;
  /**
   * Hides the indicator name above the map.
   */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /**
   * Hides the table toggle.
   */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  /**
   * Hides the download and embed menu.
   */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;
  /**
   * Folder of the map files; wins over `window.kzIndicators.mapBase` and `<meta
   * name="kz-indicators-map-base">`.
   * @default `maps/` next to the script
   */
  @property({ attribute: 'map-base' }) mapBase = '';
  /**
   * Script URL written into copied embed code.
   * @default this version on jsDelivr
   */
  @property({ attribute: 'embed-script' }) embedScript = '';
  /**
   * Draws at once. By default a map draws when it first comes within half a screen of the viewport
   * (printing draws every map). Its data and, when `layout` names a region layout, its map file
   * (about 9 KB, shared by every map of that layout) download at once; the district map (45 KB)
   * waits until a map that uses it comes near.
   */
  @property({ type: Boolean }) eager = false;
  /**
   * URL of `embed.html`; enables "Copy iframe code" (data from `src` only).
   */
  @property({ attribute: 'embed-page' }) embedPage = '';
}
