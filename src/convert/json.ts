/** JSON text to a value, or a ConvertError that says where the syntax breaks. */
import { ConvertError } from './errors.js';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses JSON text (a byte-order mark is dropped); a syntax error names its line and column. */
export function parseJsonText(input: string): unknown {
  const text = input.replace(/^\ufeff/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    const where = m ? lineColumn(text, Number(m[1])) : undefined;
    throw new ConvertError([
      {
        ...(where ? { line: where.line, column: String(where.column) } : { path: '$' }),
        message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`,
        hint: 'check for a missing comma, quote or bracket, or a trailing comma, near this place',
      },
    ]);
  }
}
