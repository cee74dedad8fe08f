// The explorer's link to its view: with `permalink`, the view is written into the page's URL hash
// after each update (replacing the history entry, so Back leaves the page as before), a hash
// changed by the reader (or a link within the page) is shown, and "Copy link" copies the URL.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashHasView, readHash, withHash, writeHash } from './permalink.js';
import type { ExplorerView } from './view-state.js';

export interface PermalinkHost extends ReactiveControllerHost {
  permalink: boolean;
  /** The view shown, or null before the data. */
  readonly shownView: ExplorerView | null;
  /** Shows the view a changed hash names (not a reader action of the explorer: no event). */
  showLinked(wanted: Partial<ExplorerView>): void;
}

export class PermalinkController implements ReactiveController {
  /** What the copy action said; the URL to copy by hand when the clipboard refused. */
  status = '';
  fallback = '';

  constructor(private readonly host: PermalinkHost) {
    host.addController(this);
  }

  /** The view in the page's hash, when `permalink` is set and the hash has one. */
  linked(): Partial<ExplorerView> | null {
    return this.host.permalink && hashHasView(location.hash) ? readHash(location.hash) : null;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const view = this.host.shownView;
    if (!this.host.permalink || !view) return;
    const hash = writeHash(location.hash, view);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    history.replaceState(history.state, '', withHash(location.href, hash || '#'));
  }

  private onHashChange = (): void => {
    const wanted = this.linked();
    if (wanted) this.host.showLinked(wanted);
  };

  /** Copies the URL of the view; says whether it worked (texts in the reader's language). */
  async copy(texts: { copied: string; notCopied: string }): Promise<void> {
    const view = this.host.shownView;
    if (!view) return;
    const url = withHash(location.href, writeHash(location.hash, view));
    try {
      await navigator.clipboard.writeText(url);
      [this.status, this.fallback] = [texts.copied, ''];
    } catch {
      [this.status, this.fallback] = [texts.notCopied, url];
    }
    this.host.requestUpdate();
  }
}
