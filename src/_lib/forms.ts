// Ids that look alike but are not the same text. Not exported from the package.

/** Printable ASCII: text that looks as it is written. @internal */
export const ASCII = /^[\x20-\x7e]*$/;

/**
 * Characters a reader cannot see: format characters (zero-width spaces and joiners, a
 * byte-order mark, a soft hyphen, direction marks, tag characters), control characters
 * (U+0000 to U+001F, U+007F to U+009F), variation selectors, the combining grapheme joiner
 * and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), which print as blanks.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/**
 * Text as a reader sees it: without the characters a reader cannot see, in normal form KC, so
 * that the same text in another Unicode form (combining marks or precomposed letters) or in
 * compatibility characters (full-width letters, ligatures such as "ﬁ") looks as the plain text
 * does. Letters of other scripts that look alike (a Cyrillic "с" for a Latin "c") are left as
 * they are. Printable ASCII is returned as it is. @internal
 */
export function looks(text: string): string {
  return ASCII.test(text) ? text : text.replace(INVISIBLE, "").normalize("NFKC");
}

/**
 * Why two texts that look alike (see {@link looks}) differ: another Unicode form, compatibility
 * characters, invisible characters, or the last two. @internal
 */
export function lookAlike(a: string, b: string): string {
  if (a.normalize("NFC") === b.normalize("NFC")) return "the same text in another Unicode form";
  const invisible = a.replace(INVISIBLE, "") !== a || b.replace(INVISIBLE, "") !== b;
  const compatible = a.replace(INVISIBLE, "").normalize("NFC") !== b.replace(INVISIBLE, "").normalize("NFC");
  if (!compatible) return "the same text but for invisible characters";
  const compatibility = "in compatibility characters (full-width letters, ligatures)";
  return invisible ? `the same text ${compatibility} and with invisible characters` : `the same text ${compatibility}`;
}

/** A character as a JSON escape: `\u200b`, or `\u{e0061}` past U+FFFF. @internal */
export function escape(c: string): string {
  const code = c.codePointAt(0) as number;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Combining marks: an accent written apart from its letter. */
const COMBINING = /\p{M}/gu;

/** A character past ASCII, to be tested one by one. */
const WIDE = /[^\x00-\x7f]/gu;

/**
 * JSON text (of a string or of any value) with what a reader cannot see or tell apart written as
 * escapes: the characters a reader cannot see (`\u200b`); in text not in normal form KC, each
 * character normal form KC changes (a Kelvin sign `\u212a`, which looks like the letter K; a
 * full-width letter; a ligature), the letters it leaves alone kept as they are; and in text not
 * in normal form C, its combining marks (`"cafe\u0301"`). Printable ASCII is returned as it is.
 * @internal
 */
export function escaped(json: string): string {
  if (ASCII.test(json)) return json;
  const out = json.replace(INVISIBLE, escape);
  if (out === out.normalize("NFKC")) return out;
  const plain = out.replace(WIDE, (c) => (c.normalize("NFKC") === c ? c : escape(c)));
  // text not in normal form C: its combining marks written as escapes, so that "cafe\u0301" is told from "café"
  return plain === plain.normalize("NFC") ? plain : plain.replace(COMBINING, escape);
}

/**
 * `text` as JSON, with what a reader cannot see or tell apart written as escapes (see
 * {@link escaped}): `"a\u200bb"`, `"\u212a"` for a Kelvin sign, `"cafe\u0301"`. @internal
 */
export function visible(text: string): string {
  return escaped(JSON.stringify(text));
}

/**
 * Texts met one by one (ids, as a list is read), to find one that looks like a text met
 * before (see {@link looks}) but is not the same text. Only texts that are not printable ASCII
 * are normalized and kept; a text that is printable ASCII is looked up only once one that is
 * not has been met, so a list of plain ids costs a test of each. @internal
 */
export class LookAlikes<T> {
  /** The texts met that are not printable ASCII, by how they look, with where they were met. */
  private readonly alike = new Map<string, { readonly text: string; readonly at: T }>();

  /**
   * The text met before that looks like `text` but is not it, with where it was met; or
   * undefined, and `text` is kept as met at `at`. `seen` finds where a text was met, as written:
   * the caller's own index of the texts it met, which holds the plain ones.
   */
  met(text: string, at: T, seen: (text: string) => T | undefined): { readonly text: string; readonly at: T } | undefined {
    // a printable ASCII text looks as it is written: only a text met that is not can look like it
    if (ASCII.test(text)) return this.alike.size === 0 ? undefined : this.alike.get(text);
    const look = looks(text);
    const before = this.alike.get(look);
    if (before !== undefined) return before.text === text ? undefined : before;
    const written = look === text ? undefined : seen(look);
    if (written !== undefined) return { text: look, at: written };
    this.alike.set(look, { text, at });
    return undefined;
  }
}

/**
 * Why an id is not among `ids` when text that looks the same is there: the same text in
 * another Unicode form (one written with combining marks, the other precomposed), in
 * compatibility characters, or with invisible characters in one of the two: ` (it has "São",
 * the same text in another Unicode form: ids are compared as written)`; "" otherwise. @internal
 */
export function otherForm(ids: Iterable<string> | undefined, id: string): string {
  const form = looks(id);
  for (const other of ids ?? []) {
    if (other === id || looks(other) !== form) continue;
    return ` (it has ${visible(other)}, ${lookAlike(other, id)}: ids are compared as written)`;
  }
  return "";
}
