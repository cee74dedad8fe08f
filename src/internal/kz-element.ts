import { LitElement, type PropertyValues } from 'lit';
import { followPageLang, unfollowPageLang } from './page-lang.js';
import { warnOnce, type WarningCode } from './warnings.js';
import { nextTask } from './long-task.js';

/**
 * What every element of the library shares: it speaks the language of its nearest `lang`
 * attribute (its own, a section's or the page's) and is redrawn when any of them changes, and it
 * warns in the library's one format (`<tag> [kz-code] … Fix: ….`), once per cause.
 *
 * @attribute {'en' | 'kk' | 'ru'} lang - Interface language and number format (`12 345,6` in kk and ru); default: the nearest `lang` up the page.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-unused-vars -- the interface below declares the typed listeners
export class KzElement<Events = object> extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLang(this);
    const held = this.heldChanges;
    if (!held) return;
    this.heldChanges = undefined;
    // Back on a page: draw what changed while away (at once, as a change, not as an arrival).
    super.requestUpdate();
    for (const [name, old] of held) super.requestUpdate(name, old);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPageLang(this);
  }

  // Whether the next drawing is of something that arrived (data, a map file, a language) rather
  // than of a change the reader or the page made.
  private arrived = false;

  override requestUpdate(name?: PropertyKey, ...rest: unknown[]): void {
    // The first thing to arrive since the last drawing, on the page: `arrival()` may work it out
    // now, in the task it arrived in, ahead of its drawing a task later.
    const first =
      name === undefined && this.hasUpdated && !this.isUpdatePending && this.isConnected;
    if (name === undefined) this.arrived = true;
    super.requestUpdate(name, ...(rest as []));
    if (first) this.arrival();
  }

  /** What an element works out as something arrives (see `requestUpdate`); nothing by default. */
  protected arrival(): void {}

  /**
   * What arrived is drawn in a task of its own: a page of many widgets, whose data arrive
   * together, is then not blocked by one long task and can paint and answer input in between.
   * The first drawing (which keeps the widget's space) and a change made by the reader or the
   * page are drawn at once.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.arrived && this.hasUpdated) await nextTask();
    // Drawn now, the first drawing too: a change after it (the width measured) is not an arrival.
    this.arrived = false;
    await super.scheduleUpdate();
  }

  // What changed while the element was off the page, with the values before, kept for its return.
  private heldChanges?: Map<PropertyKey, unknown>;

  /**
   * An element taken off the page draws nothing (an arrival deferred by a task may find it gone):
   * it neither spends time nor warns for a page that no longer shows it. What changed meanwhile
   * is kept and drawn if it comes back. Subclasses that override this call it first.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.isConnected || !this.hasUpdated) return super.shouldUpdate(changed);
    this.heldChanges ??= new Map();
    for (const [name, old] of changed) {
      if (!this.heldChanges.has(name)) this.heldChanges.set(name, old);
    }
    return false;
  }

  /** Warns once per page for each distinct message, under this element's tag. */
  protected warn(code: WarningCode, message: string, fix: string): void {
    warnOnce(this.localName, code, message, fix);
  }
}

// Listeners typed with the element's own events first (`kz-select`'s detail and so on), then the
// ordinary ones; a name neither knows takes any Event.
export interface KzElement<Events> {
  addEventListener<K extends keyof Events>(
    type: K,
    listener: (event: Events[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof Events>(
    type: K,
    listener: (event: Events[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}
