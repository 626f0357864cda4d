/**
 * Users' text on a terminal: control characters (ESC of terminal escape
 * sequences, BEL, backspace, C1 controls) and the bidirectional overrides
 * that reorder a line are shown as visible escapes (`\x1b`, `\u202e`) instead
 * of acting on the terminal. Every text, Markdown and stderr line of the
 * command passes users' text through here.
 *
 * @module
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) with the
// directional marks U+200E, U+200F, U+061C.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters (but tab and line feed) as visible escapes: "\u001b[2J" → "\\x1b[2J". */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, visible);
}

/** One line of users' text: every whitespace run (line breaks too) one space, controls escaped, NFC. */
export function oneLine(text: string): string {
  return escapeControls(text.normalize('NFC').replace(/\s+/g, ' ').trim());
}
