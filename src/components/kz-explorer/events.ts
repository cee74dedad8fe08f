// Events of <kz-explorer>: one class each (`eventClass`), bubbling and composed, with a typed detail. `kz-change`
// fires for reader actions only, never because code set a property.
import { eventClass, type KzErrorDetail, type ErrorEventMap } from '../../internal/events.js';
import type { ExplorerView } from './view-state.js';

/** The reader's view after the change; `area` is '' for the whole country. */
export type ExplorerChangeDetail = ExplorerView;

/** Detail of `kz-error` (the same for every element). */
export type ExplorerErrorDetail = KzErrorDetail;

/** `kz-change`: the reader picked an indicator, moved the period, or selected an area. */
export class ExplorerChangeEvent extends eventClass<ExplorerChangeDetail>('kz-change') {}

/** `kz-error`: the explorer's data could not be loaded or read; a message is shown instead. */
export { KzErrorEvent as ExplorerErrorEvent } from '../../internal/events.js';

/** The events of `<kz-explorer>` by name, for typed listeners. */
export interface ExplorerEventMap extends ErrorEventMap {
  'kz-change': ExplorerChangeEvent;
}
