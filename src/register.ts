// Custom element registration that survives hostile pages: two copies (or two versions) of the
// library on one page must not throw `NotSupportedError: "kz-choropleth" has already been used`.

/** This library's version; kept equal to package.json by a unit test. */
export const VERSION = '0.1.0';

// Shared between copies of the library on one page (Symbol.for is global), so that a second copy
// can name the version and the script of the copy that registered a tag first.
import { warningText } from './internal/warnings.js';

const ORIGIN = Symbol.for('kz-indicators.origin');

interface Origin {
  version: string;
  url: string;
}

type Tagged = CustomElementConstructor & { [ORIGIN]?: Origin };

// Tags this copy skipped, waiting to be reported in one warning per copy and microtask.
const skipped = new Map<string, Origin | undefined>();
const reported = new Set<string>();

function describe(origin: Origin | undefined): string {
  if (!origin) return 'another script (version unknown)';
  return `kz-indicators ${origin.version}${origin.url ? ` from ${origin.url}` : ''}`;
}

function report(version: string, url: string): void {
  const tags = [...skipped.keys()].filter((tag) => !reported.has(tag));
  if (tags.length === 0) return;
  tags.forEach((tag) => reported.add(tag));
  const first = skipped.get(tags[0]);
  skipped.clear();
  console.warn(
    warningText(
      tags,
      'already-defined',
      `already registered by ${describe(first)}; this copy (kz-indicators ${version}` +
        `${url ? ` from ${url}` : ''}) was not registered and the elements on the page use the first one`,
      'load kz-indicators once per page (one <script> or one import)',
    ),
  );
}

/**
 * Registers `ctor` as `tag` unless the tag is already taken. Never throws: when another copy of
 * the library (or any script) registered the tag first, the existing definition is kept and one
 * console warning names both versions. Re-registering the same class is silently ignored.
 * Returns true when this call defined the tag.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  version: string = VERSION,
): boolean {
  if (typeof customElements === 'undefined') return false;
  const url = import.meta.url;
  const existing = customElements.get(tag) as Tagged | undefined;
  if (existing) {
    if (existing === ctor) return false;
    if (skipped.size === 0) queueMicrotask(() => report(version, url));
    skipped.set(tag, existing[ORIGIN]);
    return false;
  }
  // Record where the definition came from, for the warning of a later copy.
  try {
    Object.defineProperty(ctor, ORIGIN, { value: { version, url }, configurable: true });
  } catch {
    // A frozen constructor still registers; only the later warning is less precise.
  }
  try {
    customElements.define(tag, ctor);
    return true;
  } catch (error) {
    const winner = customElements.get(tag) as Tagged | undefined;
    if (winner) {
      // Another copy won a race between get() and define().
      if (skipped.size === 0) queueMicrotask(() => report(version, url));
      skipped.set(tag, winner[ORIGIN]);
    } else {
      // The class is registered under another tag: keep the page running.
      console.warn(
        warningText(
          tag,
          'define-failed',
          `could not register: ${(error as Error).message}`,
          'register each kz-indicators class under one tag only',
        ),
      );
    }
    return false;
  }
}
