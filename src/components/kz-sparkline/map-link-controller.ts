// The following of a map by a sparkline with `for` (see map-link.ts), fetched on first use. It
// listens, on its own tree's root, for the map's kz-select (selection), kz-hover (hover) and
// kz-change (period), and reads the map's `selected` and `period` when it connects and when the
// map's element is defined, so that the order of the elements on the page does not matter.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapLike, MapLink } from './map-link.js';

const MAP_EVENTS = ['kz-select', 'kz-hover', 'kz-change'] as const;

export class MapLinkController implements ReactiveController, MapLink {
  private root: Document | ShadowRoot | null = null;
  private id: string | null | undefined = null;
  private selected: string | null = null;
  private hovered: string | null = null;
  private mapPeriod: string | null = null;

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

  /** Call when the map id may have changed. */
  sync(): void {
    if (this.host.isConnected && this.target() !== this.id) this.link();
  }

  /** True while following a map. */
  get active(): boolean {
    return this.root !== null;
  }

  /** The followed map element, if it is in the tree. */
  map(): MapLike | null {
    const id = this.id ?? this.target();
    if (!id) return null;
    const root = this.root ?? (this.host.getRootNode() as Document | ShadowRoot);
    return (root.getElementById?.(id) as MapLike | null) ?? null;
  }

  /** The area to show: hovered on the map, else selected there, else the sparkline's own. */
  area(own: string | null | undefined): string | null {
    return (this.active ? (this.hovered ?? this.selected ?? own) : own) ?? null;
  }

  /** The period to ring: the map's, else the sparkline's own. */
  period(own: string | null | undefined): string | null {
    return (this.active && this.mapPeriod) || own || null;
  }

  /** The indicator: the sparkline's own, else the map's. */
  indicator(own: string | null | undefined): string | null {
    if (own || !this.active) return own ?? null;
    return this.map()?.indicator || null;
  }

  private link(): void {
    this.unlink();
    const id = this.target();
    if (!id || !this.host.isConnected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    this.root = root;
    this.id = id;
    for (const type of MAP_EVENTS) root.addEventListener(type, this.onEvent);
    this.read();
    const tag = this.map()?.localName ?? 'kz-choropleth';
    if (tag.includes('-') && !customElements.get(tag)) {
      customElements.whenDefined(tag).then(() => {
        if (this.root === root) this.read();
      });
    }
  }

  private unlink(): void {
    for (const type of MAP_EVENTS) this.root?.removeEventListener(type, this.onEvent);
    this.root = null;
    this.id = null;
    this.selected = this.hovered = this.mapPeriod = null;
  }

  private read(): void {
    const map = this.map();
    if (!map) return;
    this.selected = (map.selected ?? map.getAttribute('selected')) || null;
    this.hovered = null;
    this.mapPeriod = (map.period ?? map.getAttribute('period')) || null;
    this.host.requestUpdate();
  }

  private readonly onEvent = (event: Event): void => {
    const map = this.map();
    if (!map || !event.composedPath().includes(map)) return;
    const detail = ((event as CustomEvent).detail ?? {}) as {
      area?: string | null;
      period?: string | null;
    };
    if (event.type === 'kz-select') {
      this.selected = detail.area ?? null;
      this.hovered = null;
    } else if (event.type === 'kz-hover') {
      this.hovered = detail.area ?? null;
    }
    this.mapPeriod = detail.period || map.period || this.mapPeriod;
    this.host.requestUpdate();
  };
}
