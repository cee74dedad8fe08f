// Exports of the shown view, as pure string builders: CSV of the data, the embed snippets for this
// exact view, and a standalone SVG document assembled from the drawn parts.
import { csvCell, escapeJsonForScript } from '../../data/safe-output.js';
import { VERSION } from '../../register.js';
import { wrapWords } from '../../i18n/wrap-words.js';

/** One row of the CSV export. */
export interface CsvRow {
  id: string;
  name: string;
  period: string;
  value: number | null;
  unit: string;
  rank: number | null;
  diff: number | null;
  status: string;
  note: string;
}

const CSV_HEADER = [
  'area_id',
  'area',
  'period',
  'value',
  'unit',
  'rank',
  'difference_from_national',
  'status',
  'note',
];

/**
 * One CSV field: text is written by `csvCell` (formulas defused, also after a `;` or tab, and
 * quoted when it holds the delimiter of any locale); numbers as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvCell(value);
}

/** RFC 4180 CSV (CRLF line ends) with a header row; numbers use a decimal point. */
export function csvOf(rows: readonly CsvRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    const diff = r.diff === null ? null : Number(r.diff.toPrecision(12));
    lines.push(
      [r.id, r.name, r.period, r.value, r.unit, r.rank, diff, r.status, r.note]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Escapes text for an HTML attribute value in double quotes, or for element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The public address of the CDN bundle of this version. */
export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/kz-indicators@${VERSION}/dist/cdn/kz-indicators.js`;

/** What defines a view: the element, its attributes, and where its data comes from. */
export interface EmbedView {
  tag: string;
  /** Attribute name -> value; `true` writes a bare boolean attribute, false/''/undefined skip. */
  attributes: Record<string, string | number | boolean | null | undefined>;
  /** Absolute URL of the data file, when the data came from one. */
  src?: string;
  /** The data as JSON text, when it did not come from a URL (pasted inline). */
  json?: string;
}

function attributeList(attributes: EmbedView['attributes']): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

/**
 * The script-tag snippet: the module bundle, then the element with this view's attributes and
 * either its `src` or the data pasted as an inline JSON child.
 */
export function scriptSnippet(view: EmbedView, scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  const attrs = attributeList({ src: view.src, ...view.attributes });
  const script = `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`;
  if (view.src || view.json == null) return `${script}\n<${view.tag}${attrs}></${view.tag}>\n`;
  return (
    `${script}\n<${view.tag}${attrs}>\n` +
    `  <script type="application/json">${escapeJsonForScript(view.json)}</script>\n` +
    `</${view.tag}>\n`
  );
}

export interface IframeOptions {
  /** Address of the embed page (`embed.html`). */
  page: string;
  /** The iframe's accessible title. */
  title: string;
  /** Initial height in CSS pixels before the page reports its own. */
  height?: number;
  /** Optional script for the parent page that keeps the iframe as tall as its content. */
  parentScript?: string;
}

/**
 * The iframe snippet for hosts that only allow iframes: the embed page with the view in its query
 * (`type=map`, `src`, and every attribute). Needs a data URL: returns null for inline data.
 */
export function iframeSnippet(view: EmbedView, options: IframeOptions): string | null {
  if (!view.src) return null;
  const url = new URL(options.page);
  url.searchParams.set('type', view.tag === 'kz-sparkline' ? 'sparkline' : 'map');
  url.searchParams.set('src', view.src);
  for (const [k, v] of Object.entries(view.attributes)) {
    if (v === undefined || v === null || v === false || v === '') continue;
    url.searchParams.set(k, v === true ? '' : String(v));
  }
  const iframe =
    `<iframe src="${escapeHtml(url.href)}" title="${escapeHtml(options.title)}" ` +
    `width="100%" height="${Math.round(options.height ?? 560)}" loading="lazy" ` +
    `frameborder="0" scrolling="no"></iframe>`;
  return options.parentScript
    ? `${iframe}\n<script src="${escapeHtml(options.parentScript)}"></script>\n`
    : `${iframe}\n`;
}

/** A block of SVG markup with its height, stacked top to bottom in the exported document. */
export interface SvgBlock {
  /** Inner markup of an <svg> (already serialized and safe). */
  markup: string;
  height: number;
  /** viewBox width of the block, when it differs from the document width. */
  width?: number;
}

export interface SvgDocumentOptions {
  width: number;
  /** Lines of text above the drawing (title first, drawn bold). */
  heading: string[];
  blocks: SvgBlock[];
  /** Lines of small text below (source, attribution). */
  footer: string[];
  /** CSS rules for the classes used inside the blocks, with colours already resolved. */
  css: string;
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

/** A standalone SVG document of a view: heading, drawing blocks and footer, with its own styles. */
export function svgDocument(o: SvgDocumentOptions): string {
  const pad = 12;
  const parts: string[] = [];
  let y = pad;
  o.heading.forEach((line, i) => {
    const size = i === 0 ? 16 : 13;
    y += size + 4;
    parts.push(
      `<text x="${pad}" y="${y}" font-size="${size}"${i === 0 ? ' font-weight="bold"' : ''} fill="${escapeHtml(i === 0 ? o.text : o.muted)}">${escapeHtml(line)}</text>`,
    );
  });
  y += 8;
  for (const block of o.blocks) {
    const w = block.width ?? o.width;
    parts.push(
      `<svg x="0" y="${y}" width="${o.width}" height="${block.height}" viewBox="0 0 ${w} ${block.height}">${block.markup}</svg>`,
    );
    y += block.height;
  }
  y += 4;
  const perLine = Math.max(20, Math.floor((o.width - 2 * pad) / 6));
  for (const line of o.footer.flatMap((text) => wrapWords(text, perLine))) {
    y += 14;
    parts.push(
      `<text x="${pad}" y="${y}" font-size="11" fill="${escapeHtml(o.muted)}">${escapeHtml(line)}</text>`,
    );
  }
  const height = Math.ceil(y + pad);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="${escapeHtml(o.fontFamily)}">` +
    (o.css ? `<style>${o.css.replace(/</g, '')}</style>` : '') +
    `<rect width="${o.width}" height="${height}" fill="${escapeHtml(o.background)}"/>` +
    parts.join('') +
    `</svg>\n`
  );
}

/** A file name from a title: lower case, ASCII letters and digits joined by dashes. */
export function fileName(parts: string[], extension: string): string {
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'kz-map'}.${extension}`;
}
