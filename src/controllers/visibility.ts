// "Render when near the viewport", shared by every element on the page through ONE
// IntersectionObserver: a thousand sparklines cost one observer, and each renders once it comes
// within half a screen of the viewport. Printing renders everything first.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport an element counts as near: half a screen above, a screen below. */
export const NEAR_MARGIN = '50% 0px 100% 0px';

const callbacks = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | null = null;
let printHooked = false;

function run(element: Element): void {
  const set = callbacks.get(element);
  if (!set) return;
  callbacks.delete(element);
  observer?.unobserve(element);
  for (const callback of set) callback();
}

// Elements that came near, drawn together: while the page scrolls, new rows come near in every
// frame; drawing them in one task every few frames (instead of a few in every frame) spares the
// browser most of the repaints. In the first batch, what is inside the viewport itself is drawn at
// once and the rest (near, still off screen) one batch later, so the reader sees the first screen
// sooner.
const due = new Set<Element>();
let lastFlush = -Infinity;
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const BATCH_MS = 120;

function flush(only?: ReadonlySet<Element>): void {
  flushTimer = null;
  lastFlush = performance.now();
  const elements = [...(only ?? due)];
  elements.forEach((element) => due.delete(element));
  elements.forEach(run);
  if (due.size) flushTimer = setTimeout(() => flush(), BATCH_MS);
}

/** Whether a box overlaps the viewport itself (not just the near margin). */
export function onScreen(box: DOMRectReadOnly): boolean {
  const height = window.innerHeight || document.documentElement.clientHeight;
  const width = window.innerWidth || document.documentElement.clientWidth;
  return box.bottom >= 0 && box.top <= height && box.right >= 0 && box.left <= width;
}

function sharedObserver(): IntersectionObserver {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        const seen = new Set<Element>();
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          due.add(entry.target);
          if (onScreen(entry.boundingClientRect)) seen.add(entry.target);
        }
        if (due.size === 0 || flushTimer) return;
        const wait = lastFlush + BATCH_MS - performance.now();
        if (wait > 0) flushTimer = setTimeout(() => flush(), wait);
        else if (lastFlush === -Infinity && seen.size && seen.size < due.size) flush(seen);
        else flush();
      },
      { rootMargin: NEAR_MARGIN },
    );
  }
  if (!printHooked && typeof window !== 'undefined') {
    printHooked = true;
    // Print and "save as PDF" show the whole page: render whatever is still waiting.
    window.addEventListener('beforeprint', () => [...callbacks.keys()].forEach(run));
  }
  return observer;
}

/**
 * whenNear(element, callback) calls `callback` once, when `element` first comes near the
 * viewport (at once where IntersectionObserver is missing). Returns a function that cancels it.
 */
export function whenNear(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => {};
  }
  let set = callbacks.get(element);
  if (!set) {
    set = new Set();
    callbacks.set(element, set);
    sharedObserver().observe(element);
  }
  set.add(callback);
  return () => {
    const current = callbacks.get(element);
    if (!current?.delete(callback) || current.size > 0) return;
    callbacks.delete(element);
    observer?.unobserve(element);
  };
}

/** Elements still waiting to come near the viewport (for diagnostics and tests). */
export function waitingCount(): number {
  return callbacks.size;
}

/**
 * Tracks whether the host has come near the viewport. `near` turns true once and stays true,
 * and the host is asked to update then. Hosts render a light placeholder until then.
 */
export class VisibilityController implements ReactiveController {
  /** True once the host has been near the viewport (or was told to render at once). */
  near = false;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly eager: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near || this.cancel) return;
    if (this.eager()) {
      this.near = true;
      return;
    }
    const cancel = whenNear(this.host, () => {
      this.cancel = null;
      this.near = true;
      this.host.requestUpdate();
    });
    if (!this.near) this.cancel = cancel;
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = null;
  }

  /**
   * Renders without waiting any longer (called from the host's update: its `eager` switched on,
   * or it is on screen, which the host may tell a frame before the observer's first report).
   */
  show(): void {
    if (this.near) return;
    this.cancel?.();
    this.cancel = null;
    this.near = true;
  }
}
