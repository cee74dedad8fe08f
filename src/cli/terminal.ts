/**
 * What the command-line tool prints comes partly from the files it reads (area names, notes,
 * URLs). Control characters in them could move the cursor, retitle the window, write hidden
 * hyperlinks (ANSI and OSC escapes) or reorder the text (bidirectional overrides), so they are
 * removed from everything written to the terminal. JSON output keeps its escaped form.
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
// overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without control characters (tab and line feed are kept). */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}
