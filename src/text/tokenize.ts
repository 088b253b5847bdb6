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
  /** How a number is written; for other kinds one shared record, so that a word costs no number fields. */
  readonly num: NumberRead;
}

/** How numbers are written: the decimal mark and the marks allowed between thousands. @internal */
export interface NumberMarks {
  readonly decimal: "." | ",";
  /** Any of `","`, `"."`, `" "` (space, no-break space, thin space). */
  readonly groups: readonly ("," | "." | " ")[];
}

const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
/** Spaces between groups of digits: space, no-break, thin, narrow no-break and figure spaces, and zero-width characters. */
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f, 0x2007, 0x200b, 0x2060, 0xfeff]);
/** Zero-width characters that separate words as a space does. */
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
/** Vulgar fractions, alone ("½") or after digits ("2½"). */
const VULGAR: ReadonlyMap<number, number> = new Map([
  [0xbd, 1 / 2], [0x2153, 1 / 3], [0x2154, 2 / 3], [0xbc, 1 / 4], [0xbe, 3 / 4], [0x2155, 1 / 5], [0x2156, 2 / 5],
  [0x2157, 3 / 5], [0x2158, 4 / 5], [0x2159, 1 / 6], [0x215a, 5 / 6], [0x215b, 1 / 8], [0x215c, 3 / 8],
  [0x215d, 5 / 8], [0x215e, 7 / 8],
]);
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

/** Whitespace, or a zero-width character that separates words. @internal */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && (ZERO_WIDTH.has(c) || SPACE.test(String.fromCharCode(c)));
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

/** How a number token is written. @internal */
export interface NumberRead {
  readonly end: number;
  /** The number's value (NaN for other kinds; may be Infinity for absurdly long digit runs). */
  readonly value: number;
  /** A number written as bare digits: no group separators and no decimals. */
  readonly plain: boolean;
  /** A number written with a leading zero ("007", "0600"), not "0" or "0.5". */
  readonly leadingZero: boolean;
  /** The count of integer digits of a number (0 for a fraction written alone, "½"). */
  readonly digits: number;
  /** A number whose marks cannot be read: "1,2" or "5,000,00" where "," groups thousands. */
  readonly malformed: boolean;
  /** A number whose thousands are grouped with spaces: "10 000". */
  readonly spaceGrouped: boolean;
  /** Exactly three decimals where "." may also group thousands: "3.500" (3.5, or 3,500 as written in much of Europe). */
  readonly threeDecimals: boolean;
}

/** The number record of every token that is not a number. */
const NO_NUMBER: NumberRead = numberRead(0, NaN, false, false, 0, false, false, false);

/** Indian grouping after a first group of one or two digits: ",50,00,000" (lakhs and crores); its end and digits. */
function indianGroups(text: string, j: number): { end: number; digits: number } | undefined {
  let k = j;
  while (text.charCodeAt(k) === 44 && digitsAt(text, k + 1, 2) && text.charCodeAt(k + 3) === 44) k += 3;
  if (k === j || text.charCodeAt(k) !== 44 || !digitsAt(text, k + 1, 3)) return undefined;
  return { end: k + 4, digits: ((k - j) / 3) * 2 + 3 };
}

/** The integer part with its group marks, "1,200,000", "1.200.000", "1,00,000": its end, its count of digits and the mark. */
function readGroups(text: string, start: number, j0: number, marks: NumberMarks): { end: number; digits: number; sep: string | undefined } {
  let j = j0;
  let digits = j - start;
  let sep: string | undefined;
  if (j - start > 3) return { end: j, digits, sep };
  if (j - start <= 2 && marks.groups.includes(",")) {
    const indian = indianGroups(text, j);
    if (indian !== undefined) return { end: indian.end, digits: digits + indian.digits, sep: "," };
  }
  for (;;) {
    const kind = groupKind(text.charCodeAt(j));
    if (kind === undefined || !marks.groups.includes(kind) || (sep !== undefined && kind !== sep)) break;
    if (!digitsAt(text, j + 1, 3)) break;
    // a space before a calibre or an ordinal ends the number: "12 155mm howitzers", "12 155-mm"
    if (kind === " " && (isLetterAt(text, j + 4) > 0 || DASHES.has(text.charCodeAt(j + 4)))) break;
    // "." between thousands only when it repeats ("1.200.000"), as "1.200" reads as a decimal.
    if (kind === marks.decimal && sep === undefined && !(text.charCodeAt(j + 4) === text.charCodeAt(j) && digitsAt(text, j + 5, 3))) {
      break;
    }
    digits += 3;
    j += 4;
    sep = kind;
  }
  return { end: j, digits, sep };
}

/** Integers of up to this many digits are read exactly by adding up their digits. */
const EXACT_DIGITS = 15;
const NOT_DIGIT = /[^0-9]/g;

/** The value of the digits in [start, end), their group marks passed over, with `frac` as its decimals. */
function valueOfDigits(text: string, start: number, end: number, digits: number, frac: string): number {
  if (frac === "" && digits <= EXACT_DIGITS) {
    let v = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isDigit(c)) v = v * 10 + (c - 48);
    }
    return v;
  }
  const int = text.slice(start, end).replace(NOT_DIGIT, "");
  return Number(frac === "" ? int : `${int}.${frac}`);
}

/** The end of a run of digits and commas, for a number whose marks cannot be read. */
function skipMalformed(text: string, j: number): number {
  let k = j;
  while (isDigit(text.charCodeAt(k)) || (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)))) k++;
  return k;
}

/** A number record; every one is built here, so that all share one shape. */
function numberRead(end: number, value: number, plain: boolean, zero: boolean, digits: number, bad: boolean, spaced: boolean, three: boolean): NumberRead {
  return { end, value, plain, leadingZero: zero, digits, malformed: bad, spaceGrouped: spaced, threeDecimals: three };
}

/** Whether the number [start, end) is written with a leading zero: "007", "0600", not "0" or "0.5". */
function leadingZero(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) !== 48) return false;
  const c = text.charCodeAt(start + 1);
  return c !== 46 && c !== 44;
}

function readNumber(text: string, start: number, marks: NumberMarks): NumberRead {
  let j = start;
  while (isDigit(text.charCodeAt(j))) j++;
  const g = readGroups(text, start, j, marks);
  j = g.end;
  let frac = "";
  if (text[j] === marks.decimal && g.sep !== marks.decimal && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    frac = text.slice(j + 1, k);
    j = k;
  }
  const digits = g.digits;
  // "1,2" where "," groups thousands: the whole run is one number that cannot be read
  if (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && (marks.groups.includes(",") || marks.decimal === ",")) {
    const end = skipMalformed(text, j);
    return numberRead(end, NaN, false, leadingZero(text, start, end), digits, true, false, false);
  }
  const value = valueOfDigits(text, start, g.end, digits, frac);
  const vulgar = frac === "" && text.charCodeAt(j) >= 0xbc ? VULGAR.get(text.charCodeAt(j)) : undefined;
  const spaceGrouped = g.sep === " ";
  const threeDecimals = frac.length === 3 && g.sep === undefined && marks.decimal === "." && marks.groups.includes(".");
  if (vulgar !== undefined) return numberRead(j + 1, value + vulgar, false, leadingZero(text, start, j + 1), digits, false, spaceGrouped, threeDecimals);
  return numberRead(j, value, g.sep === undefined && frac === "", leadingZero(text, start, j), digits, false, spaceGrouped, threeDecimals);
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

/** A vulgar fraction alone: "½". */
function vulgarRead(i: number, value: number): NumberRead {
  return numberRead(i + 1, value, false, false, 0, false, false, false);
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
