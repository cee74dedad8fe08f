// The attributes and properties of <kz-sparkline>, declared once: the element reads them, and the
// manifest and the README's tables describe them.
import type { PropertyDeclarations } from 'lit';
import type { Better } from '../../data/types.js';
import type { Extent } from '../../shapes/extent.js';
import type { ScaleGroup } from '../../shapes/scale-group.js';
import type { SparklineEventMap } from './events.js';
import { KzElement } from '../../internal/kz-element.js';

/**
 * The inputs of a sparkline, as attributes and properties, and what a page can style.
 *
 * @csspart frame - The inline box.
 * @csspart chart - The focusable image (role img) holding the drawing.
 * @csspart line - The trend line.
 * @csspart dot - A value alone between missing ones (no line reaches it).
 * @csspart band - The band between lower and upper bounds.
 * @csspart reference - A reference line (national value, comparator, target).
 * @csspart marker - A marker (first, last, lowest, highest).
 * @csspart tooltip - The period and value of the point under the pointer or keyboard.
 * @csspart card - The card (card variant).
 * @csspart title - The indicator name (card).
 * @csspart subtitle - The area name (card).
 * @csspart latest - The latest value (card).
 * @csspart change - The change over the period in words (card).
 * @csspart axis - The first and last periods (card).
 * @csspart source - The source line (card).
 * @csspart problem - The message shown instead of the line.
 *
 * @cssprop [--kz-sparkline-width=4em] - Width of the inline variant.
 * @cssprop [--kz-sparkline-color=currentColor] - Line and marker colour.
 * @cssprop [--kz-sparkline-better-color=#1565c0] - Colour of an improving trend (`color-by-better`).
 * @cssprop [--kz-sparkline-worse-color=#c2410c] - Colour of a worsening trend (`color-by-better`).
 * @cssprop [--kz-sparkline-band-color=currentColor] - Fill of the bounds band (drawn at 16 % opacity).
 * @cssprop [--kz-sparkline-reference-color=#6b6b6b] - National and comparator lines.
 * @cssprop [--kz-sparkline-target-color=#6b6b6b] - Target lines.
 * @cssprop [--kz-sparkline-marker-color] - Marker colour (default: the line's).
 * @cssprop [--kz-sparkline-stroke-width=0.09em] - Line width (card: 2px).
 * @cssprop [--kz-sparkline-marker-size=0.28em] - Marker diameter (card: 7px).
 * @cssprop [--kz-sparkline-focus-color=#1a73e8] - Keyboard focus ring.
 * @cssprop [--kz-sparkline-tooltip-background=#1f1f1f] - Tooltip background.
 * @cssprop [--kz-sparkline-tooltip-color=#fff] - Tooltip text.
 * @cssprop [--kz-sparkline-muted-color=#595959] - Secondary text (card, messages).
 * @cssprop [--kz-sparkline-background=Canvas] - Page background, used to ring the active point.
 * @cssprop [--kz-sparkline-font=inherit] - Font of the card and tooltip.
 * @cssprop [--kz-sparkline-card-padding=0.9em 1em] - Card padding.
 * @cssprop [--kz-sparkline-card-border=1px solid #d0d0d0] - Card border.
 * @cssprop [--kz-sparkline-card-radius=6px] - Card corner radius.
 * @cssprop [--kz-sparkline-card-background=transparent] - Card background.
 */
export class SparklineProperties extends KzElement<SparklineEventMap> {
  // Declared without decorators, so the module carries no decorator helper of its own.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    indicator: {},
    area: {},
    values: {},
    periods: {},
    htmlFor: { attribute: 'for' },
    variant: {},
    markers: {},
    connectGaps: { type: Boolean, attribute: 'connect-gaps' },
    scaleGroup: { attribute: 'scale-group' },
    colorByBetter: { type: Boolean, attribute: 'color-by-better' },
    references: {},
    zero: { type: Boolean },
    label: {},
    unit: {},
    decimals: { type: Number },
    better: {},
    period: {},
    noLatest: { type: Boolean, attribute: 'no-latest' },
    eager: { type: Boolean },
  };

  // Properties without a default are left unset (undefined reads as "not given"): a page with a
  // thousand sparklines sets no field it does not use.

  /**
   * URL of a dataset in the kz-indicators format (fetched once per page, shared).
   */
  src?: string | null;

  /**
   * A dataset (a document or a parsed `Dataset`); wins over `src`. Parsed once per object.
   */
  data?: unknown;

  /**
   * Indicator id.
   * @default the first
   */
  indicator?: string | null;

  /**
   * Area code or name (`KZ-11`, `KZ-AKM`, `Akmola`), `national`, or a reference id (`WLD`).
   * @default the only area, else national
   */
  area?: string | null;

  /**
   * Quick values: `51.1,45.3,,9.4` (empty, `null`, `NA`, `n/a`, `..` or a dash is missing), or
   * `51,1;45,3` with decimal commas.
   */
  values?: string | null;

  /**
   * Periods of the quick values, one each, in time order: `1990,2000`, `2019/2020`, `2023-Q1`,
   * `2023-04`.
   */
  periods?: string | null;

  /**
   * Id of a `<kz-choropleth>` to follow: its selected (or hovered) area and its period; also its
   * data when the sparkline has none.
   */
  htmlFor?: string | null;

  /**
   * `inline` sits in text; `card` is a block with the latest value, the change and references.
   */
  variant: 'inline' | 'card' = 'inline';

  /**
   * Markers to draw: any of `first last min max`, or `none`.
   */
  markers = 'last';

  /**
   * Join the line across missing values instead of breaking it.
   */
  connectGaps?: boolean;

  /**
   * Share the vertical (and time) scale with every sparkline of that group name on the page.
   */
  scaleGroup?: string | null;

  /**
   * Colour the line and the change by improvement or deterioration (following the indicator's
   * `better`); the card then says which in words.
   */
  colorByBetter?: boolean;

  /**
   * References to draw: `all`, `none`, or ids and kinds: `national comparator target world`.
   * @default inline `none`, card `all`
   */
  references?: string | null;

  /**
   * Include zero in the vertical scale.
   */
  zero?: boolean;

  /**
   * What the trend shows; replaces the indicator and area names. Needed for quick values.
   */
  label?: string | null;

  /**
   * Unit, in the sentence and the card (for quick values, or to replace the indicator's).
   * @default the indicator's
   */
  unit?: string | null;

  /**
   * Decimals shown.
   * @default the indicator's, or as many as the quick values have
   */
  decimals?: number | null;

  /**
   * Which direction is good news (`higher`, `lower`, `neutral`), for quick values.
   * @default the indicator's
   */
  better?: Better | null;

  /**
   * A period to ring (a followed map sets it).
   */
  period?: string | null;

  /**
   * Card: hide the latest value and the change.
   */
  noLatest?: boolean;

  /**
   * Draw at once instead of when near the viewport (screenshots, print previews).
   */
  eager?: boolean;

  // The line's own extent, and its scale group's: the element sets them. Declared here so that
  // `domain` follows the attributes in the manifest and the README.
  protected extent: Extent | null = null;
  protected group: ScaleGroup | null = null;

  /** The vertical and time extent the line is drawn on (shared within a scale group); null before data. */
  get domain(): Extent | null {
    return this.group ? this.group.extent : this.extent;
  }
}
