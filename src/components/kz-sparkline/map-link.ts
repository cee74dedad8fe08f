// `for="<map id>"`: a sparkline follows a <kz-choropleth>, like a <label for> names its control.
// Here is what every sparkline needs; the following itself (map-link-controller.ts) is fetched
// when a sparkline first has `for`.

/** What a sparkline reads from the map it follows; any element with these properties will do. */
export type MapLike = HTMLElement & {
  src?: string | null;
  data?: unknown;
  indicator?: string | null;
  selected?: string | null;
  period?: string | null;
};

/** What the sparkline asks of its link to a map. */
export interface MapLink {
  sync(): void;
  readonly active: boolean;
  map(): MapLike | null;
  area(own: string | null | undefined): string | null;
  period(own: string | null | undefined): string | null;
  indicator(own: string | null | undefined): string | null;
}

/** A sparkline without `for`: its own area, period and indicator. */
export const UNLINKED: MapLink = {
  sync() {},
  active: false,
  map: () => null,
  area: (own) => own ?? null,
  period: (own) => own || null,
  indicator: (own) => own ?? null,
};
