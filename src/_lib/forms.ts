// Ids that look alike but are not the same text. Not exported from the package.

/** Printable ASCII: text that looks as it is written. */
const ASCII = /^[\x20-\x7e]*$/;

/** Characters a reader cannot see: format characters (zero-width spaces and joiners, a byte-order mark), variation selectors and the combining grapheme joiner. */
const INVISIBLE = /[\p{Cf}\u034f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** Text as a reader sees it: in normal form C, without the characters a reader cannot see. @internal */
export function looks(text: string): string {
  return ASCII.test(text) ? text : text.normalize("NFC").replace(INVISIBLE, "");
}

/** Why two texts that look alike (see {@link looks}) differ: another Unicode form, or invisible characters. @internal */
export function lookAlike(a: string, b: string): string {
  return a.normalize("NFC") === b.normalize("NFC") ? "the same text in another Unicode form" : "the same text but for invisible characters";
}

/** `text` as JSON, with its invisible format characters written as escapes, so that a reader sees them. @internal */
export function visible(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}`);
}

/**
 * Why an id is not among `ids` when text that looks the same is there: the same text in
 * another Unicode form (one written with combining marks, the other precomposed), or with
 * invisible characters in one of the two: ` (it has "São", the same text in another Unicode
 * form: ids are compared as written)`; "" otherwise. @internal
 */
export function otherForm(ids: Iterable<string> | undefined, id: string): string {
  const form = looks(id);
  for (const other of ids ?? []) {
    if (other === id || looks(other) !== form) continue;
    return ` (it has ${visible(other)}, ${lookAlike(other, id)}: ids are compared as written)`;
  }
  return "";
}
