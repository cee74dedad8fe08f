// The reader's view in the page's URL hash (`#indicator=u5mr&period=2019&area=KZ-11`), so that a
// link gives the exact view. Other parts of the hash (an anchor, another widget's keys) are kept
// as written. Pure: strings in, strings out. What is read is checked against the dataset by
// view-state.ts before anything uses it.
import type { ExplorerView } from './view-state.js';

const KEYS = ['indicator', 'period', 'area'] as const;
type Key = (typeof KEYS)[number];
// Longer than any id, period or area code; a longer value is no view of ours.
const MAX_VALUE = 200;

/** The hash's key prefix: `<prefix>indicator`; '' for an explorer without one. */
function keyOf(prefix: string, key: Key): string {
  return `${prefix}${key}`;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * readHash(hash, prefix) is the view a hash names (each key present, else absent); values over
 * 200 characters or that do not decode are left out.
 */
export function readHash(hash: string, prefix = ''): Partial<ExplorerView> {
  const view: Partial<ExplorerView> = {};
  for (const token of hash.replace(/^#/, '').split('&')) {
    const at = token.indexOf('=');
    if (at < 0) continue;
    const name = decode(token.slice(0, at));
    const key = KEYS.find((k) => keyOf(prefix, k) === name);
    const value = decode(token.slice(at + 1));
    if (key && value !== null && value.length <= MAX_VALUE) view[key] = value;
  }
  return view;
}

/** True when the hash holds any key of the view. */
export function hashHasView(hash: string, prefix = ''): boolean {
  return Object.keys(readHash(hash, prefix)).length > 0;
}

/**
 * writeHash(hash, view, prefix) is the hash with the view's keys set (an empty area is left
 * out) and every other part kept in place; the result starts with `#`, or is '' when empty.
 */
export function writeHash(hash: string, view: ExplorerView, prefix = ''): string {
  const ours = new Set(KEYS.map((k) => keyOf(prefix, k)));
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((token) => {
      if (!token) return false;
      const at = token.indexOf('=');
      return at < 0 || !ours.has(decode(token.slice(0, at)) ?? '');
    });
  const added = KEYS.filter((k) => view[k]).map(
    (k) => `${encodeURIComponent(keyOf(prefix, k))}=${encodeURIComponent(view[k])}`,
  );
  const all = [...kept, ...added];
  return all.length ? `#${all.join('&')}` : '';
}

/** The page URL `href` with its hash replaced by `hash`. */
export function withHash(href: string, hash: string): string {
  const at = href.indexOf('#');
  return (at < 0 ? href : href.slice(0, at)) + hash;
}
