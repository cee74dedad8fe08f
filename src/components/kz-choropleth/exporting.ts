// The export menu's work for <kz-choropleth>: a standalone SVG of what is drawn, the PNG and CSV
// downloads and the embed snippets. Fetched when a reader first uses the menu, so that pages that
// only show maps never download it. DOM reading is confined to `svgExport`.
import { langOf, localize } from '../../i18n/format.js';
import { csvOf, svgDocument, type EmbedView } from './export.js';
import { inlinedMarkup } from './export-dom.js';
import { MAP_CREDIT_LINKS } from '../../geo/attribution.js';
import { scriptSafeJson } from '../../data/safe-output.js';
import type { AreaDatum } from './model.js';
import type { Presenter } from './presenter.js';
import type { KzChoropleth } from './kz-choropleth.js';

// Everything the export menu uses, from this one module that is fetched on first use.
export { fileName, iframeSnippet, scriptSnippet } from './export.js';
export { download } from './export-dom.js';
export { svgToPng } from './export-canvas.js';

export interface SvgExport {
  markup: string;
  width: number;
  height: number;
}

/** A standalone SVG of the drawn view: title, map, legend, source and attribution. */
export function svgExport(root: ShadowRoot, host: Element, p: Presenter): SvgExport | null {
  const map = root.querySelector<SVGSVGElement>('svg.map');
  const defs = root.querySelector<SVGSVGElement>('svg.defs');
  if (!map || !defs) return null;
  const width = Number(map.getAttribute('width'));
  const legend = root.querySelector<SVGSVGElement>('svg.legend-svg');
  const probe = root.querySelector('.probe-background');
  const background = probe ? getComputedStyle(probe).fill : '';
  const style = getComputedStyle(host);
  const caption = root.querySelector('.legend-caption')?.textContent ?? '';
  const footer = root.querySelector('.footer')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const blocks = [
    { markup: inlinedMarkup(defs), height: 0 },
    { markup: inlinedMarkup(map), height: Number(map.getAttribute('height')) },
  ];
  if (legend) {
    blocks.push({
      markup: inlinedMarkup(legend),
      height: Number(legend.getAttribute('height')) + 8,
    });
  }
  const markup = svgDocument({
    width,
    heading: [p.title, caption],
    blocks,
    // A picture has no links: the licences' and OpenStreetMap's addresses are written out.
    footer: footer ? [footer, exportLinks()] : [exportLinks()],
    css: '',
    background: background && background !== 'none' ? background : '#ffffff',
    text: style.color,
    muted: style.color,
    fontFamily: style.fontFamily,
  });
  const height = Number(/ height="(\d+)"/.exec(markup.slice(markup.indexOf('<svg')))?.[1] ?? 0);
  return { markup, width, height };
}

/** The addresses the map credit links to, as text for a picture. */
function exportLinks(): string {
  const { ccBy, osm, odbl } = MAP_CREDIT_LINKS;
  return [ccBy, osm, odbl].map((url) => url.replace(/^https:\/\//, '')).join(' · ');
}

/** The shown data as CSV: one row per area, in the map's order. */
export function csvExport(p: Presenter, areas: readonly AreaDatum[]): string {
  return csvOf(
    areas.map((d) => ({
      id: d.id,
      name: p.nameOf(d.id),
      period: p.period,
      value: d.value,
      unit: p.unit,
      rank: d.rank,
      diff: d.diff,
      status: d.observation?.status ?? (d.value === null ? (d.reason ?? 'not-available') : ''),
      note: localize(d.observation?.note, p.lang),
    })),
  );
}

/** The view of `el` (showing `indicator` at `period`) as element, attributes and data source. */
export function embedViewOf(el: KzChoropleth, indicator: string, period: string): EmbedView {
  const src = el.data == null && el.src ? new URL(el.src, document.baseURI).href : undefined;
  const inline = el.querySelector(':scope > script[type="application/json"]')?.textContent;
  const json = src ? undefined : documentFor(el.data ?? inline, indicator);
  const absolute = (url: string) => (url ? new URL(url, document.baseURI).href : undefined);
  const attributes: EmbedView['attributes'] = {
    indicator,
    period,
    layout: el.layout || undefined,
    level: el.level || undefined,
    lang: langOf(el),
    method: el.method !== 'quantile' ? el.method : undefined,
    classes: el.classes !== 5 ? el.classes : undefined,
    thresholds: el.thresholds?.join(','),
    scheme: el.scheme || undefined,
    better: el.better || undefined,
    diverging: el.diverging,
    midpoint: el.midpoint ?? undefined,
    'period-scale': el.periodScale,
    controls: el.controls,
    view: el.view !== 'map' ? el.view : undefined,
    selected: el.selected || undefined,
    theme: el.theme,
    'no-legend': el.noLegend,
    'no-city-symbols': el.noCitySymbols,
    'no-title': el.noTitle,
    'no-table': el.noTable,
    'map-base': absolute(el.mapBase),
  };
  return { tag: 'kz-choropleth', attributes, src, json };
}

/**
 * The document to paste into an embed code: only the shown indicator of a document given as an
 * object, an array or JSON text; undefined when it is not a document (an already parsed dataset).
 */
export function documentFor(raw: unknown, indicator: string): string | undefined {
  let doc = raw;
  if (typeof raw === 'string') {
    try {
      doc = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const keep = (list: unknown[]) =>
    list.filter((i) => (i as { id?: unknown } | null)?.id === indicator);
  if (Array.isArray(doc)) return scriptSafeJson(keep(doc));
  if (
    typeof doc === 'object' &&
    doc !== null &&
    Array.isArray((doc as { indicators?: unknown }).indicators)
  ) {
    if ((doc as { version?: unknown }).version === 1 && 'warnings' in doc) return undefined;
    const { indicators, ...rest } = doc as { indicators: unknown[] };
    return scriptSafeJson({ ...rest, indicators: keep(indicators) });
  }
  return undefined;
}
