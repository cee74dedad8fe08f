// What the export menu makes of the drawn view: a standalone SVG, the CSV of the shown data, and
// the element, attributes and data of an embed code. DOM reading is confined to `svgExport`.
import { langOf, localize } from '../../i18n/format.js';
import { csvOf, svgDocument, type EmbedView } from './export-formats.js';
import { inlinedMarkup } from './export-files.js';
import { MAP_CREDIT_LINKS } from '../../geo/attribution.js';
import { scriptSafeJson } from '../../data/safe-output.js';
import type { AreaDatum } from './model.js';
import type { Presenter } from './presenter.js';
import type { ChoroplethProperties } from './properties.js';

export interface SvgExport {
  markup: string;
  width: number;
  height: number;
}

/** A standalone SVG of the drawn view: title, map, legend, source and attribution. */
export function svgExport(root: ShadowRoot, host: Element, presenter: Presenter): SvgExport | null {
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
    heading: [presenter.title, caption],
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
export function csvExport(presenter: Presenter, areas: readonly AreaDatum[]): string {
  return csvOf(
    areas.map((d) => ({
      id: d.id,
      name: presenter.nameOf(d.id),
      period: presenter.period,
      value: d.value,
      unit: presenter.unit,
      rank: d.rank,
      diff: d.diff,
      status: d.observation?.status ?? (d.value === null ? (d.reason ?? 'not-available') : ''),
      note: localize(d.observation?.note, presenter.lang),
    })),
  );
}

// Attributes an embed code never copies: the data source (written apart), and the settings of
// the page that made the code (its menu, its script and embed page, its drawing strategy).
const NOT_COPIED = new Set(['src', 'no-export', 'embed-script', 'embed-page', 'eager']);
// Attributes that name a URL, written absolute so that the code works on any page.
const URLS = new Set(['map-base']);

/**
 * The attributes of `el` that differ from a new element's, read from its declared properties,
 * with the shown indicator and period and the language the widget speaks.
 */
function attributesOf(
  el: ChoroplethProperties,
  indicator: string,
  period: string,
): EmbedView['attributes'] {
  const ctor = el.constructor as typeof ChoroplethProperties;
  const fresh = new ctor() as unknown as Record<PropertyKey, unknown>;
  const own = el as unknown as Record<PropertyKey, unknown>;
  const copied: EmbedView['attributes'] = {};
  for (const [name, options] of ctor.elementProperties) {
    if (options.attribute === false || options.state) continue;
    const attribute =
      typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    const converter = options.converter;
    const write = (value: unknown) =>
      typeof converter === 'object' && converter.toAttribute
        ? converter.toAttribute(value, options.type)
        : value;
    const value = write(own[name]);
    if (NOT_COPIED.has(attribute) || value === write(fresh[name])) continue;
    if (value == null || value === '' || value === false) continue;
    copied[attribute] = URLS.has(attribute)
      ? new URL(String(value), document.baseURI).href
      : (value as string | number | boolean);
  }
  const { layout, level, ...rest } = copied;
  return { indicator, period, layout, level, lang: langOf(el), ...rest };
}

/** The view of `el` (showing `indicator` at `period`) as element, attributes and data source. */
export function embedViewOf(
  el: ChoroplethProperties,
  indicator: string,
  period: string,
): EmbedView {
  const src = el.data == null && el.src ? new URL(el.src, document.baseURI).href : undefined;
  const inline = el.querySelector(':scope > script[type="application/json"]')?.textContent;
  const json = src ? undefined : documentFor(el.data ?? inline, indicator);
  return { tag: el.localName, attributes: attributesOf(el, indicator, period), src, json };
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
