/**
 * Arguments of the command lines that hints suggest, quoted for a POSIX shell: a label such as
 * `$(rm -rf ~)` or `Алматы қ.` from a source file must reach the tool as one plain argument.
 */

const PLAIN = /^[\w@%+=:,./-]+$/;

/** The text as one POSIX shell word: bare when it is plain, otherwise in single quotes. */
export function shellQuote(text: string): string {
  if (PLAIN.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `--name 'value'`, the value quoted for a POSIX shell. */
export function shellFlag(name: string, value: string): string {
  return `--${name} ${shellQuote(value)}`;
}
