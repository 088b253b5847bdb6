/**
 * A single-pass tokenizer for quantity phrases: numbers with their separators,
 * words, dashes and single symbols. Language-neutral except for the number
 * marks, which a phrase table supplies. Linear in the input: every character
 * is read once (plus a lookahead of at most eight characters inside a number,
 * and a second read of a word to check it against the words seen before).
 * @internal
 */
import { DASHES, isDigit, isLetterAt, isSpace, VULGAR } from "./chars.js";
import { NO_NUMBER, readNumber, UNIT_GUARD, vulgarRead } from "./digits.js";
import type { NumberMarks, NumberRead } from "./digits.js";
import { asciiRoles, remember, rolesOf, seen } from "./roles.js";
import type { Roles, Word } from "./roles.js";
import { L_QUESTION } from "./lex-bits.js";

export type { NumberMarks, NumberRead };

/** The kind of a token. @internal */
export type TokenKind = "num" | "word" | "dash" | "sym";

/** One token, with UTF-16 offsets into the input. @internal */
export interface Token {
  readonly kind: TokenKind;
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
  /** The raw text. */
  readonly text: string;
  /** The match key: a lower-case word, `"-"` for every dash, `"#"` for a number, else the symbol. */
  readonly key: string;
  /** No whitespace between this token and the one before it. */
  readonly glued: boolean;
  /** How a number is written; for other kinds one shared record, so that a word costs no number fields. */
  readonly num: NumberRead;
  /** What the token's key can do in the compiled table it was read with (see `rolesOf`); 0 when read without one. */
  readonly roles: number;
  /** The bits of the gated modality rules' words the key is (see lex-bits.ts); 0 when read without a compiled table. */
  readonly lex: number;
}

/** One token, every token built by the same function so that all share one shape. */
function token(kind: TokenKind, start: number, end: number, text: string, key: string, glued: boolean, num: NumberRead, roles: number, lex: number): Token {
  return { kind, start, end, text, key, glued, num, roles, lex };
}

/** Whether the last word read by `wordEnd` is plain lower-case ASCII, so that it is its own key. */
let lowerAscii = false;
/** The hash (`hashOf`) of the last word read by `wordEnd`, computed as its characters are read. */
let wordHash = 0;

/** The soft hyphen, U+00AD. */
const SOFT_HYPHEN = 0xad;

/** The end of the word that starts at `i`, with an apostrophe inside it ("o'clock", "country's"); `units` are those of `text` (see `unitsOf`). */
function wordEnd(text: string, units: Uint16Array, i: number): number {
  let j = i;
  let lower = true;
  let h = 0;
  for (;;) {
    let c = units[j] as number;
    while (c >= 97 && c <= 122) {
      h = (Math.imul(h, 31) + c) | 0;
      c = units[++j] as number;
    }
    let size = 0;
    if (c >= 65 && c <= 90) {
      lower = false;
      size = 1;
    } else if (c >= 128 && (size = isLetterAt(text, j)) > 0) lower = false;
    else if ((c === 39 || c === 0x2019) && j > i && isLetterAt(text, j + 1) > 0) {
      if (c === 0x2019) lower = false;
      size = 1;
    } else if (c === SOFT_HYPHEN && j > i && isLetterAt(text, j + 1) > 0) {
      // a hint where a line may break, invisible and no part of the word's key: "ap\u00adprox\u00adi\u00admate\u00adly"
      lower = false;
      size = 1;
    } else break;
    for (const e = j + size; j < e; j++) h = (Math.imul(h, 31) + (units[j] as number)) | 0;
  }
  lowerAscii = lower;
  wordHash = h;
  return j;
}

/** The keys of words not in lower-case ASCII ("The", "NIS", "country’s"), kept up to a bound. */
const KEYS = new Map<string, string>();

/** The match key of a word: lower case, with a curly apostrophe written straight and without soft hyphens. */
function keyOf(word: string): string {
  let k = KEYS.get(word);
  if (k === undefined) {
    k = word.toLowerCase().replaceAll("\u2019", "'").replaceAll("\u00ad", "");
    if (KEYS.size < 1 << 14) KEYS.set(word, k);
  }
  return k;
}

/** The one-character strings of the ASCII codes, so that a mark costs no new string. */
const ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** The roles of a token that is not a word, by its key: numbers ("#"), dashes ("-") and ASCII marks without a Map look-up. */
function markRoles(r: Roles | undefined, key: string): number {
  if (r === undefined) return 0;
  const code = key.charCodeAt(0);
  return key.length === 1 && code < 128 ? asciiRoles(r, code) : rolesOf(r, key);
}

/** The word at [i, end), as seen before by `r`, else read now (and kept in `r`, when given). */
function wordAt(text: string, units: Uint16Array, i: number, end: number, r: Roles | undefined): Word {
  const seenBefore = r === undefined ? undefined : seen(r, units, i, end, wordHash);
  if (seenBefore !== undefined) return seenBefore;
  const raw = text.slice(i, end);
  const key = lowerAscii ? raw : keyOf(raw);
  return r === undefined ? { text: raw, key, roles: 0, lex: 0 } : remember(r, raw, key);
}

/** Room for the code units of the texts read, kept between calls up to `KEEP_UNITS` of them. */
let byteRoom = new Uint8Array(1 << 10);
let unitRoom = new Uint16Array(1 << 10);
const KEEP_UNITS = 1 << 16;
const ENCODER = new TextEncoder();

/** Texts shorter than this are copied a unit at a time; the encoder costs more for them. */
const SHORT_TEXT = 256;

/** Whether the encoder read all `n` units of a text into as many bytes: each was ASCII. */
function isAscii(done: { read: number; written: number }, n: number): boolean {
  return done.read === n && done.written === n;
}

/**
 * The code units of `text` followed by `UNIT_GUARD` zeros, in a typed array: the tokenizer
 * reads each character two or three times, and reading an array costs less
 * than `charCodeAt`, above all on a block cut out of a longer text. A long
 * ASCII text is copied by the encoder; other text a unit at a time.
 */
function unitsOf(text: string): Uint16Array {
  const n = text.length;
  let u = unitRoom;
  let b = byteRoom;
  if (n + UNIT_GUARD > u.length) {
    u = new Uint16Array(2 * n + UNIT_GUARD);
    b = new Uint8Array(2 * n + UNIT_GUARD);
    if (u.length <= KEEP_UNITS) [unitRoom, byteRoom] = [u, b];
  }
  const ascii = n >= SHORT_TEXT && isAscii(ENCODER.encodeInto(text, b), n);
  if (ascii) u.set(b.subarray(0, n));
  else for (let k = 0; k < n; k++) u[k] = text.charCodeAt(k);
  for (let k = n; k < n + UNIT_GUARD; k++) u[k] = 0;
  return u;
}

/** The end of the run of "_" or "*" at `i`, at most two long. */
function emphasisEnd(units: Uint16Array, i: number): number {
  return units[i + 1] === units[i] ? i + 2 : i + 1;
}

/** Whether the code unit `c` is a letter or a digit, ASCII or not. */
function isWordUnit(text: string, c: number, at: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetterAt(text, at) > 0);
}

/**
 * Whether the run of "_" or "*" at `i` is Markdown emphasis at the edge of a word: a letter on
 * one side and no letter or digit on the other ("_about_", "**about**"). Not "snake_case",
 * and not a mark after a figure ("3,000*"), which says something of the figure.
 */
function isEmphasis(text: string, units: Uint16Array, i: number): boolean {
  const end = emphasisEnd(units, i);
  const before = i > 0 ? (units[i - 1] as number) : 0;
  const after = units[end] as number;
  const letterAfter = (after >= 97 && after <= 122) || (after >= 65 && after <= 90) || (after >= 128 && isLetterAt(text, end) > 0);
  const letterBefore = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 128 && i > 0 && isLetterAt(text, i - 1) > 0);
  if (letterAfter) return i === 0 || !isWordUnit(text, before, i - 1);
  return letterBefore && !isWordUnit(text, after, end);
}

/** The HTML entities of a dash or minus sign: "&ndash;", "&#8211;", "&#x2013;". */
const DASH_ENTITIES = ["&ndash;", "&mdash;", "&minus;", "&#8211;", "&#8212;", "&#8722;", "&#x2013;", "&#x2014;", "&#x2212;"];

/** The end of an HTML entity of a dash that starts at `i`, or -1. */
function dashEntityEnd(text: string, i: number): number {
  for (const e of DASH_ENTITIES) if (text.slice(i, i + e.length).toLowerCase() === e) return i + e.length;
  return -1;
}

/**
 * The tokens of `text`. Whitespace (and zero-width spaces) separates tokens
 * and sets `glued` on the next one. With the roles of a compiled table, each
 * token carries its roles, and words the table has seen are not cut out of
 * the text again.
 * @internal
 */
export function tokenize(text: string, marks: NumberMarks, r?: Roles): Token[] {
  const out: Token[] = [];
  const units = unitsOf(text);
  // every number has the key "#" and every dash "-": their roles are read once a call
  const numRoles = markRoles(r, "#");
  const dashRoles = markRoles(r, "-");
  let glued = false;
  for (let i = 0; i < text.length; ) {
    const c = units[i] as number;
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpace(c))) {
      i++;
      glued = false;
      continue;
    }
    // "_about_", "**about**": Markdown emphasis around a word separates as a space does
    if ((c === 95 || c === 42) && isEmphasis(text, units, i)) {
      i = emphasisEnd(units, i);
      glued = false;
      continue;
    }
    const g = glued && out.length > 0;
    let tk: Token;
    if (isDigit(c)) {
      const n = readNumber(text, units, i, marks);
      tk = token("num", i, n.end, text.slice(i, n.end), "#", g, n, numRoles, 0);
    } else if (c >= 128 && VULGAR.has(c)) {
      tk = token("num", i, i + 1, text.slice(i, i + 1), "#", g, vulgarRead(i, VULGAR.get(c) as number), numRoles, 0);
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetterAt(text, i) > 0)) {
      const end = wordEnd(text, units, i);
      const w = wordAt(text, units, i, end, r);
      tk = token("word", i, end, w.text, w.key, g, NO_NUMBER, w.roles, w.lex);
    } else if (c === 45 || (c >= 128 && DASHES.has(c))) {
      tk = token("dash", i, i + 1, text.slice(i, i + 1), "-", g, NO_NUMBER, dashRoles, 0);
    } else if (c === 38 && dashEntityEnd(text, i) > 0) {
      // "3,000 &ndash; 5,000": a dash written as an HTML entity, as text pasted from a page's source holds it
      const end = dashEntityEnd(text, i);
      tk = token("dash", i, end, text.slice(i, end), "-", g, NO_NUMBER, dashRoles, 0);
    } else if (c < 128) {
      // an ASCII mark: its text from a table, its roles by its code
      const raw = ASCII[c] as string;
      tk = token("sym", i, i + 1, raw, raw, g, NO_NUMBER, r === undefined ? 0 : asciiRoles(r, c), r === undefined || c !== 63 ? 0 : L_QUESTION);
    } else {
      const end = c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? c) > 0xffff ? i + 2 : i + 1;
      const raw = text.slice(i, end);
      tk = token("sym", i, end, raw, raw, g, NO_NUMBER, markRoles(r, raw), 0);
    }
    out.push(tk);
    i = tk.end;
    glued = true;
  }
  return out;
}
