// Events of <kz-explorer>: one class each, bubbling and composed, with a typed detail. `kz-change`
// fires for reader actions only, never because code set a property.
import { KzErrorEvent, KzEvent, type KzErrorDetail } from '../../internal/events.js';
import type { ExplorerView } from './view-state.js';

/** The reader's view after the change; `area` is '' for the whole country. */
export type ExplorerChangeDetail = ExplorerView;

/** Detail of `kz-error` (the same for every element). */
export type ExplorerErrorDetail = KzErrorDetail;

/** `kz-change`: the reader picked an indicator, moved the period, or selected an area. */
export class ExplorerChangeEvent extends KzEvent<ExplorerChangeDetail> {
  constructor(detail: ExplorerChangeDetail) {
    super('kz-change', detail);
  }
}

/** `kz-error`: the explorer's data could not be loaded or read; a message is shown instead. */
export const ExplorerErrorEvent = KzErrorEvent;
export type ExplorerErrorEvent = KzErrorEvent;

/** The events of `<kz-explorer>` by name, for typed listeners. */
export interface ExplorerEventMap {
  'kz-change': ExplorerChangeEvent;
  'kz-error': KzErrorEvent;
}
