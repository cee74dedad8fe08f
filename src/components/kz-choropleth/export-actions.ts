// The export menu's actions (downloads and embed codes), in the part fetched on first use: the
// main file keeps only the menu's buttons and what they say (export-menu.ts).
import { warnOnce } from '../../internal/warnings.js';
import { fileName, iframeSnippet, scriptSnippet } from './export-formats.js';
import { download } from './export-files.js';
import { svgToPng } from './export-png.js';
import { csvExport, embedViewOf, svgExport } from './export-view.js';
import type { AreaDatum } from './model.js';
import type { Presenter } from './presenter.js';
import type { Shown } from './choose-view.js';
import type { ChoroplethProperties } from './properties.js';

/** The shown view of a map: its words, indicator and period, and its area data. */
export interface ShownView {
  presenter: Presenter;
  shown: Shown;
  areas: readonly AreaDatum[];
}

/** What an action needs: the element, its shown view, and a way to tell the reader. */
export interface ExportContext {
  host: ChoroplethProperties;
  view: ShownView;
  /** Shows `status` under the menu, and `snippet` (an embed code) to copy by hand, if any. */
  say(status: string, snippet?: string): void;
}

/** The drawn view as an SVG or PNG file. */
export async function downloadImage(
  { host, view, say }: ExportContext,
  kind: 'png' | 'svg',
): Promise<void> {
  const doc = host.shadowRoot && svgExport(host.shadowRoot, host, view.presenter);
  if (!doc) return;
  const name = fileName([view.shown.indicator.id, view.shown.period], kind);
  try {
    const blob =
      kind === 'svg'
        ? new Blob([doc.markup], { type: 'image/svg+xml' })
        : await svgToPng(doc.markup);
    download(blob, name);
    say('');
  } catch (error) {
    say(view.presenter.messages.exportFailed);
    warnOnce(
      host.localName,
      'export',
      `the ${kind.toUpperCase()} download failed: ${(error as Error).message}`,
      'use the SVG download, which any browser can convert',
    );
  }
}

/** The shown data as a CSV file. */
export function downloadCsv({ view }: ExportContext): void {
  const name = fileName([view.shown.indicator.id, view.shown.period], 'csv');
  const csv = csvExport(view.presenter, view.areas);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
}

/** The embed code of this view on the clipboard, or shown to copy by hand. */
export async function copyEmbed(
  { host, view, say }: ExportContext,
  kind: 'script' | 'iframe',
): Promise<void> {
  const embed = embedViewOf(host, view.shown.indicator.id, view.shown.period);
  const page = new URL(host.embedPage, document.baseURI);
  const text =
    kind === 'iframe'
      ? iframeSnippet(embed, {
          page: page.href,
          title: view.presenter.title,
          height: host.getBoundingClientRect().height,
          // The parent script resizes the iframe to its content; it sits beside embed.html.
          parentScript: new URL('embed-parent.js', page).href,
        })
      : scriptSnippet(embed, host.embedScript || undefined);
  if (!text) return;
  try {
    await navigator.clipboard.writeText(text);
    say(view.presenter.messages.copied, '');
  } catch {
    // No clipboard (permissions, insecure page): show the code, selected, to copy by hand.
    say(view.presenter.messages.copyManually, text);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLTextAreaElement>('.snippet')?.select();
  }
}
