import { visible } from "../_lib/forms.js";
import { daysInMonth, formatYear } from "./calendar.js";
import { DATE_PARTS } from "./edtf-write.js";
import { readSubyearCode } from "./seasons.js";
import type { DateParts, PeriodTypes, Unspecified } from "./shapes.js";

// The EDTF reader of one date or season, left to right, with the qualifiers
// of each part as it finds them.

/** Per-part qualifier bits: 1 uncertain (`?`), 2 approximate (`~`), 3 both (`%`). */
type Marks = [number, number, number];

const QUALIFIER_BITS: ReadonlyMap<string, number> = new Map([
  ["?", 1],
  ["~", 2],
  ["%", 3],
]);

const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(Z|[+-](?:[01]\d|2[0-3])(?::[0-5]\d)?)?$/;

/** Why a text is not an EDTF period, thrown inside the reader and caught by `readEdtf`. @internal */
export class Reject {
  constructor(readonly reason: string) {}
}

/** A text in quotes for a reason, cut short if long. @internal */
export function quote(text: string): string {
  // what a reader cannot see or tell apart is written as an escape ("2024\u200b", "\uff12"), as in every message
  return text.length > 60 ? `${visible(text.slice(0, 57)).slice(0, -1)}…"` : visible(text);
}

/** Throws the reason `text` is not a period. @internal */
export function reject(text: string, message: string): never {
  throw new Reject(`${quote(text)}: ${message}`);
}

/** Where the reader is in one date or season, and the per-part qualifiers it has found. */
interface Cursor {
  readonly text: string;
  readonly part: string;
  readonly inInterval: boolean;
  /** Where in the text the part is, for a reason: ` in "2024-13"` at an interval end, else nothing. */
  readonly where: string;
  readonly marks: Marks;
  at: number;
  qualified: boolean;
}

/** A qualifier character at the cursor, as bits, or 0. */
function qualifier(c: Cursor): number {
  const bits = QUALIFIER_BITS.get(c.part[c.at] ?? "");
  if (bits === undefined) return 0;
  c.at += 1;
  c.qualified = true;
  if (QUALIFIER_BITS.has(c.part[c.at] ?? "")) {
    const pair = c.part.slice(c.at - 1, c.at + 1);
    reject(c.text, `two qualifiers in a row at ${quote(pair)}${c.where}; write % for uncertain and approximate`);
  }
  return bits;
}

/**
 * The digits (and X) of the year, month or day, which must be `width` long, and
 * the qualifier after them. Qualifiers to the left of a part (`before`) apply
 * to it; to the right, to it and every part before it.
 */
function field(c: Cursor, index: 0 | 1 | 2, width: number, before: number): string {
  let end = c.at;
  while (end < c.part.length && /[0-9X]/.test(c.part[end] as string)) end += 1;
  const value = c.part.slice(c.at, end);
  if (value.length !== width) {
    const got = quote(value === "" ? c.part.slice(c.at, c.at + 1) || "nothing" : value);
    reject(c.text, `the ${DATE_PARTS[index]} must have ${width} digits, got ${got}${c.where}`);
  }
  c.at = end;
  const after = qualifier(c);
  c.marks[index] |= before;
  for (let i = 0; i <= index; i += 1) c.marks[i] = (c.marks[i] ?? 0) | after;
  return value;
}

/** Whether the part continues with a dash and a next field (read past the dash), or ends. */
function next(c: Cursor, place: string): boolean {
  if (c.at === c.part.length) return false;
  if (c.part[c.at] !== "-") unexpected(c, place);
  c.at += 1;
  return true;
}

function unexpected(c: Cursor, place: string): never {
  const char = c.part[c.at] as string;
  const hint = QUALIFIER_BITS.has(char) ? "; a qualifier goes right before or after a year, month or day" : "";
  return reject(c.text, `unexpected ${quote(char)} ${place}${c.where}${hint}`);
}

/** One date or season: a year, then perhaps a month or sub-year code, then perhaps a day and a time. @internal */
export function readPoint(text: string, part: string, inInterval: boolean): PeriodTypes["point"] {
  const where = inInterval ? ` in ${quote(part)}` : "";
  const c: Cursor = { text, part, inInterval, where, marks: [0, 0, 0], at: 0, qualified: false };
  const { year, yearText, yearDigits } = readYear(c);
  if (!next(c, "after the year")) return datePoint("year", year, undefined, undefined, yearDigits, c.marks, undefined);
  const monthText = readMonth(c, yearText, yearDigits);
  const monthValue = Number(monthText);
  if (monthValue >= 21) {
    if (c.at < part.length) reject(text, `${monthText} is a season or sub-year code, which has no day${where}`);
    return subyearPoint(text, where, year, monthValue, c.marks);
  }
  const month = monthText === "XX" ? undefined : monthValue;
  if (!next(c, "after the month")) return datePoint("month", year, month, undefined, 0, c.marks, undefined);
  const day = readDay(c, year, month, monthText);
  const time = readTime(c, month, day);
  return datePoint("day", year, month, day, 0, c.marks, time);
}

/** The year, its text, and how many of its last digits are X (0, 1 or 2). */
function readYear(c: Cursor): { year: number; yearText: string; yearDigits: number } {
  const { text, where } = c;
  const before = qualifier(c);
  const negative = c.part[c.at] === "-";
  if (negative) c.at += 1;
  const yearText = field(c, 0, 4, before);
  const yearDigits = /^\d{4}$/.test(yearText) ? 0 : /^\d{3}X$/.test(yearText) ? 1 : /^\d{2}XX$/.test(yearText) ? 2 : -1;
  if (yearDigits < 0) {
    reject(text, `unspecified digits in year ${quote(yearText)}${where} are EDTF level 2; only the last one or two may be X`);
  }
  const year = Number(yearText.replace(/X/g, "0")) * (negative ? -1 : 1);
  if (negative && yearDigits > 0) reject(text, `unspecified digits in a negative year ("-${yearText}")${where} are not supported`);
  if (negative && year === 0) reject(text, `year -0000${where} is not a year; write 0000`);
  return { year, yearText, yearDigits };
}

/** The month's text: 01–12, XX, or a season or sub-year code 21–41. */
function readMonth(c: Cursor, yearText: string, yearDigits: number): string {
  const { text, where } = c;
  const monthText = field(c, 1, 2, qualifier(c));
  const monthValue = Number(monthText);
  if (monthText !== "XX" && monthText.includes("X")) {
    reject(text, `unspecified digit in month ${quote(monthText)}${where} is EDTF level 2; write XX for an unspecified month`);
  }
  if (yearDigits > 0) reject(text, `a year with unspecified digits (${quote(yearText)}) cannot have a month${where} (EDTF level 2)`);
  if (monthText !== "XX" && (monthValue < 1 || (monthValue > 12 && monthValue < 21) || monthValue > 41)) {
    reject(text, `month ${monthText} is neither 01–12 nor a sub-year code 21–41${where}`);
  }
  return monthText;
}

/** The day, or undefined for XX. */
function readDay(c: Cursor, year: number, month: number | undefined, monthText: string): number | undefined {
  const { text, where } = c;
  const dayText = field(c, 2, 2, qualifier(c));
  if (dayText !== "XX" && dayText.includes("X")) {
    reject(text, `unspecified digit in day ${quote(dayText)}${where} is EDTF level 2; write XX for an unspecified day`);
  }
  if (month === undefined && dayText !== "XX") {
    reject(text, `an unspecified month with a specified day ("XX-${dayText}")${where} is EDTF level 2`);
  }
  const day = dayText === "XX" ? undefined : Number(dayText);
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    reject(text, `day ${dayText} is not a day of ${formatYear(year)}-${monthText}${where}`);
  }
  return day;
}

/** The offset of a time of day in minutes east of UTC: 0 for none or Z. */
function offsetMinutes(time: string): number {
  const sign = time.length > 8 ? time[8] : undefined;
  if (sign !== "+" && sign !== "-") return 0;
  const minutes = Number(time.slice(9, 11)) * 60 + Number(time.slice(12, 14) || 0);
  return sign === "-" ? -minutes : minutes;
}

/** A time of day after `T`, or undefined at the end of the part. */
function readTime(c: Cursor, month: number | undefined, day: number | undefined): string | undefined {
  const { text, part } = c;
  if (c.at === part.length) return undefined;
  if (part[c.at] !== "T") unexpected(c, "after the day");
  const time = part.slice(c.at + 1);
  if (c.inInterval) reject(text, `an interval end cannot have a time of day (${quote(part)})`);
  if (c.qualified) reject(text, "a date and time cannot be qualified (?, ~, %)");
  if (day === undefined || month === undefined) reject(text, "a date with unspecified digits cannot have a time of day");
  if (!TIME.test(time)) {
    reject(text, `time ${quote(time)} is not hh:mm:ss (00–23, 00–59, 00–59) with an optional Z or ±hh[:mm] offset`);
  }
  const offset = offsetMinutes(time);
  // the offsets of the world's time zones run from −12:00 (Baker Island) to +14:00 (Kiribati's Line Islands)
  if (offset < -12 * 60 || offset > 14 * 60) reject(text, `offset of ${quote(time)} is outside −12:00 to +14:00, the offsets any time zone uses`);
  return time;
}

function partsOf(marks: Marks, bit: number): DateParts | undefined {
  const parts: { year?: true; month?: true; day?: true } = {};
  let any = false;
  DATE_PARTS.forEach((name, index) => {
    if (((marks[index] ?? 0) & bit) !== 0) {
      parts[name] = true;
      any = true;
    }
  });
  return any ? parts : undefined;
}

function datePoint(
  precision: PeriodTypes["date"]["precision"],
  year: number,
  month: number | undefined,
  day: number | undefined,
  yearDigits: number,
  marks: Marks,
  time: string | undefined,
): PeriodTypes["date"] {
  let unspecified: Unspecified | undefined;
  if (yearDigits === 1) unspecified = "year-last-digit";
  else if (yearDigits === 2) unspecified = "year-last-two-digits";
  else if (precision === "month" && month === undefined) unspecified = "month";
  else if (precision === "day" && month === undefined) unspecified = "month-and-day";
  else if (precision === "day" && day === undefined) unspecified = "day";
  const approximate = partsOf(marks, 2);
  const uncertain = partsOf(marks, 1);
  return {
    kind: "date",
    precision,
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(unspecified === undefined ? {} : { unspecified }),
    ...(time === undefined ? {} : { time }),
    ...(approximate ? { approximate } : {}),
    ...(uncertain ? { uncertain } : {}),
  };
}

function subyearPoint(
  text: string,
  where: string,
  year: number,
  code: number,
  marks: Marks,
): PeriodTypes["season"] | PeriodTypes["subyear"] {
  if (marks[0] !== marks[1]) {
    reject(text, `a season or sub-year grouping is qualified as a whole, not its year or code alone${where}`);
  }
  const reading = readSubyearCode(code);
  /* c8 ignore next */
  if (reading === undefined) reject(text, `code ${code} is not a sub-year code${where}`);
  const flags = {
    ...((marks[1] & 2) !== 0 ? { approximate: true as const } : {}),
    ...((marks[1] & 1) !== 0 ? { uncertain: true as const } : {}),
  };
  if (reading.kind === "season") {
    return {
      kind: "season",
      year,
      season: reading.season,
      ...(reading.hemisphere ? { hemisphere: reading.hemisphere } : {}),
      ...flags,
    };
  }
  return { kind: "subyear", year, unit: reading.unit, index: reading.index, ...flags };
}
