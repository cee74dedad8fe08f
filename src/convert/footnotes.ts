/**
 * Footnote markers that statistics offices glue to row labels: `Туркестанская**`,
 * `Туркестанская 1`, `Туркестанская1)`, `Туркестанская (1)`, `Туркестанская¹`. Recognised in
 * time linear in the label's length (the marker is looked for only at its end).
 */

export interface Footnoted {
  /** The label without its marker. */
  name: string;
  /** The marker as written: `**`, `1`, `1)`, `(1)`, `¹`. */
  mark: string;
  /** What the marker refers to: the stars (`*`, `**`) or the footnote's number (`1` for `1)` or `¹`). */
  key: string;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// A marker at the end of a label; only the last few characters are tested, so that no pattern
// ever runs over a long text.
const MARK =
  /(?:\s+(\d{1,2})\)?|(\d{1,2})\)|\s*\((\d{1,2})\)|\s*(\*{1,4})|\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\)?)$/;
const TAIL = 12;

/** Splits a footnote marker off a label, or returns undefined when it has none. */
export function splitFootnote(label: string): Footnoted | undefined {
  const text = label.trim();
  const offset = Math.max(0, text.length - TAIL);
  const m = MARK.exec(text.slice(offset));
  if (!m) return undefined;
  const name = text.slice(0, offset + m.index).trimEnd();
  if (!name || /\d$/.test(name)) return undefined;
  const superscript = m[5] && [...m[5]].map((c) => SUPERSCRIPTS.indexOf(c)).join('');
  const key = m[4] ?? String(Number(m[1] ?? m[2] ?? m[3] ?? superscript));
  return { name, mark: m[0].trim(), key };
}
