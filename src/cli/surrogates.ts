// A string of a JSON text that holds half of a UTF-16 surrogate pair: JSON.parse
// reads "\ud800" into a string no character is, and a file written from it holds
// U+FFFD in its place, so the text would not survive being saved.

/** The code unit at `i` of `text`, as written raw or as a `\uXXXX` escape, and the offset after it; undefined for any other escape. */
function unitAt(text: string, i: number): { readonly unit: number; readonly next: number } | undefined {
  if (text.charCodeAt(i) !== 0x5c) return { unit: text.charCodeAt(i), next: i + 1 };
  if (text.charCodeAt(i + 1) !== 0x75) return undefined;
  const unit = Number.parseInt(text.slice(i + 2, i + 6), 16);
  return Number.isNaN(unit) ? undefined : { unit, next: i + 6 };
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/** The offset of the first lone surrogate in the string literal that opens at `start` (its quote), or -1, and the offset of its closing quote. */
function loneIn(text: string, start: number): { readonly lone: number; readonly end: number } {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) !== 0x22) {
    const here = unitAt(text, i);
    if (here === undefined) {
      i += 2;
      continue;
    }
    if (isLow(here.unit)) return { lone: i, end: i };
    if (isHigh(here.unit)) {
      const after = unitAt(text, here.next);
      if (after === undefined || !isLow(after.unit)) return { lone: i, end: i };
      i = after.next;
    } else i = here.next;
  }
  return { lone: -1, end: i };
}

/** A `\uXXXX` escape of a surrogate, or a surrogate written raw (from a UTF-16 file), the only ways one gets into a JSON string. */
const SURROGATE = /\\u[dD][89a-fA-F]|[\uD800-\uDFFF]/;

/**
 * The offset of the first lone surrogate in a string (a key or a value) of a
 * JSON text that `JSON.parse` reads, or -1 for none: `\ud800` with no low half after
 * it, a low half with no high half before it, or such a code unit written raw. A
 * pair (`\ud83d\ude00`, or 😀 as written) is one character and passes. Linear; the
 * strings are looked at only when the text holds a surrogate at all.
 *
 * @example
 * loneSurrogate('{ "title": "NIS \\ud800" }');
 * //=> 16
 * loneSurrogate('{ "title": "NIS \\ud83d\\ude00" }');
 * //=> -1
 */
export function loneSurrogate(text: string): number {
  if (!SURROGATE.test(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    const { lone, end } = loneIn(text, i);
    if (lone !== -1) return lone;
    i = end;
  }
  return -1;
}
