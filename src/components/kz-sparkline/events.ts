// Events of <kz-sparkline>: one class each, bubbling and composed, with a typed detail.

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

export interface SparklineErrorDetail {
  /** Short code: network, http, json, format, missing, unknown-indicator, unknown-area, bad-values, no-data. */
  code: string;
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** For load problems: the URL and the HTTP status. */
  url?: string;
  status?: number;
}

/** `kz-hover`: the reader moved to a point (pointer or arrow keys), or left (period null). */
export class SparklineHoverEvent extends CustomEvent<SparklineHoverDetail> {
  constructor(detail: SparklineHoverDetail) {
    super('kz-hover', { detail, bubbles: true, composed: true });
  }
}

/** `kz-load`: the dataset arrived and the series was found. */
export class SparklineLoadEvent extends CustomEvent<SparklineLoadDetail> {
  constructor(detail: SparklineLoadDetail) {
    super('kz-load', { detail, bubbles: true, composed: true });
  }
}

/** `kz-error`: the sparkline shows a problem instead of a line. */
export class SparklineErrorEvent extends CustomEvent<SparklineErrorDetail> {
  constructor(detail: SparklineErrorDetail) {
    super('kz-error', { detail, bubbles: true, composed: true });
  }
}
