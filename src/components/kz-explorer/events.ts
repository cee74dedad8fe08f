// Events of <kz-explorer>: one class each, bubbling and composed, with a typed detail. `kz-change`
// fires for reader actions only, never because code set a property.
import type { ExplorerView } from './view-state.js';

/** The reader's view after the change; `area` is '' for the whole country. */
export type ExplorerChangeDetail = ExplorerView;

export interface ExplorerErrorDetail {
  /** Short code: `network`, `http`, `json`, `format`, `missing`. */
  code: string;
  /** What went wrong, for developers. */
  message: string;
  /** How to fix it. */
  fix: string;
  url?: string;
  status?: number;
}

/** `kz-change`: the reader picked an indicator, moved the period, or selected an area. */
export class ExplorerChangeEvent extends CustomEvent<ExplorerChangeDetail> {
  constructor(detail: ExplorerChangeDetail) {
    super('kz-change', { detail, bubbles: true, composed: true });
  }
}

/** `kz-error`: the explorer's data could not be loaded or read; a message is shown instead. */
export class ExplorerErrorEvent extends CustomEvent<ExplorerErrorDetail> {
  constructor(detail: ExplorerErrorDetail) {
    super('kz-error', { detail, bubbles: true, composed: true });
  }
}
