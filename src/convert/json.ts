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

/** A recursive-descent scan of the JSON grammar that throws the offset where the text breaks. */
class JsonScanner {
  i = 0;

  constructor(private readonly text: string) {}

  fail(): never {
    throw this.i;
  }

  ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  value(depth: number): void {
    if (depth > 1000) this.fail();
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.members(depth);
    if (c === '[') return this.elements(depth);
    if (c === '"') return this.string();
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    return this.number();
  }

  /** Steps over an opening bracket; true when the container closes at once (`{}`, `[]`). */
  private opens(close: string): boolean {
    this.i++;
    this.ws();
    if (this.text[this.i] !== close) return false;
    this.i++;
    return true;
  }

  /** After an item: true at the closing bracket (stepped over), false after a comma. */
  private closes(close: string): boolean {
    this.ws();
    if (this.text[this.i] === ',') {
      this.i++;
      return false;
    }
    if (this.text[this.i] !== close) this.fail();
    this.i++;
    return true;
  }

  private members(depth: number): void {
    if (this.opens('}')) return;
    do {
      this.ws();
      if (this.text[this.i] !== '"') this.fail();
      this.string();
      this.ws();
      if (this.text[this.i] !== ':') this.fail();
      this.i++;
      this.value(depth + 1);
    } while (!this.closes('}'));
  }

  private elements(depth: number): void {
    if (this.opens(']')) return;
    do this.value(depth + 1);
    while (!this.closes(']'));
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.i)) this.i += word.length;
    else this.fail();
  }

  private string(): void {
    const text = this.text;
    this.i++;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') this.escape();
      else if (c < ' ') this.fail();
      else this.i++;
    }
    this.fail();
  }

  private escape(): void {
    const e = this.text[this.i + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
        this.i += 2;
        this.fail();
      }
      this.i += 6;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
    else {
      this.i++;
      this.fail();
    }
  }

  private number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail();
    this.i += m[0].length;
  }
}

/**
 * Offset of the first JSON syntax error in `text` (for the message; JSON.parse does not always
 * say where). A small recursive-descent scan of the JSON grammar; -1 when the text is valid.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new JsonScanner(text);
  try {
    scanner.value(0);
    scanner.ws();
    return scanner.i < text.length ? scanner.i : -1;
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
}

/** Parses JSON text (a byte-order mark is dropped); a syntax error names its line and column. */
export function parseJsonText(input: string): unknown {
  const text = input.replace(/^\ufeff/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.replace(/^JSON\.parse: /, '');
    const offset = jsonErrorOffset(text);
    const where = offset >= 0 ? lineColumn(text, offset) : undefined;
    const what =
      text.trim() === ''
        ? 'the file is empty'
        : offset >= text.length
          ? 'the text ends too early'
          : undefined;
    throw new ConvertError([
      {
        ...(where ? { line: where.line, column: String(where.column) } : { path: '$' }),
        message: `not valid JSON: ${what ?? message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '')}`,
        hint: 'check for a missing comma, quote or bracket, or a trailing comma, near this place',
      },
    ]);
  }
}
