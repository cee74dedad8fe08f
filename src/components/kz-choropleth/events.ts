// Events of <kz-choropleth>: one class each, bubbling and composed, with a typed detail. They fire
// for reader actions only (and load/error), never because code set a property.

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

export interface ChoroplethErrorDetail {
  /** Short code, e.g. `network`, `http`, `json`, `format`, `missing`, `unknown-indicator`. */
  code: string;
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  url?: string;
  status?: number;
}

/** `kz-select`: the reader clicked, tapped or pressed Enter on an area. */
export class ChoroplethSelectEvent extends CustomEvent<ChoroplethSelectDetail> {
  constructor(detail: ChoroplethSelectDetail) {
    super('kz-select', { detail, bubbles: true, composed: true });
  }
}

/** `kz-hover`: the pointer or the keyboard focus moved to an area, or left the map. */
export class ChoroplethHoverEvent extends CustomEvent<ChoroplethHoverDetail> {
  constructor(detail: ChoroplethHoverDetail) {
    super('kz-hover', { detail, bubbles: true, composed: true });
  }
}

/** `kz-load`: data and map arrived and the map is drawn. */
export class ChoroplethLoadEvent extends CustomEvent<ChoroplethLoadDetail> {
  constructor(detail: ChoroplethLoadDetail) {
    super('kz-load', { detail, bubbles: true, composed: true });
  }
}

/** `kz-change`: the reader changed the period with the period control (slider or play). */
export class ChoroplethChangeEvent extends CustomEvent<ChoroplethChangeDetail> {
  constructor(detail: ChoroplethChangeDetail) {
    super('kz-change', { detail, bubbles: true, composed: true });
  }
}

/** `kz-error`: the map shows a problem instead of the data. */
export class ChoroplethErrorEvent extends CustomEvent<ChoroplethErrorDetail> {
  constructor(detail: ChoroplethErrorDetail) {
    super('kz-error', { detail, bubbles: true, composed: true });
  }
}
