// Breaking a text into lines of a number of characters, at spaces: the legend's long reference
// labels and the footer of an exported picture. Pure.

/**
 * The words of `text` in lines of at most `room` characters (a longer word keeps a line of its
 * own); a text that fits stays as it is, an empty one has no line.
 */
export function wrapWords(text: string, room: number): string[] {
  if (text.length <= room) return text ? [text] : [];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (longer.length <= room || !line) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
