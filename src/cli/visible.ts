// Text from a dataset or an article, made safe to print to a terminal. A
// string in a file may hold control characters (ESC [31m recolours the
// reader's terminal, ESC [2J clears it, a carriage return writes over the
// line) and bidirectional controls (U+202E reverses what follows, so that
// "0001" reads as "1000"). Each is shown as the escape that writes it in
// JSON or JavaScript (\u001b, \r), so that the reader sees what the file holds.

import { escape as escapeCharacter } from "../_lib/forms.js";

/**
 * C0 controls but the newline, DEL, C1 controls, the bidirectional marks, embeddings, overrides
 * and isolates, the line and paragraph separators, and the characters that take no width (a soft
 * hyphen, zero-width spaces and joiners, the word joiner, a byte-order mark), which hide a
 * difference between two texts that look alike.
 */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** The same, and the newline. */
const CONTROLS_AND_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** The characters of {@link CONTROLS} that JSON outputs as they are, leaving C0 controls to JSON's own escapes. */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const SHORT: ReadonlyMap<string, string> = new Map([
  ["\t", "\\t"],
  ["\n", "\\n"],
  ["\r", "\\r"],
]);

/** A control character as the escape that writes it: `\t`, `\n`, `\r`, else `\u` and four hex digits. */
const escape = (c: string): string => SHORT.get(c) ?? escapeCharacter(c);

/**
 * `text` with every control character shown as its escape; with `lines`, a
 * newline is kept as a line break (in a report, where paragraphs and a
 * figure's working span lines), else it is shown as `\n` too (in a line of
 * `fogcount check`, which must stay one line).
 *
 * @example
 * visible("kp\u001b[31mRED");
 * //=> "kp\\u001b[31mRED"
 * visible("a\nb", { lines: true });
 * //=> "a\nb"
 */
export function visible(text: string, options: { readonly lines?: boolean } = {}): string {
  return text.replace(options.lines === true ? CONTROLS : CONTROLS_AND_NEWLINE, escape);
}

/**
 * A value as indented JSON whose text holds no control character: JSON
 * escapes C0 controls itself; DEL, C1 controls and bidirectional controls,
 * which it leaves as they are, are written as `\u` escapes, which read back
 * as the same string.
 *
 * @example
 * jsonText({ name: "\u202e1000" });
 * //=> '{\n  "name": "\\u202e1000"\n}'
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, escape);
}
