import type { LoadErrorKind } from '../controllers/indicator-source.js';

// How to fix each kind of failed data load, for the console and `kz-error`; the same for every
// element except `missing`, which names the inputs of the element.
const LOAD_FIXES: Record<Exclude<LoadErrorKind, 'missing'>, string> = {
  network: 'check the src URL, the connection, and that the server allows this page (CORS)',
  http: 'check that the src URL points to an existing data file',
  json: 'make the data valid JSON (a JSON validator shows the position of the mistake)',
  format: 'correct the problems listed above (see the data format documentation)',
  'too-large': 'point src to a smaller file, or raise window.kzIndicators.maxDocumentBytes',
  address: 'write src as an http(s) address, absolute or relative to the page',
};

/** The reader's texts every element has for loading and for a failed load. */
export interface LoadMessages {
  loading: string;
  retry: string;
  errorNetwork: string;
  errorHttp: string;
  errorJson: string;
  errorFormat: string;
  errorMissing: string;
}

/** A failed data load as code, message, fix, URL and status (`kz-error`'s detail). */
export interface LoadFailure {
  code: LoadErrorKind;
  message: string;
  fix: string;
  url?: string;
  status?: number;
}

/**
 * The failure of a data load (a `LoadError`, or anything with its fields). `missingFix` says
 * which inputs the element takes, for the `missing` kind.
 */
export function loadFailure(
  error: { kind: string; message: string; url?: string; status?: number },
  missingFix: string,
): LoadFailure {
  const code: LoadErrorKind =
    error.kind === 'missing' || Object.hasOwn(LOAD_FIXES, error.kind)
      ? (error.kind as LoadErrorKind)
      : 'format';
  const fix = code === 'missing' ? missingFix : LOAD_FIXES[code];
  return { code, message: error.message, fix, url: error.url, status: error.status };
}

/** Whether trying again may help (the network or the server, not the data). */
export const retryHelps = (code: string): boolean => code === 'network' || code === 'http';
