// The one console format of the library: `<tag> [kz-code] what happened. Fix: what to do.`
// Codes are listed here, once, so that a page's developer can search for them and a new element
// reuses them rather than inventing near-duplicates.

/**
 * Every warning code. Problems shown instead of a drawing are also reported in `kz-error` with the
 * same code (without the `kz-` prefix).
 */
export type WarningCode =
  // the data could not be had (the kinds of `LoadError`)
  | 'network'
  | 'http'
  | 'json'
  | 'format'
  | 'missing'
  | 'too-large'
  | 'address'
  // the data were had but do not hold what was asked for
  | 'no-indicators'
  | 'unknown-indicator'
  | 'unknown-period'
  | 'unknown-area'
  | 'unknown-layout'
  | 'unknown-level'
  | 'level-mismatch'
  | 'layout-mismatch'
  | 'no-values'
  | 'no-values-for-period'
  | 'no-data'
  | 'area-no-data'
  | 'bad-values'
  | 'data-warnings'
  // an input made the drawing fail in a way no check foresaw
  | 'unexpected'
  // the map file
  | 'map'
  // a ranking's `for` names no element of the page
  | 'no-map'
  // attributes that are not known or make no sense together
  | 'method'
  | 'scheme'
  | 'scale'
  | 'midpoint'
  | 'bad-markers'
  | 'no-label'
  // a part of the library fetched on first use (interface text, table, tooltip, export code)
  | 'part'
  // a download or copy the reader asked for
  | 'export'
  // registration
  | 'already-defined'
  | 'define-failed';

/** The text of a warning: `<tag> [kz-code] message. Fix: fix.` (several tags: `<a>, <b>`). */
export function warningText(
  tag: string | readonly string[],
  code: string,
  message: string,
  fix: string,
): string {
  const tags = (typeof tag === 'string' ? [tag] : tag).map((t) => `<${t}>`).join(', ');
  return `${tags} [kz-${code}] ${message}. Fix: ${fix}.`;
}

const warned = new Set<string>();

/** Warns once per page for each distinct text (a thousand widgets with one mistake warn once). */
export function warnOnce(
  tag: string | readonly string[],
  code: WarningCode,
  message: string,
  fix: string,
): void {
  const text = warningText(tag, code, message, fix);
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/** A warning function bound to one tag, for modules that only know their element's name. */
export type Warn = (code: WarningCode, message: string, fix: string) => void;

export const warnerFor =
  (tag: string): Warn =>
  (code, message, fix) =>
    warnOnce(tag, code, message, fix);
