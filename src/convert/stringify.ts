/**
 * Writes an indicator document as JSON that reads well in a diff: indented structure, but every
 * area's series, every reference series and every short object on one line. The text is
 * script-safe (`<`, U+2028, U+2029 escaped), because people paste it into a page's `<script>`.
 */
import { escapeJsonForScript } from '../data/safe-output.js';
import type { DocumentInput } from '../data/types.js';

const PERIOD_KEY = /^\d{4}(?:\/\d{4}|-Q[1-4]|-\d{2})?$/;
const INLINE_WIDTH = 100;

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function write(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const flat = oneLine(value);
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const byPeriod =
    !Array.isArray(value) && entries.length > 0 && entries.every(([k]) => PERIOD_KEY.test(k));
  if (byPeriod || flat.length + indent.length <= INLINE_WIDTH || !entries.length) return flat;
  const inner = indent + '  ';
  const lines = entries.map(([k, v]) =>
    Array.isArray(value)
      ? inner + write(v, inner)
      : `${inner}${JSON.stringify(k)}: ${write(v, inner)}`,
  );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** JSON text of a document, script-safe, ending with a line break. */
export function stringifyDocument(
  document: DocumentInput,
  options: { compact?: boolean } = {},
): string {
  return (
    escapeJsonForScript(options.compact ? JSON.stringify(document) : write(document, '')) + '\n'
  );
}
