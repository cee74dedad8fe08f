// `for="<map id>"`: what every ranking needs to know of the following of a map. The following
// itself (map-follow.ts) is fetched when a ranking first has `for`: a ranking in an article
// never downloads it.
import type { FollowedMap } from './map-follow.js';

export type { FollowedMap };

/** What the ranking asks of its link to a map. */
export interface MapFollow {
  sync(): void;
  /** True while `for` names a map (found or not yet). */
  readonly active: boolean;
  /** True when the page has loaded and holds no element with the id of `for`. */
  readonly missing: boolean;
  /** The area hovered on the map. */
  readonly hovered: string | null;
  map(): FollowedMap | null;
}

/** A ranking without `for`. */
export const UNFOLLOWED: MapFollow = {
  sync() {},
  active: false,
  missing: false,
  hovered: null,
  map: () => null,
};
