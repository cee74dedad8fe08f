// The download and embed menu of <kz-choropleth>: its buttons and what they tell the reader. The
// code that makes the files and codes (export-part.ts) is fetched when a reader first uses it.
import { onDemand } from '../../internal/on-demand.js';
import type { ChoroplethProperties } from './properties.js';
import type { EmbedView } from './export-formats.js';
import type { ExportContext, ShownView } from './export-actions.js';
import type { SvgExport } from './export-part.js';
import type { ExportActions } from './templates.js';

type ExportPart = typeof import('./export-part.js');

// Fetched when a reader first uses the menu (or a page script asks for an export).
const exportPart = onDemand('kz-choropleth', 'export code', () => import('./export-part.js'));

/** What the export menu exports: the shown view, or null when none. */
export interface ExportedView {
  shownView(): ShownView | null;
}

export class ExportMenu {
  /** What the last action said to the reader ("Copied", "the download is blocked"). */
  status = '';
  /** An embed code to copy by hand when the clipboard is not available. */
  snippet = '';

  constructor(
    private readonly host: ChoroplethProperties,
    private readonly view: ExportedView,
  ) {}

  /** The menu's actions for the template; iframe code only with an embed page and a `src`. */
  handlers(): ExportActions {
    const { embedPage, src } = this.host;
    const run = (action: (part: ExportPart, context: ExportContext) => unknown) => () =>
      void this.run(action);
    return {
      png: run((part, context) => part.downloadImage(context, 'png')),
      svg: run((part, context) => part.downloadImage(context, 'svg')),
      csv: run((part, context) => part.downloadCsv(context)),
      script: run((part, context) => part.copyEmbed(context, 'script')),
      iframe:
        embedPage && src ? run((part, context) => part.copyEmbed(context, 'iframe')) : undefined,
      keydown: onMenuKey,
    };
  }

  /** A standalone SVG document of the drawn view (title, map, legend, source), or null. */
  async svg(): Promise<SvgExport | null> {
    const root = this.host.shadowRoot;
    const part = this.view.shownView() && root && (await this.part());
    const view = this.view.shownView();
    return part && view && root ? part.svgExport(root, this.host, view.presenter) : null;
  }

  /** This exact view as element, attributes and data source, for embed codes; or null. */
  async embedView(): Promise<EmbedView | null> {
    const part = this.view.shownView() && (await this.part());
    const shown = this.view.shownView()?.shown;
    return part && shown ? part.embedViewOf(this.host, shown.indicator.id, shown.period) : null;
  }

  private async run(action: (part: ExportPart, context: ExportContext) => unknown): Promise<void> {
    const details = this.host.renderRoot.querySelector<HTMLDetailsElement>('details.export');
    if (details) details.open = false;
    const part = await this.part();
    const view = this.view.shownView();
    if (part && view) await action(part, { host: this.host, view, say: this.say });
  }

  /** The export code; a failure (the file not served) is told to the reader, and once in the console. */
  private async part(): Promise<ExportPart | null> {
    const part = await exportPart.load();
    if (!part) this.say(this.view.shownView()?.presenter.messages.exportFailed ?? '');
    return part ?? null;
  }

  private say = (status: string, snippet = this.snippet): void => {
    this.status = status;
    this.snippet = snippet;
    this.host.requestUpdate();
  };
}

/** Escape closes the menu and gives focus back to its button. */
function onMenuKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const details = event.currentTarget as HTMLDetailsElement;
  details.open = false;
  details.querySelector('summary')?.focus();
}
