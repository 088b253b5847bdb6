// Whether text is blank: the one test of "empty once what a reader cannot see is taken
// away", shared by the checks written by hand (`isText`, `isId`), the quick dataset
// reader and the zod schemas (see `nonBlank` in ./blank-schema.ts). Not exported from the package.

import { visible } from "./forms.js";

/**
 * The characters that show nothing, as the body of a character class (with the `u` flag):
 * white space and separators (`\s`, `\p{Z}`: U+00A0, U+2028, U+2029, U+3000, …), format
 * characters (`\p{Cf}`: zero-width spaces and joiners, U+2060, the byte-order mark, direction
 * marks, tag characters), control characters, the combining grapheme joiner, variation
 * selectors, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the blank Braille
 * pattern (U+2800), which print as blanks. @internal
 */
export const BLANK_CHARACTERS = "\\s\\p{Z}\\p{Cf}\\p{Cc}\\u034f\\u115f\\u1160\\u2800\\u3164\\uffa0\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}";

/** A character a reader can see: text without one is blank. @internal */
export const VISIBLE = new RegExp(`[^${BLANK_CHARACTERS}]`, "u");

/** An id: no white space, and at least one character a reader can see. @internal */
export const ID_PATTERN = new RegExp(`^(?=\\S*[^${BLANK_CHARACTERS}])\\S+$`, "u");

/** Printable ASCII with a character besides the space: never blank. */
const PLAIN = /^[\x20-\x7e]*[\x21-\x7e][\x20-\x7e]*$/;

/**
 * Whether `text` is blank: empty once white space, separators and the characters a reader
 * cannot see are taken away (`""`, `" "`, `"\u200b"`, `"\u00a0\u2060 "`, `"\ufeff"`). @internal
 */
export function isBlank(text: string): boolean {
  return !PLAIN.test(text) && !VISIBLE.test(text);
}

/** Whether `value` is an id: text without white space that is not blank (see {@link isBlank}). @internal */
export function isIdText(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0) return false;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    // printable ASCII is tested without a pattern, as most ids are
    if (c <= 0x20 || c >= 0x7f) return ID_PATTERN.test(value);
  }
  return true;
}

/**
 * Why text is refused as blank, for a message that shows the text with its invisible
 * characters written as escapes: `is blank: only white space or characters a reader cannot
 * see ("\u200b")`; "is empty" for "". @internal
 */
export function blankWhy(text: string): string {
  return text === "" ? "is empty" : `is blank: only white space or characters a reader cannot see (${visible(text)})`;
}
