// The download and embed menu of <kz-choropleth>: PNG, SVG and CSV downloads, and the embed codes
// copied to the clipboard. The code that makes them (export-part.ts) is fetched on first use.
import { onDemand } from '../../internal/on-demand.js';
import { warnOnce } from '../../internal/warnings.js';
import type { AreaDatum } from './model.js';
import type { Presenter } from './presenter.js';
import type { Shown } from './resolve.js';
import type { ChoroplethProperties } from './properties.js';
import type { EmbedView } from './export-formats.js';
import type { SvgExport } from './export-part.js';
import type { ExportActions } from './templates.js';

type ExportPart = typeof import('./export-part.js');

// Fetched when a reader first uses the menu (or a page script asks for an export).
const exportPart = onDemand('kz-choropleth', 'export code', () => import('./export-part.js'));

/** What the export menu needs of its element. */
export interface ExportMenuHost extends ChoroplethProperties {
  /** The shown view: presenter, indicator and period, area data; null when none. */
  shownView(): { presenter: Presenter; shown: Shown; areas: readonly AreaDatum[] } | null;
}

export class ExportMenu {
  /** What the last action said to the reader ("Copied", "the download is blocked"). */
  status = '';
  /** An embed code to copy by hand when the clipboard is not available. */
  snippet = '';

  constructor(private readonly host: ExportMenuHost) {}

  /** The menu's actions for the template; iframe code only with an embed page and a `src`. */
  handlers(): ExportActions {
    const { embedPage, src } = this.host;
    return {
      png: () => void this.downloadImage('png'),
      svg: () => void this.downloadImage('svg'),
      csv: () => void this.downloadCsv(),
      script: () => void this.copyEmbed('script'),
      iframe: embedPage && src ? () => void this.copyEmbed('iframe') : undefined,
      keydown: onMenuKey,
    };
  }

  /** A standalone SVG document of the drawn view (title, map, legend, source), or null. */
  async svg(): Promise<SvgExport | null> {
    if (!this.host.shownView() || !this.host.shadowRoot) return null;
    const part = await this.part();
    return part && this.svgWith(part);
  }

  /** This exact view as element, attributes and data source, for embed codes; or null. */
  async embedView(): Promise<EmbedView | null> {
    if (!this.host.shownView()) return null;
    const part = await this.part();
    return part && this.viewWith(part);
  }

  /** The export code; a failure (the file not served) is told to the reader, and once in the console. */
  private async part(): Promise<ExportPart | null> {
    const part = await exportPart.load();
    if (!part) this.say(this.host.shownView()?.presenter.m.exportFailed ?? '');
    return part ?? null;
  }

  private svgWith(part: ExportPart): SvgExport | null {
    const view = this.host.shownView();
    const root = this.host.shadowRoot;
    return view && root ? part.svgExport(root, this.host, view.presenter) : null;
  }

  private viewWith(part: ExportPart): EmbedView | null {
    const shown = this.host.shownView()?.shown;
    return shown ? part.embedViewOf(this.host, shown.indicator.id, shown.period) : null;
  }

  private say(status: string, snippet = this.snippet): void {
    this.status = status;
    this.snippet = snippet;
    this.host.requestUpdate();
  }

  private closeMenu(): void {
    const details = this.host.renderRoot.querySelector<HTMLDetailsElement>('details.export');
    if (details) details.open = false;
  }

  private async downloadImage(kind: 'png' | 'svg'): Promise<void> {
    this.closeMenu();
    const part = await this.part();
    const doc = part && this.svgWith(part);
    const view = this.host.shownView();
    if (!part || !doc || !view) return;
    const name = part.fileName([view.shown.indicator.id, view.shown.period], kind);
    try {
      const blob =
        kind === 'svg'
          ? new Blob([doc.markup], { type: 'image/svg+xml' })
          : await part.svgToPng(doc.markup);
      part.download(blob, name);
      this.say('');
    } catch (error) {
      this.say(view.presenter.m.exportFailed);
      warnOnce(
        'kz-choropleth',
        'export',
        `the ${kind.toUpperCase()} download failed: ${(error as Error).message}`,
        'use the SVG download, which any browser can convert',
      );
    }
  }

  private async downloadCsv(): Promise<void> {
    this.closeMenu();
    const part = await this.part();
    const view = this.host.shownView();
    if (!part || !view) return;
    const name = part.fileName([view.shown.indicator.id, view.shown.period], 'csv');
    const csv = part.csvExport(view.presenter, view.areas);
    part.download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
  }

  private async copyEmbed(kind: 'script' | 'iframe'): Promise<void> {
    this.closeMenu();
    const part = await this.part();
    const embed = part && this.viewWith(part);
    const view = this.host.shownView();
    if (!embed || !view || !part) return;
    const { embedPage, embedScript } = this.host;
    const page = new URL(embedPage, document.baseURI);
    const text =
      kind === 'iframe'
        ? part.iframeSnippet(embed, {
            page: page.href,
            title: view.presenter.title,
            height: this.host.getBoundingClientRect().height,
            // The parent script resizes the iframe to its content; it sits beside embed.html.
            parentScript: new URL('embed-parent.js', page).href,
          })
        : part.scriptSnippet(embed, embedScript || undefined);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.say(view.presenter.m.copied, '');
    } catch {
      // No clipboard (permissions, insecure page): show the code, selected, to copy by hand.
      this.say(view.presenter.m.copyManually, text);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('.snippet')?.select();
    }
  }
}

/** Escape closes the menu and gives focus back to its button. */
function onMenuKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const details = event.currentTarget as HTMLDetailsElement;
  details.open = false;
  details.querySelector('summary')?.focus();
}
