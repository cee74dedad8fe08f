// Pointer, touch and keyboard on the sparkline's chart: which point is active, what is announced,
// and the kz-hover event. Plain functions called with the element as `this` (lit binds template
// listeners to their element), so a thousand sparklines carry no extra object each.
import { SparklineHoverEvent } from './events.js';
import type { Drawing, SparkModel } from './model.js';
import { CARD, INLINE } from './templates.js';

/** What the pointer handling needs of its element. */
export interface SparkPointerHost extends EventTarget {
  /** The point under the pointer or keyboard; -1 for none. */
  active: number;
  /** What a screen reader is told of the active point. */
  announcement: string;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  /** Whether the chart holds the keyboard focus. */
  focused?: boolean;
  readonly model?: SparkModel | null;
  readonly drawing: Drawing | null;
  readonly variant: 'inline' | 'card';
  /** The period to ring (a followed map's, else its own). */
  shownPeriod(): string | null;
  /** A point's period and value in words, as the tooltip shows them. */
  tooltipText(index: number): string;
}

/** The point of the ringed period, or -1. */
export function highlighted(host: SparkPointerHost): number {
  const period = host.shownPeriod();
  const points = host.model?.points ?? [];
  return period ? points.findIndex((p) => p.period === period) : -1;
}

/** Where the keyboard starts: the ringed point, else the latest with a value. */
function restingIndex(host: SparkPointerHost): number {
  const ringed = highlighted(host);
  if (ringed >= 0) return ringed;
  const points = host.model?.points ?? [];
  for (let i = points.length - 1; i >= 0; i -= 1) if (points[i].value != null) return i;
  return -1;
}

function setActive(host: SparkPointerHost, index: number, announce: boolean): void {
  const previous = host.active;
  if (index === previous) return;
  host.active = index;
  const model = host.model;
  const point = index >= 0 ? model?.points[index] : undefined;
  if (announce) host.announcement = point ? host.tooltipText(index) : '';
  // Named, so that the reader's own change is drawn at once (not as an arrival).
  host.requestUpdate('active', previous);
  host.dispatchEvent(
    new SparklineHoverEvent({
      area: model?.series ?? null,
      period: point ? point.period || String(index + 1) : null,
      value: point?.value ?? null,
    }),
  );
}

export function onKeyDown(this: SparkPointerHost, event: KeyboardEvent): void {
  const n = this.model?.points.length ?? 0;
  if (!n) return;
  const from = this.active < 0 ? restingIndex(this) : this.active;
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = Math.min(n - 1, from + 1);
      break;
    case 'ArrowLeft':
      next = Math.max(0, from - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = n - 1;
      break;
    case 'Escape':
      setActive(this, -1, true);
      return;
    default:
      return;
  }
  event.preventDefault();
  setActive(this, next, true);
}

export function onFocus(this: SparkPointerHost): void {
  this.focused = true;
  if (this.active < 0) setActive(this, restingIndex(this), true);
}

export function onBlur(this: SparkPointerHost): void {
  this.focused = false;
  setActive(this, -1, false);
}

/** The nearest point to the pointer, along the time axis. */
export function onPointer(this: SparkPointerHost, event: PointerEvent): void {
  const drawing = this.drawing;
  if (!drawing || drawing.xs.length === 0) return;
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  if (box.width <= 0) return;
  const frame = this.variant === 'card' ? CARD : INLINE;
  const x = ((event.clientX - box.left) / box.width) * frame.width;
  let best = 0;
  for (let i = 1; i < drawing.xs.length; i += 1) {
    if (Math.abs(drawing.xs[i] - x) < Math.abs(drawing.xs[best] - x)) best = i;
  }
  setActive(this, best, false);
}

export function onPointerLeave(this: SparkPointerHost): void {
  if (!this.focused) setActive(this, -1, false);
}
