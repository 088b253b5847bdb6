/**
 * Numbers written in digits, as the tokenizer reads them: group marks
 * ("1,200,000", "10 000", "1,00,000"), decimals and vulgar fractions ("2½").
 * Reads at most eight characters ahead of the digits.
 * @internal
 */
import { DASHES, isDigit, isLetterAt, VULGAR } from "./chars.js";
import { afterMarker } from "./markers.js";

/** How numbers are written: the decimal mark and the marks allowed between thousands. @internal */
export interface NumberMarks {
  readonly decimal: "." | ",";
  /** Any of `","`, `"."`, `" "` (space, no-break space, thin space). */
  readonly groups: readonly ("," | "." | " ")[];
}

/** Zeros the tokenizer keeps after the code units of a text: more than `readNumber` reads ahead. @internal */
export const UNIT_GUARD = 16;

/** Spaces between groups of digits: space, no-break, thin, narrow no-break and figure spaces, and zero-width characters. */
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f, 0x2007, 0x200b, 0x2060, 0xfeff]);

/** Whether exactly `count` digits start at `i`; `units` are the code units of the text, as the tokenizer holds them. */
function digitsAt(units: Uint16Array, i: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isDigit(units[i + k] as number)) return false;
  return !isDigit(units[i + count] as number);
}

/** The group mark a code unit is, if any; below U+00A0 only the space is one, with no set look-up. */
function groupKind(c: number): "," | "." | " " | undefined {
  if (c === 44) return ",";
  if (c === 46) return ".";
  return c === 0x20 || (c >= 0xa0 && GROUP_SPACES.has(c)) ? " " : undefined;
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


/** The number record of every token that is not a number. @internal */
export const NO_NUMBER: NumberRead = numberRead(0, NaN, false, false, 0, false, false, false);

/** Indian grouping after a first group of one or two digits: ",50,00,000" (lakhs and crores); its end and digits. */
function indianGroups(units: Uint16Array, j: number): { end: number; digits: number } | undefined {
  let k = j;
  while (units[k] === 44 && digitsAt(units, k + 1, 2) && units[k + 3] === 44) k += 3;
  if (k === j || units[k] !== 44 || !digitsAt(units, k + 1, 3)) return undefined;
  return { end: k + 4, digits: ((k - j) / 3) * 2 + 3 };
}

/** The integer part with its group marks, "1,200,000", "1.200.000", "1,00,000": its end, its count of digits and the mark. */
function readGroups(text: string, units: Uint16Array, start: number, j0: number, marks: NumberMarks): { end: number; digits: number; sep: string | undefined } {
  let j = j0;
  let digits = j - start;
  let sep: string | undefined;
  if (j - start > 3) return { end: j, digits, sep };
  if (j - start <= 2 && units[j] === 44 && marks.groups.includes(",")) {
    const indian = indianGroups(units, j);
    if (indian !== undefined) return { end: indian.end, digits: digits + indian.digits, sep: "," };
  }
  for (;;) {
    const kind = groupKind(units[j] as number);
    // the digits first: most numbers end at a space before a word, and need no look-up of the marks
    if (kind === undefined || (sep !== undefined && kind !== sep) || !digitsAt(units, j + 1, 3) || !marks.groups.includes(kind)) break;
    // a space before a calibre or an ordinal ends the number: "12 155mm howitzers", "12 155-mm";
    // not before a dash and another figure or a word ("10 000-12 000 troops", "a 10 000-strong force")
    if (kind === " " && (isLetterAt(text, j + 4) > 0 || (DASHES.has(units[j + 4] as number) && CALIBRE_AFTER_DASH.test(text.slice(j + 5, j + 16))))) break;
    // a number after a marker of a place ends at a space: "km 45 300 troops" is km 45 and 300 troops
    if (kind === " " && sep === undefined && afterMarker(text, units, start)) break;
    // "." between thousands only when it repeats ("1.200.000"), as "1.200" reads as a decimal.
    if (kind === marks.decimal && sep === undefined && !(units[j + 4] === units[j] && digitsAt(units, j + 5, 3))) {
      break;
    }
    digits += 3;
    j += 4;
    sep = kind;
  }
  return { end: j, digits, sep };
}

/** The unit of a calibre after its dash: "155-mm", "152-millimetre", "120-cm". */
const CALIBRE_AFTER_DASH = /^(?:mm|cm|millimet|caliber|calibre)/i;

/** Integers of up to this many digits are read exactly by adding up their digits. */
const EXACT_DIGITS = 15;
const NOT_DIGIT = /[^0-9]/g;

/** The value of the digits in [start, end), their group marks passed over, with `frac` as its decimals. */
function valueOfDigits(text: string, units: Uint16Array, start: number, end: number, digits: number, frac: string): number {
  if (frac === "" && digits <= EXACT_DIGITS) {
    let v = 0;
    for (let k = start; k < end; k++) {
      const c = units[k] as number;
      if (isDigit(c)) v = v * 10 + (c - 48);
    }
    return v;
  }
  const int = text.slice(start, end).replace(NOT_DIGIT, "");
  const value = Number(frac === "" ? int : `${int}.${frac}`);
  return heldExactly(int, frac, value) ? value : Infinity;
}

/**
 * Whether a double holds the number written as `int`.`frac` as it is written: a whole number
 * up to 2^53 − 1, or a decimal of at most 15 significant digits (what a double keeps of any
 * decimal). "12345678901234567890" is 12345678901234567000 as a double, and reads as a number
 * too large to hold rather than as another number.
 */
function heldExactly(int: string, frac: string, value: number): boolean {
  if (frac === "") return value <= Number.MAX_SAFE_INTEGER;
  const significant = `${int}${frac}`.replace(/^0+/, "").replace(/0+$/, "");
  return significant.length <= 15;
}

/** The end of a run of digits and commas, for a number whose marks cannot be read. */
function skipMalformed(units: Uint16Array, j: number): number {
  let k = j;
  while (isDigit(units[k] as number) || (units[k] === 44 && isDigit(units[k + 1] as number))) k++;
  return k;
}

/** Whether a code unit is the letter O, which a typist or a scanner may set for a zero. */
const isLetterO = (c: number): boolean => c === 79 || c === 111;

/** The end of a run of digits, letters O and the marks between them from `j` ("3,OOO,OOO"). */
function letterORunEnd(units: Uint16Array, j: number): number {
  let k = j;
  while (isDigit(units[k] as number) || isLetterO(units[k] as number) || ((units[k] === 44 || units[k] === 46) && (isDigit(units[k + 1] as number) || isLetterO(units[k + 1] as number)))) k++;
  return k;
}

/** Marks that cut a group of thousands off its number when they stand between them: invisible characters, and tabs and line breaks. */
const STRAY = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x09, 0x0a, 0x0d]);

/**
 * The end of a group of three digits that follows a number at `j` past a stray mark ("3,\u00ad000",
 * "3\n000") or two or more spaces ("3  000"), after at most a "," or "."; -1 for none.
 */
function strayGroupEnd(units: Uint16Array, j: number): number {
  let k = j;
  if (units[k] === 44 || units[k] === 46) k++;
  let stray = false;
  let spaces = 0;
  for (; k < j + 8; k++) {
    const c = units[k] as number;
    if (c === 9 || c === 10 || c === 13 || (c >= 0xad && STRAY.has(c))) stray = true;
    else if (c === 32 || c === 0xa0) spaces++;
    else break;
  }
  if (!(stray || spaces >= 2) || !digitsAt(units, k, 3) || isDigit(units[k + 3] as number)) return -1;
  return k + 3;
}

/** The longest HTML entity `entityGroupEnd` reads: "&thinsp;", "&#x202F;". */
const ENTITY_MAX = 8;

/**
 * The start of the digits right after an HTML entity at `j` ("&nbsp;", "&#160;",
 * "&#x202f;", "&ndash;"), as a number pasted from a page's source holds its space between
 * thousands or the dash of a range; -1 for none. Reads at most `ENTITY_MAX` characters ahead of the digits.
 */
function entityGroupEnd(units: Uint16Array, j: number): number {
  if (units[j] !== 38) return -1;
  let k = j + 1;
  const numeric = units[k] === 35;
  if (numeric) k++;
  const from = k;
  for (; k < j + ENTITY_MAX && units[k] !== 59; k++) {
    const c = (units[k] as number) | 0x20;
    if (!((c >= 97 && c <= 122) || isDigit(units[k] as number))) return -1;
  }
  // "3&nbsp;000", and "3,000&ndash;5,000": an entity glued between digits, which no reading of the text as written can place
  if (units[k] !== 59 || k === from || !isDigit(units[k + 1] as number)) return -1;
  return k + 1;
}

/** Marks that never stand between two numbers of running text: invisible characters, and spaces that no script sets between digits (ideographic, em and en spaces). */
const INSIDE_ONLY = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x200a, 0x205f, 0x1680]);
/** Spaces that may end a number: a digit run after one that begins with a 0 ("30 00") is no number of its own. */
const PLAIN_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f, 0x2007]);

/**
 * The end of the digits and marks that follow a number at `j` past a mark that splits one number
 * in two ("1\u200b2,000", "30\u200b00", "3\u3000000"), or past a single space before digits that
 * begin with 0 ("30 00"); -1 for none. A zero-width space or an ideographic space is no gap
 * between two figures, and no count is written with a leading 0, so what stands on each side is a
 * part of one number whose marks cannot be read: read as two, its first part would be a
 * confident wrong figure.
 */
function splitNumberEnd(units: Uint16Array, j: number): number {
  const c = units[j] as number;
  const next = units[j + 1] as number;
  if (!isDigit(next) || !(INSIDE_ONLY.has(c) || (PLAIN_SPACES.has(c) && next === 48 && !digitsAt(units, j + 1, 3)))) return -1;
  return splitRunEnd(units, j + 1);
}

/** The end of the digits at `k` and of any more joined to them by a group mark or a mark of `INSIDE_ONLY`. */
function splitRunEnd(units: Uint16Array, k: number): number {
  let e = k;
  while (isDigit(units[e] as number) || ((units[e] === 44 || units[e] === 46 || INSIDE_ONLY.has(units[e] as number)) && isDigit(units[e + 1] as number))) e++;
  return e;
}

/** A number record; every one is built here, so that all share one shape. */
function numberRead(end: number, value: number, plain: boolean, zero: boolean, digits: number, bad: boolean, spaced: boolean, three: boolean): NumberRead {
  return { end, value, plain, leadingZero: zero, digits, malformed: bad, spaceGrouped: spaced, threeDecimals: three };
}

/** Whether the number [start, end) is written with a leading zero: "007", "0600", not "0" or "0.5". */
function leadingZero(units: Uint16Array, start: number, end: number): boolean {
  if (end - start < 2 || units[start] !== 48) return false;
  const c = units[start + 1];
  return c !== 46 && c !== 44;
}

/**
 * The number written in digits at `start`. `units` are the code units of
 * `text` as the tokenizer holds them, with at least `UNIT_GUARD` zeros after
 * its end: where `text.charCodeAt` gives NaN, a zero is no digit or mark either.
 * @internal
 */
export function readNumber(text: string, units: Uint16Array, start: number, marks: NumberMarks): NumberRead {
  let j = start;
  while (isDigit(units[j] as number)) j++;
  const g = readGroups(text, units, start, j, marks);
  j = g.end;
  let frac = "";
  if (units[j] === marks.decimal.charCodeAt(0) && g.sep !== marks.decimal && isDigit(units[j + 1] as number)) {
    let k = j + 1;
    while (isDigit(units[k] as number)) k++;
    frac = text.slice(j + 1, k);
    j = k;
  }
  const digits = g.digits;
  // "3,OOO", "12.OOO": a group of thousands typed or scanned with the letter O for zero is one number that cannot be read
  if (frac === "" && (units[j] === 44 || units[j] === 46) && isLetterO(units[j + 1] as number) && (isLetterO(units[j + 2] as number) || isDigit(units[j + 2] as number))) {
    return numberRead(letterORunEnd(units, j), NaN, false, leadingZero(units, start, j), digits, true, false, false);
  }
  // "1,2" where "," groups thousands: the whole run is one number that cannot be read
  if (units[j] === 44 && isDigit(units[j + 1] as number) && (marks.groups.includes(",") || marks.decimal === ",")) {
    const end = skipMalformed(units, j);
    return numberRead(end, NaN, false, leadingZero(units, start, end), digits, true, false, false);
  }
  // "3,\u00ad000", "3\n000", "3  000": a group of thousands cut off by a stray mark is no number to read the first part of
  // only after what can open or continue a number so grouped: one to three digits, or groups ("In 2023,\n300 troops" is two)
  const stray = frac === "" && (g.sep !== undefined || j - start <= 3) ? strayGroupEnd(units, j) : -1;
  if (stray > 0) return numberRead(splitRunEnd(units, stray), NaN, false, leadingZero(units, start, j), digits, true, false, false);
  // "3&nbsp;000", "3&#160;000": a group of thousands cut off by an HTML entity, as text pasted from a page's source holds it
  const entity = frac === "" && (g.sep !== undefined || j - start <= 3) ? entityGroupEnd(units, j) : -1;
  if (entity > 0) return numberRead(splitRunEnd(units, entity), NaN, false, leadingZero(units, start, j), digits, true, false, false);
  const split = frac === "" ? splitNumberEnd(units, j) : -1;
  if (split > 0) return numberRead(split, NaN, false, leadingZero(units, start, j), digits, true, false, false);
  const value = valueOfDigits(text, units, start, g.end, digits, frac);
  const vulgar = frac === "" && (units[j] as number) >= 0xbc ? VULGAR.get(units[j] as number) : undefined;
  const spaceGrouped = g.sep === " ";
  // "3.500" may be 3,500 as much of Europe writes it; "0.333" may not: no group of thousands starts with 0
  const threeDecimals = frac.length === 3 && g.sep === undefined && marks.decimal === "." && marks.groups.includes(".") && value >= 1;
  if (vulgar !== undefined) return numberRead(j + 1, value + vulgar, false, leadingZero(units, start, j + 1), digits, false, spaceGrouped, threeDecimals);
  return numberRead(j, value, g.sep === undefined && frac === "", leadingZero(units, start, j), digits, false, spaceGrouped, threeDecimals);
}

/** A vulgar fraction alone: "½". @internal */
export function vulgarRead(i: number, value: number): NumberRead {
  return numberRead(i + 1, value, false, false, 0, false, false, false);
}
