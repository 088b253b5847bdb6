import { FogcountError } from "../errors.js";
import { calendarDay, compareDays, daysInMonth, formatYear } from "./calendar.js";
import { pointRange } from "./range.js";
import type {
  DateParts,
  DatePeriod,
  IntervalEnd,
  Period,
  PeriodPoint,
  SeasonPeriod,
  SubyearPeriod,
  Unspecified,
} from "./schema.js";
import { readSubyearCode, seasonCode, subyearCode } from "./seasons.js";

/** What `parsePeriod` and `resolveTimePhrase` return: the period, or why there is none. */
export type PeriodResult = { readonly ok: true; readonly value: Period } | { readonly ok: false; readonly reason: string };

type Part = "year" | "month" | "day";
const PARTS: readonly Part[] = ["year", "month", "day"];

/** Per-part qualifier bits: 1 uncertain (`?`), 2 approximate (`~`), 3 both (`%`). */
type Marks = [number, number, number];

const QUALIFIER_BITS: Readonly<Record<string, number>> = { "?": 1, "~": 2, "%": 3 };
const QUALIFIER_CHARS = ["", "?", "~", "%"] as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(Z|[+-](?:[01]\d|2[0-3])(?::[0-5]\d)?)?$/;

class Reject {
  constructor(readonly reason: string) {}
}

/** A text in quotes for a reason, cut short if long. @internal */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

function reject(text: string, message: string): never {
  throw new Reject(`${quote(text)}: ${message}`);
}

// Features of EDTF that fogcount does not read, each recognised by a character
// that only it uses, so that the reason names the feature rather than a symptom.
const UNSUPPORTED: readonly (readonly [RegExp, string])[] = [
  [/^[[{]/, "sets ([…] one of a set, {…} all of a set) are EDTF level 2 and not supported"],
  [/Y/, "letter-prefixed years (Y…) are not supported; years have four digits"],
  [/\d[E]\d/, "exponential years (…E…) are not supported"],
  [/\dS\d/, "significant digits (…S…) are not supported"],
  [/\^/, "qualified seasons (^) are not supported"],
  [/[a-z]/, "EDTF is case-sensitive and uses no lowercase letters (write X for an unspecified digit, T before a time)"],
  [/\s/, "white space is not allowed in EDTF"],
  [/,/, "a comma is not allowed outside a set, and sets are not supported"],
];

/**
 * Reads an EDTF string as a {@link Period}, or says why it cannot.
 *
 * Supported: all of level 0 (dates, dates and times, intervals of dates);
 * level 1 except letter-prefixed years (qualified dates, `X` digits from the
 * right, seasons, open `..` and unknown empty interval ends, negative years);
 * and from level 2 the sub-year groupings (codes 25–41) and qualification of
 * single parts (`2004-06~-11`, `?2004-06-~11`). Anything else is rejected
 * with a reason naming the value and where it is. It never throws.
 *
 * @category Time
 * @example
 * parsePeriod("2024-10?");
 * //=> { ok: true, value: { kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } } }
 * parsePeriod("2024-13");
 * //=> { ok: false, reason: '"2024-13": month 13 is neither 01–12 nor a sub-year code 21–41' }
 */
export function parsePeriod(edtf: string): PeriodResult {
  if (typeof edtf !== "string") return { ok: false, reason: `expected an EDTF string, got ${typeof edtf}` };
  try {
    return { ok: true, value: read(edtf) };
  } catch (error) {
    if (error instanceof Reject) return { ok: false, reason: error.reason };
    /* c8 ignore next */
    return { ok: false, reason: `${quote(edtf)}: ${String(error)}` };
  }
}

/**
 * Reads an EDTF string as a {@link Period}, throwing if it is not one.
 *
 * @category Time
 * @throws {FogcountError} `invalid-period` if `parsePeriod` rejects the string; the message is its reason.
 * @example
 * period("2024-23");
 * //=> { kind: "season", year: 2024, season: "autumn" }
 */
export function period(edtf: string): Period {
  const result = parsePeriod(edtf);
  if (!result.ok) throw new FogcountError("invalid-period", `period: ${result.reason}`, { edtf });
  return result.value;
}

function read(text: string): Period {
  if (text === "") reject(text, "an empty string is not a period (an unknown interval end needs a '/')");
  for (const [pattern, message] of UNSUPPORTED) if (pattern.test(text)) reject(text, message);
  const slash = text.indexOf("/");
  if (slash < 0) {
    if (text === "..") reject(text, "'..' (open) is only allowed as an interval end");
    return readPoint(text, text, false);
  }
  if (text.indexOf("/", slash + 1) >= 0) reject(text, "an interval has exactly one '/'");
  const start = readEnd(text, text.slice(0, slash));
  const end = readEnd(text, text.slice(slash + 1));
  if (!isDated(start) && !isDated(end)) reject(text, "an interval needs at least one dated end");
  if (isDated(start) && isDated(end)) {
    for (const hemisphere of ["north", "south"] as const) {
      const [earliest] = pointRange(start, hemisphere);
      const [, latest] = pointRange(end, hemisphere);
      if (compareDays(earliest, latest) > 0) {
        reject(text, `the interval starts (${formatPeriod(start)}) after it ends (${formatPeriod(end)})`);
      }
    }
  }
  return { kind: "interval", start, end };
}

function isDated(end: IntervalEnd): end is PeriodPoint {
  return end.kind !== "open" && end.kind !== "unknown";
}

function readEnd(text: string, part: string): IntervalEnd {
  if (part === "") return { kind: "unknown" };
  if (part === "..") return { kind: "open" };
  return readPoint(text, part, true);
}

/** A left-to-right reader of one date or season, with the per-part qualifiers as it finds them. */
function readPoint(text: string, part: string, inInterval: boolean): PeriodPoint {
  let at = 0;
  const marks: Marks = [0, 0, 0];
  let qualified = false;
  const where = inInterval ? ` in "${part}"` : "";

  const qualifier = (): number => {
    const bits = QUALIFIER_BITS[part[at] ?? ""];
    if (bits === undefined) return 0;
    at += 1;
    qualified = true;
    if (QUALIFIER_BITS[part[at] ?? ""] !== undefined) {
      reject(text, `two qualifiers in a row at "${part.slice(at - 1, at + 1)}"${where}; write % for uncertain and approximate`);
    }
    return bits;
  };
  const field = (name: string, width: number): string => {
    let end = at;
    while (end < part.length && /[0-9X]/.test(part[end] as string)) end += 1;
    const value = part.slice(at, end);
    if (value.length !== width) {
      const got = quote(value === "" ? part.slice(at, at + 1) || "nothing" : value);
      reject(text, `the ${name} must have ${width} digits, got ${got}${where}`);
    }
    at = end;
    return value;
  };
  // Qualifiers to the left of a part apply to it; to the right, to it and every part before it.
  const qualify = (index: number, before: number, after: number): void => {
    marks[index] = (marks[index] ?? 0) | before;
    for (let i = 0; i <= index; i += 1) marks[i] = (marks[i] ?? 0) | after;
  };

  const beforeYear = qualifier();
  const negative = part[at] === "-";
  if (negative) at += 1;
  const yearText = field("year", 4);
  qualify(0, beforeYear, qualifier());
  const yearDigits = /^\d{4}$/.test(yearText) ? 0 : /^\d{3}X$/.test(yearText) ? 1 : /^\d{2}XX$/.test(yearText) ? 2 : -1;
  if (yearDigits < 0) {
    reject(text, `unspecified digits in year "${yearText}"${where} are EDTF level 2; only the last one or two may be X`);
  }
  const year = Number(yearText.replace(/X/g, "0")) * (negative ? -1 : 1);
  if (negative && yearDigits > 0) reject(text, `unspecified digits in a negative year ("-${yearText}")${where} are not supported`);
  if (negative && year === 0) reject(text, `year -0000${where} is not a year; write 0000`);

  if (at === part.length) return datePoint("year", year, undefined, undefined, yearDigits, marks, undefined);
  if (part[at] !== "-") unexpected(text, part, at, where, "after the year");
  at += 1;

  const beforeMonth = qualifier();
  const monthText = field("month", 2);
  qualify(1, beforeMonth, qualifier());
  const monthValue = Number(monthText);
  if (monthText !== "XX" && monthText.includes("X")) {
    reject(text, `unspecified digit in month "${monthText}"${where} is EDTF level 2; write XX for an unspecified month`);
  }
  if (yearDigits > 0) reject(text, `a year with unspecified digits ("${yearText}") cannot have a month${where} (EDTF level 2)`);
  if (monthText !== "XX" && (monthValue < 1 || (monthValue > 12 && monthValue < 21) || monthValue > 41)) {
    reject(text, `month ${monthText} is neither 01–12 nor a sub-year code 21–41${where}`);
  }
  if (monthValue >= 21) {
    if (at < part.length) {
      reject(text, `${monthText} is a season or sub-year code, which has no day${where}`);
    }
    return subyearPoint(text, where, year, monthValue, marks);
  }
  const month = monthText === "XX" ? undefined : monthValue;
  if (at === part.length) return datePoint("month", year, month, undefined, 0, marks, undefined);
  if (part[at] !== "-") unexpected(text, part, at, where, "after the month");
  at += 1;

  const beforeDay = qualifier();
  const dayText = field("day", 2);
  qualify(2, beforeDay, qualifier());
  if (dayText !== "XX" && dayText.includes("X")) {
    reject(text, `unspecified digit in day "${dayText}"${where} is EDTF level 2; write XX for an unspecified day`);
  }
  if (month === undefined && dayText !== "XX") {
    reject(text, `an unspecified month with a specified day ("XX-${dayText}")${where} is EDTF level 2`);
  }
  const day = dayText === "XX" ? undefined : Number(dayText);
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    reject(text, `day ${dayText} is not a day of ${formatYear(year)}-${monthText}${where}`);
  }
  let time: string | undefined;
  if (at < part.length) {
    if (part[at] !== "T") unexpected(text, part, at, where, "after the day");
    time = part.slice(at + 1);
    if (inInterval) reject(text, `an interval end cannot have a time of day ("${part}")`);
    if (qualified) reject(text, "a date and time cannot be qualified (?, ~, %)");
    if (day === undefined || month === undefined) reject(text, "a date with unspecified digits cannot have a time of day");
    if (!TIME.test(time)) {
      reject(text, `time "${time}" is not hh:mm:ss (00–23, 00–59, 00–59) with an optional Z or ±hh[:mm] offset`);
    }
  }
  return datePoint("day", year, month, day, 0, marks, time);
}

function unexpected(text: string, part: string, at: number, where: string, place: string): never {
  const char = part[at] as string;
  const hint = QUALIFIER_BITS[char] !== undefined ? "; a qualifier goes right before or after a year, month or day" : "";
  return reject(text, `unexpected "${char}" ${place}${where}${hint}`);
}

function partsOf(marks: Marks, bit: number): DateParts | undefined {
  const parts: { year?: true; month?: true; day?: true } = {};
  let any = false;
  PARTS.forEach((name, index) => {
    if (((marks[index] ?? 0) & bit) !== 0) {
      parts[name] = true;
      any = true;
    }
  });
  return any ? parts : undefined;
}

function datePoint(
  precision: DatePeriod["precision"],
  year: number,
  month: number | undefined,
  day: number | undefined,
  yearDigits: number,
  marks: Marks,
  time: string | undefined,
): DatePeriod {
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

function subyearPoint(text: string, where: string, year: number, code: number, marks: Marks): SeasonPeriod | SubyearPeriod {
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

/**
 * Writes a period as EDTF, in the canonical form: a qualifier shared by every
 * part goes at the end (`2024-10?`); one shared by the first parts only goes
 * after the last of them (`2004-06~-11`); any other goes before each part it
 * qualifies (`?2004-06-~11`). `parsePeriod(formatPeriod(p))` gives back `p`.
 *
 * @category Time
 * @example
 * formatPeriod({ kind: "season", year: 2024, season: "autumn" });
 * //=> "2024-23"
 * formatPeriod({ kind: "date", precision: "day", year: 2004, month: 6, day: 11, approximate: { year: true, month: true } });
 * //=> "2004-06~-11"
 */
export function formatPeriod(period: Period | PeriodPoint): string {
  switch (period.kind) {
    case "interval":
      return `${formatEnd(period.start)}/${formatEnd(period.end)}`;
    case "season":
      return `${formatYear(period.year)}-${seasonCode(period.season, period.hemisphere)}${wholeQualifier(period)}`;
    case "subyear":
      return `${formatYear(period.year)}-${subyearCode(period.unit, period.index)}${wholeQualifier(period)}`;
    case "date":
      return formatDate(period);
  }
}

function formatEnd(end: IntervalEnd): string {
  if (end.kind === "open") return "..";
  if (end.kind === "unknown") return "";
  return formatPeriod(end);
}

function wholeQualifier(period: SeasonPeriod | SubyearPeriod): string {
  return QUALIFIER_CHARS[((period.uncertain ? 1 : 0) | (period.approximate ? 2 : 0)) as 0 | 1 | 2 | 3];
}

function formatDate(date: DatePeriod): string {
  const { precision, unspecified } = date;
  const texts = [formatYear(date.year)];
  if (unspecified === "year-last-digit") texts[0] = `${texts[0]?.slice(0, -1)}X`;
  if (unspecified === "year-last-two-digits") texts[0] = `${texts[0]?.slice(0, -2)}XX`;
  if (precision !== "year") texts.push(date.month === undefined ? "XX" : two(date.month));
  if (precision === "day") texts.push(date.day === undefined ? "XX" : two(date.day));
  const marks = texts.map((_, index) => {
    const name = PARTS[index] as Part;
    return (date.uncertain?.[name] ? 1 : 0) | (date.approximate?.[name] ? 2 : 0);
  });
  const time = date.time === undefined ? "" : `T${date.time}`;
  return `${qualifyTexts(texts, marks).join("-")}${time}`;
}

function two(value: number): string {
  return String(value).padStart(2, "0");
}

// The canonical placement of qualifiers, as the EDTF specification's examples write them.
function qualifyTexts(texts: string[], marks: number[]): string[] {
  const first = marks[0] ?? 0;
  let shared = 0;
  while (shared < marks.length && first !== 0 && marks[shared] === first) shared += 1;
  if (shared > 0 && marks.slice(shared).every((m) => m === 0)) {
    return texts.map((t, i) => (i === shared - 1 ? `${t}${QUALIFIER_CHARS[first as 0 | 1 | 2 | 3]}` : t));
  }
  return texts.map((t, i) => `${QUALIFIER_CHARS[(marks[i] ?? 0) as 0 | 1 | 2 | 3]}${t}`);
}

/** A day as an EDTF date, for bounds and phrases. @internal */
export function dayPeriod(date: Date): DatePeriod {
  const day = calendarDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  return { kind: "date", precision: "day", year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}
