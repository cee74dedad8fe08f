// Page-wide settings, read each time they are used (a page may set them after the script loads).
//
//   <script>window.kzIndicators = { mapBase: '/static/kz-maps/' }</script>
//   <meta name="kz-indicators-map-base" content="/static/kz-maps/">   (no script: CSP-friendly)
//
// The global wins over the meta element. Relative URLs resolve against the page (document.baseURI).

/** Settings a page may put on `window.kzIndicators`. */
export interface KzIndicatorsSettings {
  /** Folder (URL) holding the map files `regions-2022.json` and the others. */
  mapBase?: string;
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
