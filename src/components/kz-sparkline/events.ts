// Events of <kz-sparkline>: one class each, bubbling and composed, with a typed detail.
import { KzErrorEvent, KzEvent, type KzErrorDetail } from '../../internal/events.js';

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
export class SparklineHoverEvent extends KzEvent<SparklineHoverDetail> {
  constructor(detail: SparklineHoverDetail) {
    super('kz-hover', detail);
  }
}

/** `kz-load`: the dataset arrived and the series was found. */
export class SparklineLoadEvent extends KzEvent<SparklineLoadDetail> {
  constructor(detail: SparklineLoadDetail) {
    super('kz-load', detail);
  }
}

/** `kz-error`: the sparkline shows a problem instead of a line. */
export const SparklineErrorEvent = KzErrorEvent;
export type SparklineErrorEvent = KzErrorEvent;

/** The events of `<kz-sparkline>` by name, for typed listeners. */
export interface SparklineEventMap {
  'kz-hover': SparklineHoverEvent;
  'kz-load': SparklineLoadEvent;
  'kz-error': KzErrorEvent;
}
