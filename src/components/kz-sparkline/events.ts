// Events of <kz-sparkline>: one class each (`eventClass`), bubbling and composed, with a typed detail.
import { eventClass, type KzErrorDetail, type ErrorEventMap } from '../../internal/events.js';

export interface SparklineHoverDetail {
  /** Area code or reference id of the series; null for a quick list of values. */
  area: string | null;
  /** Period of the point under the pointer or the keyboard; null when none. */
  period: string | null;
  value: number | null;
}

export interface SparklineLoadDetail {
  indicator: string | null;
  area: string | null;
}

/** Detail of `kz-error` (the same for every element). */
export type SparklineErrorDetail = KzErrorDetail;

/** `kz-hover`: the reader moved to a point (pointer or arrow keys), or left (period null). */
export class SparklineHoverEvent extends eventClass<SparklineHoverDetail>('kz-hover') {}

/** `kz-load`: the dataset arrived and the series was found. */
export class SparklineLoadEvent extends eventClass<SparklineLoadDetail>('kz-load') {}

/** `kz-error`: the sparkline shows a problem instead of a line. */
export { KzErrorEvent as SparklineErrorEvent } from '../../internal/events.js';

/** The events of `<kz-sparkline>` by name, for typed listeners. */
export interface SparklineEventMap extends ErrorEventMap {
  'kz-hover': SparklineHoverEvent;
  'kz-load': SparklineLoadEvent;
}
