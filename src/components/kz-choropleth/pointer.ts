// Pointer, touch and keyboard on the map's areas: which area is hovered, focused, holds the tab
// stop and shows the tooltip, and where the tooltip sits. Selecting is the element's (it words
// the announcement and fires kz-select).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isDirection, nearestInDirection } from '../../geo/navigation.js';
import type { Geometry } from './geometry.js';
import type { TooltipPart } from './sections.js';
import type { MapHandlers } from './templates.js';
import { ChoroplethHoverEvent } from './events.js';

/** What the pointer controller needs of its element. */
export interface AreaPointerHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  dispatchEvent(event: Event): boolean;
  /** Redraws without working the view out again (only the reader's interaction changed). */
  redraw(): void;
  /** The drawn map (null before it is drawn). */
  drawnGeometry(): Geometry | null;
  /** An area's value in the shown period (null without one), and that period. */
  hoverDetail(id: string | null): { value: number | null; period: string };
  /** Selects an area as the reader did (click, tap, Enter). */
  select(id: string): void;
  /** The tooltip's code if it has arrived; otherwise starts fetching it. */
  tooltip(): TooltipPart | undefined;
}

type Ids = 'hoverId' | 'focusId' | 'activeId' | 'tipId';

export class AreaPointer implements ReactiveController {
  hoverId: string | null = null;
  focusId: string | null = null;
  /** The area that takes the map's one tab stop. */
  activeId: string | null = null;
  tipId: string | null = null;
  // Where the pointer last was inside the stage; null to place the tooltip at the focused area.
  private tipAt: { x: number; y: number } | null = null;
  // A focus waits for the next frame to be drawn, unless a redraw comes first: the click that
  // follows a press's focus in the same task draws both, so that a tap is one redraw.
  private focusWaits = false;

  constructor(private readonly host: AreaPointerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.focusWaits = false;
    this.placeTip();
  }

  /** Draws an area as hovered without a `kz-hover` (a linked ranking's row is pointed at). */
  showHover(id: string | null): void {
    this.set('hoverId', id);
  }

  /** Closes the tooltip (the reader switched to the table). */
  hideTip(): void {
    this.set('tipId', null);
  }

  /** The tooltip's code arrived: redraws without working the view out again. */
  requestUpdate(): void {
    this.host.redraw();
  }

  readonly handlers: MapHandlers = {
    // A finger landed on an area: its tap shows the tooltip when the finger lifts, a tenth of a
    // second or more later, so its code is fetched now.
    pointerdown: (event) => idFrom(event) && this.host.tooltip(),
    pointermove: (event) => {
      if (event.pointerType === 'touch') return;
      const id = idFrom(event);
      this.hover(id);
      this.tipAt = this.stagePoint(event);
      if (id) {
        this.set('tipId', id);
        this.placeTip();
      } else if (!this.focusId) {
        this.set('tipId', null);
      }
    },
    pointerleave: () => {
      this.hover(this.focusId);
      if (!this.focusId) this.set('tipId', null);
    },
    // Click and tap select; a tap also shows the tooltip, which a tap outside the areas hides.
    click: (event) => {
      const id = idFrom(event);
      if (!id) {
        this.set('tipId', null);
        return;
      }
      if (event.detail > 0) this.tipAt = this.stagePoint(event);
      this.set('tipId', id);
      this.host.select(id);
    },
    focusin: (event) => {
      const id = idFrom(event);
      if (!id) return;
      this.focusWaits = true;
      this.focusId = this.activeId = this.tipId = id;
      this.tipAt = null;
      this.hover(id);
      requestAnimationFrame(() => this.focusWaits && this.host.redraw());
    },
    focusout: (event) => {
      const next = event.relatedTarget as Element | null;
      if (next && this.host.renderRoot.contains(next) && next.closest('[data-id]')) return;
      this.set('focusId', null);
      this.set('tipId', null);
      this.hover(null);
    },
    keydown: (event) => this.onKeyDown(event),
  };

  /** Arrows: nearest area that way; Home/End: first/last west to east; Enter: select. */
  private onKeyDown(event: KeyboardEvent): void {
    const g = this.host.drawnGeometry();
    const current = idFrom(event);
    if (!g || !current) return;
    let next: string | null;
    if (isDirection(event.key)) next = nearestInDirection(g.nav, current, event.key);
    else if (event.key === 'Home') next = g.order[0];
    else if (event.key === 'End') next = g.order[g.order.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.host.select(current);
      return;
    } else if (event.key === 'Escape') {
      // Closes the tooltip; a second Escape leaves the map for the toolbar.
      if (this.tipId) this.set('tipId', null);
      else
        this.host.renderRoot
          .querySelector<HTMLElement>('.toolbar button, .toolbar summary')
          ?.focus();
      return;
    } else return;
    event.preventDefault();
    if (!next || next === current) return;
    // Focused at once (every area can take focus): its focusin draws it, in one redraw.
    this.host.renderRoot
      .querySelector<SVGElement>(`[data-id="${CSS.escape(next)}"][tabindex]`)
      ?.focus();
  }

  private set(key: Ids, id: string | null): void {
    if (this[key] === id) return;
    this[key] = id;
    if (!this.focusWaits) this.host.redraw();
  }

  private hover(id: string | null): void {
    if (id === this.hoverId) return;
    this.set('hoverId', id);
    const { value, period } = this.host.hoverDetail(id);
    this.host.dispatchEvent(new ChoroplethHoverEvent({ area: id, value, period }));
  }

  private stagePoint(event: MouseEvent): { x: number; y: number } {
    const box = this.host.renderRoot.querySelector('.stage')!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** Puts the tooltip next to the pointer, or next to the focused area, inside the map. */
  private placeTip(): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const g = this.host.drawnGeometry();
    if (tip && g && this.tipId) this.host.tooltip()?.placeTip(tip, g, this.tipId, this.tipAt);
  }
}

function idFrom(event: Event): string | null {
  const target = (event.target as Element | null)?.closest?.('[data-id]');
  return target?.getAttribute('data-id') ?? null;
}
