// The following of a map named by `for` (see follow.ts), by a ranking or a sparkline, fetched on
// first use. The follower listens, on its own
// tree's root, for the map's kz-select (selection), kz-hover (hover) and kz-change (period), and
// is told of every update of the map through a controller it adds to the map (lit's public
// addController), so that a change of any of the map's inputs reaches it. The map may come into
// the tree, or be defined, after the follower: it is looked up again on each update (and when any
// map first draws) until found, and read again when its element is defined, so the order of the
// elements does not matter.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FollowedMap } from './follow.js';

const MAP_EVENTS = ['kz-select', 'kz-hover', 'kz-change', 'kz-load'] as const;

/** What the follower is: any lit element (a small interface, so no element imports another). */
export type FollowerHost = ReactiveControllerHost & HTMLElement;

export class MapFollowController implements ReactiveController {
  /** The area under the pointer or keyboard focus on the map, or null. */
  hovered: string | null = null;
  /** The area hovered on the map since its last selection (a tap selects without a hover ending). */
  pointed: string | null = null;
  /** The area selected on the map, or null. */
  selected: string | null = null;
  /** The period the map shows, as its attribute or its last event says, or null. */
  period: string | null = null;
  /** True when the page has loaded and holds no element with the id of `for`. */
  missing = false;
  private root: Document | ShadowRoot | null = null;
  private id: string | null = null;
  private watched: FollowedMap | null = null;
  private readonly watcher: ReactiveController = {
    hostUpdated: () => this.host.requestUpdate(),
  };

  constructor(
    private readonly host: FollowerHost,
    private readonly target: () => string | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.link();
  }

  hostDisconnected(): void {
    this.unlink();
  }

  /** Call when `for` may have changed. */
  sync(): void {
    if (this.host.isConnected && (this.target() || null) !== this.id) this.link();
  }

  /** True while `for` names a map (found or not yet). */
  get active(): boolean {
    return this.id !== null;
  }

  /** The followed map if it is in the tree (and watched from then on), else null. */
  map(): FollowedMap | null {
    if (!this.root || !this.id) return null;
    const found = (this.root.getElementById?.(this.id) as FollowedMap | null) ?? null;
    if (found) this.missing = false;
    if (found !== this.watched) this.watch(found);
    return found;
  }

  /**
   * Reads the selection and period of `map` as they stand, and is told of its every update from
   * now on (no longer of the map before).
   */
  private watch(map: FollowedMap | null): void {
    this.watched?.removeController?.(this.watcher);
    this.watched = map;
    this.hovered = this.pointed = null;
    this.selected = (map?.selected ?? map?.getAttribute('selected')) || null;
    this.period = (map?.period ?? map?.getAttribute('period')) || null;
    map?.addController?.(this.watcher);
  }

  private link(): void {
    this.unlink();
    const id = this.target();
    if (!id || !this.host.isConnected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    this.root = root;
    this.id = id;
    for (const type of MAP_EVENTS) root.addEventListener(type, this.onEvent);
    this.host.requestUpdate();
    // Until the map's element is defined, its attributes stand for its properties: read again.
    const tag = this.map()?.localName ?? 'kz-choropleth';
    if (tag.includes('-') && !customElements.get(tag)) {
      void customElements.whenDefined(tag).then(() => {
        if (this.root !== root) return;
        this.watch(this.map());
        this.host.requestUpdate();
      });
    }
    // A map written after the follower in the page is parsed later: look once the page is read.
    const check = () =>
      requestAnimationFrame(() => {
        if (this.root !== root || this.map()) return;
        this.missing = true;
        this.host.requestUpdate();
      });
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  private unlink(): void {
    for (const type of MAP_EVENTS) this.root?.removeEventListener(type, this.onEvent);
    this.watch(null);
    this.root = this.id = null;
    this.missing = false;
  }

  private readonly onEvent = (event: Event): void => {
    // A map that came into the tree after the follower is found when it first draws.
    if (event.type === 'kz-load') {
      if (!this.watched) this.host.requestUpdate();
      return;
    }
    const map = this.map();
    if (!map || !event.composedPath().includes(map)) return;
    const detail = ((event as CustomEvent).detail ?? {}) as {
      area?: string | null;
      period?: string | null;
    };
    if (event.type === 'kz-select') {
      this.selected = detail.area ?? null;
      this.pointed = null;
    } else if (event.type === 'kz-hover') {
      this.hovered = this.pointed = detail.area ?? null;
    }
    this.period = detail.period || map.period || this.period;
    this.host.requestUpdate();
  };
}
