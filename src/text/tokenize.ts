/**
 * A single-pass tokenizer for quantity phrases: numbers with their separators,
 * words, dashes and single symbols. Language-neutral except for the number
 * marks, which a phrase table supplies. Linear in the input: every character
 * is read once (plus a lookahead of at most eight characters inside a number).
 * @internal
 */
import { DASHES, isDigit, isLetterAt, isSpace, VULGAR } from "./chars.js";
import { NO_NUMBER, readNumber, vulgarRead } from "./digits.js";
import type { NumberMarks, NumberRead } from "./digits.js";

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
}

/** One token, every token built by the same function so that all share one shape. */
function token(kind: TokenKind, start: number, end: number, text: string, key: string, glued: boolean, num: NumberRead): Token {
  return { kind, start, end, text, key, glued, num };
}

/** Whether the last word read by `wordEnd` is plain lower-case ASCII, so that it is its own key. */
let lowerAscii = false;

/** The end of the word that starts at `i`, with an apostrophe inside it ("o'clock", "country's"). */
function wordEnd(text: string, i: number): number {
  let j = i;
  let lower = true;
  for (;;) {
    let c = text.charCodeAt(j);
    while (c >= 97 && c <= 122) c = text.charCodeAt(++j);
    if (c >= 65 && c <= 90) {
      lower = false;
      j++;
      continue;
    }
    const size = c >= 128 ? isLetterAt(text, j) : 0;
    if (size > 0) {
      lower = false;
      j += size;
    } else if ((c === 39 || c === 0x2019) && j > i && isLetterAt(text, j + 1) > 0) {
      if (c === 0x2019) lower = false;
      j++;
    } else break;
  }
  lowerAscii = lower;
  return j;
}

/** The keys of words not in lower-case ASCII ("The", "NIS", "country’s"), kept up to a bound. */
const KEYS = new Map<string, string>();

/** The match key of a word: lower case, with a curly apostrophe written straight. */
function keyOf(word: string): string {
  let k = KEYS.get(word);
  if (k === undefined) {
    k = word.toLowerCase().replaceAll("\u2019", "'");
    if (KEYS.size < 1 << 14) KEYS.set(word, k);
  }
  return k;
}

/**
 * The tokens of `text`. Whitespace (and zero-width spaces) separates tokens
 * and sets `glued` on the next one.
 * @internal
 */
export function tokenize(text: string, marks: NumberMarks): Token[] {
  const out: Token[] = [];
  let glued = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpace(c))) {
      i++;
      glued = false;
      continue;
    }
    const g = glued && out.length > 0;
    let end: number;
    if (isDigit(c)) {
      const n = readNumber(text, i, marks);
      end = n.end;
      out.push(token("num", i, end, text.slice(i, end), "#", g, n));
    } else if (c >= 128 && VULGAR.has(c)) {
      end = i + 1;
      out.push(token("num", i, end, text.slice(i, end), "#", g, vulgarRead(i, VULGAR.get(c) as number)));
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetterAt(text, i) > 0)) {
      end = wordEnd(text, i);
      const raw = text.slice(i, end);
      out.push(token("word", i, end, raw, lowerAscii ? raw : keyOf(raw), g, NO_NUMBER));
    } else if (c === 45 || (c >= 128 && DASHES.has(c))) {
      end = i + 1;
      out.push(token("dash", i, end, text.slice(i, end), "-", g, NO_NUMBER));
    } else {
      end = c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? c) > 0xffff ? i + 2 : i + 1;
      const raw = text.slice(i, end);
      out.push(token("sym", i, end, raw, raw, g, NO_NUMBER));
    }
    i = end;
    glued = true;
  }
  return out;
}
