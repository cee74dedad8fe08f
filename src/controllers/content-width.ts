import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the width controller needs of its element. */
export interface ContentWidthHost extends ReactiveControllerHost {
  /** Asked with `width` and the old width: a resize draws at once, as the reader's changes do. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

/**
 * The host's content width in whole pixels (0 until measured), and a redraw when it changes. It
 * observes a zero-height line (`.sizer`) that the host renders first inside its shadow root: its
 * width is the content width and its height never changes, so drawing a taller map cannot
 * trigger another resize. The host reads the width as its `width`.
 */
export class ContentWidth implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ContentWidthHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.observe();
  }

  hostUpdated(): void {
    if (!this.observer) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(): void {
    const sizer = this.host.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.width) {
        const old = this.width;
        this.width = width;
        this.host.requestUpdate('width', old);
      }
    });
    this.observer.observe(sizer);
  }
}
