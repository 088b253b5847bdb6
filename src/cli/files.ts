// Reading the files a command is given: bytes, then UTF-8 text, then JSON,
// each failure one problem with a position. Files are only ever opened for
// reading.

import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";

import { visit } from "jsonc-parser";

import { firstDuplicateKey, keyCount } from "./duplicate-keys.js";
import { otherEncoding } from "./encoding.js";
import { unsafeNumber } from "./numbers.js";
import { loneSurrogate } from "./surrogates.js";

export { unsafeNumber } from "./numbers.js";

/** A place in a file: line and column, both from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** What keeps a file from being read, and where. */
export interface FileProblem extends Position {
  readonly code: "unreadable-file" | "not-text" | "not-json" | "duplicate-key" | "unsafe-number";
  readonly message: string;
}

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FileProblem };

/** The largest file read: past it a string cannot hold the text. */
const MAX_BYTES = 500 * 1024 * 1024;

const START: Position = { line: 1, column: 1 };

/** The line and column of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function fail<T>(code: FileProblem["code"], message: string, at: Position = START): Read<T> {
  return { ok: false, problem: { code, message, ...at } };
}

/** The bytes of a file, or why they cannot be read. */
export function readBytes(cwd: string, file: string): Read<Buffer> {
  const path = resolve(cwd, file);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail("unreadable-file", "is a directory, not a file");
    // a pipe is read to its end, as standard input is: "fogcount check <(gunzip -c data.json.gz)"
    if (!stat.isFile() && !stat.isFIFO()) return fail("unreadable-file", "is not a regular file or a pipe");
    if (stat.size > MAX_BYTES) return fail("unreadable-file", `is ${Math.round(stat.size / 1024 / 1024)} MB, more than the ${MAX_BYTES / 1024 / 1024} MB a file may have`);
    return { ok: true, value: readFileSync(path, { flag: "r" }) };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT") return fail("unreadable-file", "does not exist");
    if (code === "EACCES" || code === "EPERM") return fail("unreadable-file", "cannot be read: permission denied");
    return fail("unreadable-file", `cannot be read (${String(code ?? (e as Error).message)})`);
  }
}

/**
 * Bytes as UTF-8 text (a byte-order mark dropped), or why they are no text: text in UTF-16
 * or UTF-32, a NUL byte (a binary file), bytes that are not UTF-8, or a second byte-order
 * mark after the first (U+FEFF as content, which no reader would see).
 */
export function readText(bytes: Buffer): Read<string> {
  const other = otherEncoding(bytes);
  if (other !== undefined) {
    const is = other.marked ? "is" : "looks like";
    return fail("not-text", `${is} ${other.name} text, not UTF-8: ${other.by}; fogcount reads UTF-8: save it as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, nul));
    return fail("not-text", "is a binary file, not text: it holds a NUL byte", positionAt(before, before.length));
  }
  let text: string;
  try {
    // the decoder drops one byte-order mark at the start, as an encoding mark
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = loose.indexOf("\uFFFD");
    return fail("not-text", "is not UTF-8 text: a byte here is no UTF-8 character (a binary file, or text in another encoding?)", positionAt(loose, Math.max(0, at)));
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return fail("not-text", "starts with a second byte-order mark (U+FEFF, bytes EF BB BF) after the first: the first marks the encoding, the second would be read as part of the text; delete it");
  }
  return { ok: true, value: text };
}

/** What a JSON syntax error is, by jsonc-parser's code. */
const SYNTAX: ReadonlyMap<number, string> = new Map([
  [1, "a character JSON does not allow here"],
  [2, "a number JSON cannot read"],
  [3, "a property name in double quotes was expected"],
  [4, "a value was expected"],
  [5, "a colon was expected"],
  [6, "a comma was expected"],
  [7, "a closing } was expected"],
  [8, "a closing ] was expected"],
  [9, "more text after the end of the JSON value"],
  [10, "a comment: JSON has none"],
  [13, "a number that does not end"],
  [14, "an escape \\u that is not four hex digits"],
  [15, "an escape JSON does not know"],
  [16, "a character a JSON string cannot hold as it is (escape it)"],
]);

/** The offset of the last character before `offset` that is not white space; -1 for none. */
function lastSolid(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return i;
}

/** Where a number with a leading zero starts ("01", "-007"), if the error at `offset` is the digit after that zero; else -1. */
function leadingZero(text: string, offset: number): number {
  if (!/[0-9]/.test(text[offset] ?? "")) return -1;
  const zero = /-?0$/.exec(text.slice(Math.max(0, offset - 2), offset));
  if (zero === null) return -1;
  const start = offset - zero[0].length;
  // the zero starts the number: "10" or "1.05" is no leading zero
  return /[0-9.eE+-]/.test(text[start - 1] ?? "") ? -1 : start;
}

/** Characters JSON does not allow between values that cannot be told apart from a space, or not seen at all, by their names. */
const UNSEEN: ReadonlyMap<number, string> = new Map([
  [0xfeff, "a byte-order mark (U+FEFF) inside the text"],
  [0x00a0, "a no-break space (U+00A0)"],
  [0x200b, "a zero-width space (U+200B)"],
]);

/** What the character JSON does not allow at `offset` is, when it is not seen as itself (a mark, a control, a space other than the space); else undefined. */
function unseen(text: string, offset: number): string | undefined {
  const c = text.codePointAt(offset) ?? 0;
  if (c > 0x20 && c < 0x7f) return undefined;
  const hex = c.toString(16).toUpperCase().padStart(4, "0");
  return `is not JSON: ${UNSEEN.get(c) ?? `the character U+${hex}`}, which JSON allows only inside a string (delete it)`;
}

/** The first syntax error of a text JSON.parse refused: where, and what, in words. */
function syntaxError(text: string): FileProblem {
  let found: { code: number; offset: number; length: number } | undefined;
  try {
    visit(text, { onError: (code, offset, length) => { found = { code, offset, length }; throw found; } }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (stop) {
    if (stop !== found) throw stop;
  }
  if (found === undefined) return { code: "not-json", message: "is not JSON", ...START };
  const { code, offset, length } = found;
  const comma = lastSolid(text, offset);
  if ((code === 3 || code === 4) && text[comma] === "," && (text[offset] === "}" || text[offset] === "]")) {
    return { code: "not-json", message: `a comma before ${text[offset]}: JSON allows no trailing comma`, ...positionAt(text, comma) };
  }
  const zero = leadingZero(text, offset);
  if (zero !== -1) {
    return { code: "not-json", message: "a number starts with 0: JSON numbers have no leading zero (write the number without it, or the text as a string)", ...positionAt(text, zero) };
  }
  // a string that ends at a line break: a line break written as it is, or a closing quote left out
  const broken = offset + length;
  if (code === 12 && (text[broken] === "\n" || text[broken] === "\r")) {
    return { code: "not-json", message: "a line break inside a string: JSON writes one as \\n (or the string's closing quote is missing)", ...positionAt(text, broken) };
  }
  if (code === 11 || code === 12) {
    return { code: "not-json", message: `the file ends inside a ${code === 12 ? "string" : "comment"}: truncated?`, ...positionAt(text, text.length) };
  }
  if (offset > lastSolid(text, text.length) && code !== 9) {
    return { code: "not-json", message: text.trim() === "" ? "is empty: a dataset file holds one JSON object" : `the file ends before the JSON does: truncated? (${SYNTAX.get(code) ?? "more was expected"})`, ...positionAt(text, offset) };
  }
  const message = (code === 1 ? unseen(text, offset) : undefined) ?? `is not JSON: ${SYNTAX.get(code) ?? "a syntax error"}`;
  return { code: "not-json", message, ...positionAt(text, offset) };
}

/** The deepest a file's objects and arrays may nest: no dataset comes near, and reading deeper would overflow the stack. */
export const MAX_DEPTH = 256;

/** A number as a message names it: as written, or for one of more than 40 characters, its first 24 and last 8 with their count. */
function abbreviated(token: string): string {
  return token.length <= 40 ? token : `${token.slice(0, 24)}…${token.slice(-8)} (${token.length} characters)`;
}

/** Whether the last number `numberEnd` read has an exponent. */
let exponent = false;

/** The end of the JSON number that starts at `i`; sets `exponent` as it reads. */
function numberEnd(text: string, i: number): number {
  let j = i;
  exponent = false;
  for (let c = text.charCodeAt(j); (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45; c = text.charCodeAt(++j)) {
    if (c === 0x65 || c === 0x45) exponent = true;
  }
  return j;
}

/**
 * One scan of a JSON text outside its strings, without recursion: the offset
 * of the `{` or `[` that opens an object or array deeper than {@link MAX_DEPTH}
 * (-1 for none), the number of members (`"key": value`) of all its objects,
 * its colons, and the offset of the first number that `JSON.parse` would not
 * read as written (see {@link unsafeNumber}; -1 for none). Only a number with
 * an exponent or more than 15 characters can be one.
 */
export function shape(text: string): { readonly tooDeep: number; readonly members: number; readonly unsafe: number } {
  let depth = 0;
  let members = 0;
  let unsafe = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: step to its closing quote, over escapes
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x3a) members++;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return { tooDeep: i, members, unsafe };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      if (unsafe === -1 && (exponent || end - i > 15) && unsafeNumber(text.slice(i, end)) !== undefined) unsafe = i;
      i = end - 1;
    }
  }
  return { tooDeep: -1, members, unsafe };
}

/** A JSON value read from `body` (with `members` members), or the first key named twice in one of its objects, which JSON.parse would have dropped. */
function unique(body: string, value: unknown, members: number): Read<unknown> {
  if (keyCount(value) === members) return { ok: true, value };
  const twice = firstDuplicateKey(body);
  if (twice === undefined) return { ok: true, value };
  const first = positionAt(body, twice.first);
  const message = `${JSON.stringify(twice.key)} is named twice in one object (first at ${first.line}:${first.column}): JSON.parse would keep this one and drop the other without a word`;
  return fail("duplicate-key", message, positionAt(body, twice.offset));
}

/** Text as a JSON value, or the first syntax error with its position, or the place it nests too deep, a number it does not hold as written, a lone surrogate in a string, or a key named twice in one object. */
export function readJson(text: string): Read<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { tooDeep, members, unsafe } = shape(body);
  if (tooDeep !== -1) return fail("not-json", `nests more than ${MAX_DEPTH} objects and arrays deep: no dataset does`, positionAt(body, tooDeep));
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    return { ok: false, problem: syntaxError(body) };
  }
  if (unsafe !== -1) {
    const token = body.slice(unsafe, numberEnd(body, unsafe));
    return fail("unsafe-number", `${abbreviated(token)} ${unsafeNumber(token) as string}: write it as a number a double holds`, positionAt(body, unsafe));
  }
  const lone = loneSurrogate(body);
  if (lone !== -1) return fail("not-text", `${surrogateAt(body, lone)} is half of a UTF-16 surrogate pair with no other half: no character, and a file written from the text would hold U+FFFD in its place`, positionAt(body, lone));
  return unique(body, value, members);
}

/** The lone surrogate at `i` as a JSON escape, as written or for a raw one. */
const surrogateAt = (body: string, i: number): string => (body.charCodeAt(i) === 0x5c ? body.slice(i, i + 6) : `\\u${body.charCodeAt(i).toString(16)}`);
