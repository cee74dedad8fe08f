// What a framework template may set on an element: its public properties (no methods, nothing
// inherited from HTMLElement or lit), and a listener per event.
import type { KzElement } from '../internal/kz-element.js';

/** The settable properties of element `E`, all optional. */
export type ElementProps<E> = {
  [
    K in Exclude<keyof E, keyof KzElement> as E[K] extends (...args: never[]) => unknown ? never : K
  ]?: E[K];
};

/** A listener prop per event, named `${prefix}${event name}` (React: `onkz-select`). */
export type EventProps<Events, Prefix extends string> = {
  [K in keyof Events as `${Prefix}${K & string}`]?: (event: Events[K]) => void;
};
