// `for="<map id>"`: a ranking or a sparkline follows a <kz-choropleth>, as a <label for> names its
// control. Here is what every such element needs to know; the following itself (map-follow.ts)
// is fetched when an element first has `for`: a ranking or a sparkline in an article never
// downloads it.
import type { ReactiveController } from 'lit';
import { onDemand } from '../internal/on-demand.js';

/**
 * The inputs that decide what a map shows: a ranking states the same ones, or follows a map's.
 * (An element with the map's id that is not yet defined has none of them, hence optional.)
 */
export interface MapInputs {
  indicator?: string;
  period?: string;
  layout?: string;
  level?: string;
  method?: string;
  classes?: number;
  thresholds?: number[] | null;
  scheme?: string;
  better?: string;
  diverging?: boolean;
  midpoint?: number | null;
  periodScale?: boolean;
  selected?: string;
}

/** What a map offers to the elements that follow it; `<kz-choropleth>` implements it. */
export interface FollowedMap extends HTMLElement, MapInputs {
  src?: string | null;
  data?: unknown;
  /** Draws an area as hovered without firing kz-hover. */
  showHover?(id: string | null): void;
  addController?(controller: ReactiveController): void;
  removeController?(controller: ReactiveController): void;
}

/**
 * The following code for an element `tag`, fetched when it first has `for`; `instead` says what
 * the reader sees if it cannot be fetched.
 */
export const mapFollowPart = (tag: string, instead?: string) =>
  onDemand(tag, 'link to the map (for=)', () => import('./map-follow.js'), instead);
