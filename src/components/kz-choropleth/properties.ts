// The attributes and properties of <kz-choropleth>, declared once: the element reads them, the
// manifest and the README's tables describe them, and the embed code copies them.
import { property } from 'lit/decorators.js';
import type { Better, LayoutId } from '../../data/types.js';
import type { ClassMethod } from '../../scales/classify.js';
import { KzElement } from '../../internal/kz-element.js';
import type { ChoroplethEventMap } from './events.js';

/** `"10,15,20"` as a list of numbers, and back. */
const numberList = {
  fromAttribute: (value: string | null): number[] | null => {
    if (value === null || value.trim() === '') return null;
    return value
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
  },
  toAttribute: (value: number[] | null) => (value ? value.join(',') : null),
};

/** The inputs of a map, as attributes and properties. */
export class ChoroplethProperties extends KzElement<ChoroplethEventMap> {
  /**
   * URL of an indicator document. Fetched once per URL for the whole page.
   */
  @property() src: string | null = null;
  /**
   * A document (or a parsed dataset) given directly; wins over `src` and the inline child.
   */
  @property({ attribute: false }) data: unknown = undefined;
  /**
   * Indicator id in the document.
   * @default the first
   */
  @property() indicator = '';
  /**
   * `2019`, `2019/2020`, `2023-Q1`, `2023-04`. A period without values is said so; there is no
   * fallback to another year.
   * @default the latest with area values
   */
  @property() period = '';
  /**
   * Forces a boundary layout (`2022`, `2018`, `pre2018`, `districts`); values of areas that are not
   * on it are left out with a warning.
   * @default inferred from the data
   */
  @property() layout: LayoutId | '' = '';
  /**
   * Picks the level (`regions` or `districts`) when a document holds both.
   * @default inferred from the data
   */
  @property() level: 'regions' | 'districts' | '' = '';
  /**
   * Classification. `natural` is optimal 1-D k-means (ckmeans, Jenks' goal). Breaks are rounded to
   * readable numbers without moving any area to another class.
   */
  @property() method: ClassMethod = 'quantile';
  /**
   * Number of classes (2–9).
   */
  @property({ type: Number }) classes = 5;
  /**
   * Custom breaks, ascending (`"2,4,6,8"`); a value equal to a break goes to the upper class.
   * Implies `method="thresholds"`.
   */
  @property({ converter: numberList }) thresholds: number[] | null = null;
  /**
   * Colour-blind-safe schemes: `blues`, `greens`, `oranges`, `purples`, `orrd`, `ylorrd`, `ylgnbu`,
   * `viridis`, `cividis`; diverging `rdbu`, `puor`, `brbg`.
   * @default `orrd` (`blues` when neutral, `rdbu` when diverging)
   */
  @property() scheme = '';
  /**
   * Direction of good news (`higher`, `lower`, `neutral`): worse is darker on sequential schemes
   * and warmer on diverging ones.
   * @default from the data
   */
  @property() better: Better | '' = '';
  /**
   * Diverging colours around the national value of the shown period; classes are built below and
   * above it.
   */
  @property({ type: Boolean }) diverging = false;
  /**
   * Diverging around this value instead (for example a target).
   */
  @property({ type: Number }) midpoint: number | null = null;
  /**
   * Classes from the shown period only. By default the classes are fixed across all periods, so a
   * colour means the same in every year.
   */
  @property({ type: Boolean, attribute: 'period-scale' }) periodScale = false;
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
