// Page-wide settings, read each time they are used (a page may set them after the script loads).
//
//   <script>window.kzIndicators = { mapBase: '/static/kz-maps/', maxDocumentBytes: 50e6 }</script>
//   <meta name="kz-indicators-map-base" content="/static/kz-maps/">   (no script: CSP-friendly)
//   <meta name="kz-indicators-max-document-bytes" content="50000000">
//
// The global wins over the meta element. Relative URLs resolve against the page (document.baseURI).

/** Settings a page may put on `window.kzIndicators`. */
export interface KzIndicatorsSettings {
  /** Folder (URL) holding the map files `regions-2022.json` and the others. */
  mapBase?: string;
  /** Largest indicator document fetched from `src`, in bytes (default 20 MB). */
  maxDocumentBytes?: number;
  /** Largest map file fetched, in bytes (default 5 MB; the largest shipped map is about 0.3 MB). */
  maxMapBytes?: number;
}

declare global {
  interface Window {
    kzIndicators?: KzIndicatorsSettings;
  }
}

/** Name of the `<meta>` element that sets the maps folder without a script. */
export const MAP_BASE_META = 'kz-indicators-map-base';

function absoluteFolder(value: string, base: string | undefined): string | null {
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') {
      return null;
    }
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The maps folder configured by the page, as an absolute URL ending in `/`, or null when the page
 * set none (the library then loads maps relative to its own script). Only http(s) and file URLs
 * are accepted; anything else counts as unset.
 */
export function configuredMapBase(doc: Document | undefined = globalThis.document): string | null {
  const fromGlobal = (globalThis as { kzIndicators?: KzIndicatorsSettings }).kzIndicators?.mapBase;
  if (typeof fromGlobal === 'string' && fromGlobal.trim()) {
    return absoluteFolder(fromGlobal.trim(), doc?.baseURI);
  }
  if (!doc) return null;
  const meta = doc.querySelector(`meta[name="${MAP_BASE_META}"]`);
  const content = meta?.getAttribute('content')?.trim();
  return content ? absoluteFolder(content, doc.baseURI) : null;
}

/** Default byte caps of fetched files: far above any real document or shipped map. */
export const DEFAULT_MAX_BYTES = Object.freeze({ document: 20_000_000, map: 5_000_000 });

/** Names of the `<meta>` elements that set the byte caps without a script. */
export const MAX_BYTES_META = Object.freeze({
  document: 'kz-indicators-max-document-bytes',
  map: 'kz-indicators-max-map-bytes',
});

/**
 * The largest file of a kind that the widgets read, in bytes: `window.kzIndicators.maxDocumentBytes`
 * (or `maxMapBytes`), else the meta element, else the default. Values that are not positive
 * numbers count as unset.
 */
export function maxBytes(
  kind: 'document' | 'map',
  doc: Document | undefined = globalThis.document,
): number {
  const settings = (globalThis as { kzIndicators?: KzIndicatorsSettings }).kzIndicators;
  const fromGlobal = kind === 'document' ? settings?.maxDocumentBytes : settings?.maxMapBytes;
  const meta = doc
    ?.querySelector?.(`meta[name="${MAX_BYTES_META[kind]}"]`)
    ?.getAttribute('content');
  for (const value of [fromGlobal, meta]) {
    const bytes = typeof value === 'string' && value.trim() ? Number(value) : value;
    if (typeof bytes === 'number' && Number.isFinite(bytes) && bytes > 0) return Math.floor(bytes);
  }
  return DEFAULT_MAX_BYTES[kind];
}
