/**
 * Text the project writes for people to paste or open elsewhere, made safe for where it lands:
 * JSON that may end up inside a `<script>` element, and CSV cells that a spreadsheet may run as
 * formulas. Tiny and dependency-free, so that elements, converters and pages can all use it.
 */

// `<` and the JavaScript line separators; also DEL, C1 controls and bidirectional overrides,
// which JSON.stringify leaves raw and a terminal or an editor would act on.
const SCRIPT_UNSAFE = /[<\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes `<`, U+2028 and U+2029 (and DEL, C1 controls and bidirectional overrides) in JSON text
 * as `\uXXXX`. The result parses to the same value, but cannot close a `<script>` element
 * (`</script>`), open an HTML comment (`<!--`), or end a line of JavaScript. Only valid for JSON
 * text: these characters can only occur inside JSON strings, where the escape means the same.
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(
    SCRIPT_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `JSON.stringify`, script-safe (see `escapeJsonForScript`). */
export function scriptSafeJson(value: unknown, space?: string | number): string {
  const json = JSON.stringify(value, null, space);
  // JSON.stringify returns undefined for undefined, functions and symbols.
  return json === undefined ? 'null' : escapeJsonForScript(json);
}

/** Delimiters that spreadsheets in some locale split on (Russian and Kazakh Excel use `;`). */
const LOCALE_DELIMITERS = /[,;\t]/;
// A number (`-3`, `+1 234,5`, `-2.5e-3`, `-12%`) or a lone dash, the bureau's "no value" mark.
const HARMLESS = /^(?:[-+]?(?:\d[\d .,]*)?\d(?:[eE][-+]?\d+)?%?|[-+])$/;
const risky = (text: string) => /^[=+\-@\t\r]/.test(text) && !HARMLESS.test(text);

/**
 * Defuses spreadsheet formulas: the cell, and every part of it after a `,` `;` tab or line break
 * (what a spreadsheet in another locale would read as a cell), is prefixed with an apostrophe when
 * it starts with `= + - @`, tab or carriage return, unless it is a plain number such as `-3` or a
 * lone `-`.
 */
export function guardFormula(text: string): string {
  // Split keeps the separators at odd indices; the parts between them are at even ones.
  const parts = text.split(/([,;\t\r\n])/);
  const guarded = parts.map((part, i) => (i > 0 && i % 2 === 0 && risky(part) ? "'" : '') + part);
  return (risky(text) ? "'" : '') + guarded.join('');
}

/**
 * One CSV field for a file that spreadsheets in any locale will open: formulas defused
 * (`guardFormula`), and quoted when it holds a quote, a line break, the file's delimiter or the
 * delimiter of another locale (`,` `;` tab).
 */
export function csvCell(text: string, delimiter = ','): string {
  const guarded = guardFormula(text);
  const quote =
    /["\r\n]/.test(guarded) || LOCALE_DELIMITERS.test(guarded) || guarded.includes(delimiter);
  return quote ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
