// Events of <kz-choropleth>: one class each (`eventClass`), bubbling and composed, with a typed detail. They fire
// for reader actions only (and load/error), never because code set a property.
import { eventClass, type KzErrorDetail, type ErrorEventMap } from '../../internal/events.js';

export interface ChoroplethSelectDetail {
  /** Area id (`KZ-11`, `KZ101000`). */
  area: string;
  /** Area name in the interface language. */
  name: string;
  /** Value in the shown period, or null when the area has none. */
  value: number | null;
  period: string;
  indicator: string;
}

export interface ChoroplethHoverDetail {
  /** Area under the pointer or keyboard focus; null when the reader left the map. */
  area: string | null;
  value: number | null;
  period: string;
}

export interface ChoroplethLoadDetail {
  indicator: string;
  period: string;
  layout: string;
  /** Number of areas drawn. */
  areas: number;
}

export interface ChoroplethChangeDetail {
  /** The period the reader moved to with the period control. */
  period: string;
}

/** Detail of `kz-error` (the same for every element). */
export type ChoroplethErrorDetail = KzErrorDetail;

/** `kz-select`: the reader clicked, tapped or pressed Enter on an area. */
export class ChoroplethSelectEvent extends eventClass<ChoroplethSelectDetail>('kz-select') {}

/** `kz-hover`: the pointer or the keyboard focus moved to an area, or left the map. */
export class ChoroplethHoverEvent extends eventClass<ChoroplethHoverDetail>('kz-hover') {}

/** `kz-load`: data and map arrived and the map is drawn. */
export class ChoroplethLoadEvent extends eventClass<ChoroplethLoadDetail>('kz-load') {}

/** `kz-change`: the reader changed the period with the period control (slider or play). */
export class ChoroplethChangeEvent extends eventClass<ChoroplethChangeDetail>('kz-change') {}

/** `kz-error`: the map shows a problem instead of the data. */
export { KzErrorEvent as ChoroplethErrorEvent } from '../../internal/events.js';

/** The events of `<kz-choropleth>` by name, for typed listeners. */
export interface ChoroplethEventMap extends ErrorEventMap {
  'kz-select': ChoroplethSelectEvent;
  'kz-hover': ChoroplethHoverEvent;
  'kz-change': ChoroplethChangeEvent;
  'kz-load': ChoroplethLoadEvent;
}
