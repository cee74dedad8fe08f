import type { ReactiveElement } from 'lit';

// Elements that take their language from the page, redrawn when any `lang` attribute on the page
// changes (a page switching language); one observer for every element of the library.
const following = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Redraws `el` whenever a `lang` attribute changes anywhere in the document, while connected. */
export function followPageLang(el: ReactiveElement): void {
  following.add(el);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => following.forEach((element) => element.requestUpdate()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

export function unfollowPageLang(el: ReactiveElement): void {
  following.delete(el);
}
