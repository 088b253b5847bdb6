/**
 * A single-pass tokenizer for quantity phrases: numbers with their separators,
 * words, dashes and single symbols. Language-neutral except for the number
 * marks, which a phrase table supplies. Linear in the input: every character
 * is read once (plus a lookahead of at most eight characters inside a number).
 * @internal
 */

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
  /** The number's value (NaN for other kinds; may be Infinity for absurdly long digit runs). */
  readonly value: number;
  /** A number written as bare digits: no group separators and no decimals. */
  readonly plain: boolean;
  /** A number written with a leading zero ("007", "0600"), not "0" or "0.5". */
  readonly leadingZero: boolean;
  /** The count of integer digits of a number. */
  readonly digits: number;
}

/** How numbers are written: the decimal mark and the marks allowed between thousands. @internal */
export interface NumberMarks {
  readonly decimal: "." | ",";
  /** Any of `","`, `"."`, `" "` (space, no-break space, thin space). */
  readonly groups: readonly ("," | "." | " ")[];
}

const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
  if (c < 128) return 0;
  const cp = text.codePointAt(i) ?? c;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + size)) ? size : 0;
}

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && SPACE.test(String.fromCharCode(c));
}

function digitsAt(text: string, i: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
  return !isDigit(text.charCodeAt(i + count));
}

function groupKind(c: number): "," | "." | " " | undefined {
  if (c === 44) return ",";
  if (c === 46) return ".";
  return GROUP_SPACES.has(c) ? " " : undefined;
}

interface NumberRead {
  readonly end: number;
  readonly value: number;
  readonly plain: boolean;
  readonly digits: number;
}

function readNumber(text: string, start: number, marks: NumberMarks): NumberRead {
  let j = start;
  while (isDigit(text.charCodeAt(j))) j++;
  let int = text.slice(start, j);
  let sep: string | undefined;
  if (j - start <= 3) {
    for (;;) {
      const kind = groupKind(text.charCodeAt(j));
      if (kind === undefined || !marks.groups.includes(kind) || (sep !== undefined && kind !== sep)) break;
      if (!digitsAt(text, j + 1, 3)) break;
      // "." between thousands only when it repeats ("1.200.000"), as "1.200" reads as a decimal.
      if (kind === marks.decimal && sep === undefined && !(text.charCodeAt(j + 4) === text.charCodeAt(j) && digitsAt(text, j + 5, 3))) {
        break;
      }
      int += text.slice(j + 1, j + 4);
      j += 4;
      sep = kind;
    }
  }
  let frac = "";
  if (text[j] === marks.decimal && sep !== marks.decimal && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    frac = text.slice(j + 1, k);
    j = k;
  }
  const value = Number(frac === "" ? int : `${int}.${frac}`);
  return { end: j, value, plain: sep === undefined && frac === "", digits: int.length };
}

/**
 * The tokens of `text`. Whitespace separates tokens and sets `glued` on the next one.
 * @internal
 */
export function tokenize(text: string, marks: NumberMarks): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let glued = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      glued = false;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let value = NaN;
    let plain = false;
    let digits = 0;
    if (isDigit(c)) {
      const r = readNumber(text, i, marks);
      i = r.end;
      kind = "num";
      value = r.value;
      plain = r.plain;
      digits = r.digits;
    } else if (isLetterAt(text, i) > 0) {
      let size: number;
      while ((size = isLetterAt(text, i)) > 0) {
        i += size;
        const q = text.charCodeAt(i);
        // an apostrophe inside a word: "o'clock", "country's"
        if ((q === 39 || q === 0x2019) && isLetterAt(text, i + 1) > 0) i++;
      }
      kind = "word";
    } else if (DASHES.has(c)) {
      i++;
      kind = "dash";
    } else {
      const cp = text.codePointAt(i) ?? c;
      i += cp > 0xffff ? 2 : 1;
      kind = "sym";
    }
    const raw = text.slice(start, i);
    out.push({
      kind,
      start,
      end: i,
      text: raw,
      key: kind === "num" ? "#" : kind === "dash" ? "-" : kind === "word" ? raw.toLowerCase().replaceAll("\u2019", "'") : raw,
      glued: glued && out.length > 0,
      value,
      plain,
      leadingZero: kind === "num" && raw.length > 1 && raw[0] === "0" && raw[1] !== ".",
      digits,
    });
    glued = true;
  }
  return out;
}
