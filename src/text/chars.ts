/**
 * The classes of characters the tokenizer reads: digits, letters, spaces,
 * dashes and vulgar fractions.
 * @internal
 */

/** Dashes and minus signs: every one is the key "-". @internal */
export const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
/** Zero-width characters that separate words as a space does. */
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
/** Vulgar fractions, alone ("½") or after digits ("2½"). @internal */
export const VULGAR: ReadonlyMap<number, number> = new Map([
  [0xbd, 1 / 2], [0x2153, 1 / 3], [0x2154, 2 / 3], [0xbc, 1 / 4], [0xbe, 3 / 4], [0x2155, 1 / 5], [0x2156, 2 / 5],
  [0x2157, 3 / 5], [0x2158, 4 / 5], [0x2159, 1 / 6], [0x215a, 5 / 6], [0x215b, 1 / 8], [0x215c, 3 / 8],
  [0x215d, 5 / 8], [0x215e, 7 / 8],
]);
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/** An ASCII digit. @internal */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The size in code units of the letter at `i` (1 or 2), or 0 where there is none. @internal */
export function isLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
  if (c < 128) return 0;
  const cp = text.codePointAt(i) ?? c;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + size)) ? size : 0;
}

/** Whitespace, or a zero-width character that separates words. @internal */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && (ZERO_WIDTH.has(c) || SPACE.test(String.fromCharCode(c)));
}
