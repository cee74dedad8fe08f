// `for="<map id>"`: a ranking follows a <kz-choropleth> of the same tree root. It reads the map's
// inputs (data, indicator, period, layout, level, classification, selection) whenever the map
// updates, through a controller it adds to the map (lit's public addController), and the map's
// hover from its kz-hover events. The map may come into the tree, or be defined, after the
// ranking: it is looked up again on each update until found.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapFollow } from './follow.js';

/** What a ranking reads from the map it follows; a <kz-choropleth> has all of it. */
export type FollowedMap = HTMLElement & {
  src?: string | null;
  data?: unknown;
  indicator?: string;
  period?: string;
  layout?: string;
  level?: string;
  method?: string;
  classes?: number;
  thresholds?: number[] | null;
  scheme?: string;
  better?: string;
  diverging?: boolean;
  midpoint?: number | null;
  periodScale?: boolean;
  selected?: string;
  /** Draws an area as hovered without firing kz-hover. */
  showHover?(id: string | null): void;
  addController?(controller: ReactiveController): void;
  removeController?(controller: ReactiveController): void;
};

export class MapFollowController implements ReactiveController, MapFollow {
  /** The area under the pointer or keyboard focus on the map, or null. */
  hovered: string | null = null;
  /** True when the page has loaded and still holds no element with the id of `for`. */
  missing = false;
  private root: Document | ShadowRoot | null = null;
  private id: string | null = null;
  private watched: FollowedMap | null = null;
  // Told of every update of the map, so that a change of any of its inputs reaches the ranking.
  private readonly watcher: ReactiveController = {
    hostUpdated: () => this.host.requestUpdate(),
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
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
    if (found !== this.watched) {
      this.watched?.removeController?.(this.watcher);
      this.watched = found;
      this.hovered = null;
      found?.addController?.(this.watcher);
      if (found && found.localName.includes('-') && !customElements.get(found.localName)) {
        void customElements.whenDefined(found.localName).then(() => this.host.requestUpdate());
      }
    }
    return found;
  }

  private link(): void {
    this.unlink();
    const id = this.target();
    if (!id || !this.host.isConnected) return;
    this.root = this.host.getRootNode() as Document | ShadowRoot;
    this.id = id;
    this.root.addEventListener('kz-hover', this.onHover);
    this.root.addEventListener('kz-load', this.onLoad);
    this.host.requestUpdate();
    // A map written after the ranking in the page is parsed later: look once the page is read.
    const root = this.root;
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
    this.root?.removeEventListener('kz-hover', this.onHover);
    this.root?.removeEventListener('kz-load', this.onLoad);
    this.watched?.removeController?.(this.watcher);
    this.watched = null;
    this.root = null;
    this.id = null;
    this.hovered = null;
    this.missing = false;
  }

  private fromMap(event: Event): boolean {
    const map = this.map();
    return !!map && event.composedPath().includes(map);
  }

  private readonly onHover = (event: Event): void => {
    if (!this.fromMap(event)) return;
    this.hovered = (event as CustomEvent<{ area?: string | null }>).detail?.area ?? null;
    this.host.requestUpdate();
  };

  // A map that came into the tree after the ranking is found when it first draws.
  private readonly onLoad = (): void => {
    if (!this.watched) this.host.requestUpdate();
  };
}
