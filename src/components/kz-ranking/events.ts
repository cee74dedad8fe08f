// Events of <kz-ranking>: the same names and details as the map's, so that a page listens to a
// map and its ranking alike. They fire for reader actions only (and load/error), never because
// code set a property or because the followed map changed.
import { eventClass, type ErrorEventMap } from '../../internal/events.js';

export interface RankingSelectDetail {
  /** Area id (`KZ-11`, `KZ101000`). */
  area: string;
  /** Area name in the interface language. */
  name: string;
  /** Value in the shown period, or null when the area has none. */
  value: number | null;
  period: string;
  indicator: string;
}

/** `kz-select`: the reader clicked, tapped, or pressed Enter or Space on a row. */
export class RankingSelectEvent extends eventClass<RankingSelectDetail>('kz-select') {}

export interface RankingHoverDetail {
  /** Area under the pointer or keyboard focus; null when the reader left the list. */
  area: string | null;
  value: number | null;
  period: string;
}

/** `kz-hover`: the pointer or the keyboard focus moved to a row, or left the list. */
export class RankingHoverEvent extends eventClass<RankingHoverDetail>('kz-hover') {}

export interface RankingLoadDetail {
  indicator: string;
  period: string;
  /** Number of rows drawn. */
  areas: number;
}

/** `kz-load`: the data arrived and the rows are drawn. */
export class RankingLoadEvent extends eventClass<RankingLoadDetail>('kz-load') {}

/** The events of <kz-ranking> by name, for typed listeners. */
export interface RankingEventMap extends ErrorEventMap {
  'kz-select': RankingSelectEvent;
  'kz-hover': RankingHoverEvent;
  'kz-load': RankingLoadEvent;
}
