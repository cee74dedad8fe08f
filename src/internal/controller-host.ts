import type { ReactiveControllerHost } from 'lit';

/** The part of an element that its controllers may use, besides what each asks of it. */
export interface ElementHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  dispatchEvent(event: Event): boolean;
}

/**
 * A controller's host made of element `el` (its lit methods and render root, read when used)
 * and `own`, what the controller asks of its host besides: so that a controller depends on a
 * small interface, not on the element's class.
 */
export function controllerHost<T extends object>(
  el: ElementHost & HTMLElement,
  own: T,
): ElementHost & T {
  const host: ElementHost = {
    addController: (controller) => el.addController(controller),
    removeController: (controller) => el.removeController(controller),
    requestUpdate: () => el.requestUpdate(),
    dispatchEvent: (event) => el.dispatchEvent(event),
    get updateComplete() {
      return el.updateComplete;
    },
    get renderRoot() {
      return el.renderRoot;
    },
    get hasUpdated() {
      return el.hasUpdated;
    },
  };
  return Object.assign(host, own);
}
