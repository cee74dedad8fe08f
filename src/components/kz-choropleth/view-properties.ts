// The attributes and properties that a map and a ranking (alone, or the map it follows) share,
// declared once: data, indicator, period, layout, level and classification.
import type { PropertyDeclarations } from 'lit';
import type { Better, LayoutId } from '../../data/types.js';
import type { ClassMethod } from '../../scales/classify.js';
import { KzElement } from '../../internal/kz-element.js';

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

/**
 * The inputs that choose and colour what a map shows: the data, indicator, period, layout, level
 * and classification. A ranking takes the same inputs alone, so it shares these declarations.
 */
export class IndicatorViewProperties<Events = object> extends KzElement<Events> {
  // Declared without decorators, so the module carries no decorator helper of its own.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    indicator: {},
    period: {},
    layout: {},
    level: {},
    method: {},
    classes: { type: Number },
    thresholds: { converter: numberList },
    scheme: {},
    better: {},
    diverging: { type: Boolean },
    midpoint: { type: Number },
    periodScale: { type: Boolean, attribute: 'period-scale' },
  };

  /**
   * URL of an indicator document. Fetched once per URL for the whole page.
   */
  src: string | null = null;
  /**
   * A document (or a parsed dataset) given directly; wins over `src` and the inline child.
   */
  data: unknown = undefined;
  /**
   * Indicator id in the document.
   * @default the first
   */
  indicator = '';
  /**
   * `2019`, `2019/2020`, `2023-Q1`, `2023-04`. A period without values is said so; there is no
   * fallback to another year.
   * @default the latest with area values
   */
  period = '';
  /**
   * Forces a boundary layout (`2022`, `2018`, `pre2018`, `districts`); values of areas that are not
   * on it are left out with a warning.
   * @default inferred from the data
   */
  layout: LayoutId | '' = '';
  /**
   * Picks the level (`regions` or `districts`) when a document holds both.
   * @default inferred from the data
   */
  level: 'regions' | 'districts' | '' = '';
  /**
   * Classification. `natural` is optimal 1-D k-means (ckmeans, Jenks' goal). Breaks are rounded to
   * readable numbers without moving any area to another class.
   */
  method: ClassMethod = 'quantile';
  /**
   * Number of classes (2–9).
   */
  classes = 5;
  /**
   * Custom breaks, ascending (`"2,4,6,8"`); a value equal to a break goes to the upper class.
   * Implies `method="thresholds"`.
   */
  thresholds: number[] | null = null;
  /**
   * Colour-blind-safe schemes: `blues`, `greens`, `oranges`, `purples`, `orrd`, `ylorrd`, `ylgnbu`,
   * `viridis`, `cividis`; diverging `rdbu`, `puor`, `brbg`.
   * @default `orrd` (`blues` when neutral, `rdbu` when diverging)
   */
  scheme = '';
  /**
   * Direction of good news (`higher`, `lower`, `neutral`): worse is darker on sequential schemes
   * and warmer on diverging ones.
   * @default from the data
   */
  better: Better | '' = '';
  /**
   * Diverging colours around the national value of the shown period; classes are built below and
   * above it.
   */
  diverging = false;
  /**
   * Diverging around this value instead (for example a target).
   */
  midpoint: number | null = null;
  /**
   * Classes from the shown period only. By default the classes are fixed across all periods, so a
   * colour means the same in every year.
   */
  periodScale = false;
}
