import { compareDays, daysInMonth } from "./calendar.js";
import { quote, readPoint, reject, Reject } from "./edtf-point.js";
import { writeEdtf } from "./edtf-write.js";
import { pointRange } from "./range.js";
import type { Hemisphere } from "./seasons.js";
import type { IntervalEnd, PeriodTypes } from "./shapes.js";

// The EDTF reader: a string to a period, or the reason it is not one. It
// checks no argument; `parsePeriod` is the public function, and the schema's
// canonical check reads with it.

/** What the reader returns: the period, or why there is none (`parsePeriod`'s `PeriodResult`). @internal */
export type EdtfReading =
  | { readonly ok: true; readonly value: PeriodTypes["period"] }
  | { readonly ok: false; readonly reason: string };

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

/** Reads an EDTF string as `parsePeriod` documents; never throws. @internal */
export function readEdtf(edtf: string): EdtfReading {
  try {
    return { ok: true, value: read(edtf) };
  } catch (error) {
    if (error instanceof Reject) return { ok: false, reason: error.reason };
    /* c8 ignore next */
    return { ok: false, reason: `${quote(edtf)}: ${String(error)}` };
  }
}

function read(text: string): PeriodTypes["period"] {
  const plain = plainDate(text);
  if (plain !== undefined) return plain;
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
  if (isDated(start) && isDated(end)) checkOrder(text, start, end);
  return { kind: "interval", start, end };
}

/**
 * Refuses an interval that starts after it ends. A season that names no hemisphere (codes
 * 21–24) is read with the `hemisphere` option of the function that reads the period, so the
 * interval must run forward in both readings; one that runs forward in only one is refused
 * with the reading it fails in and the same interval with its hemisphere named.
 */
function checkOrder(text: string, start: PeriodTypes["point"], end: PeriodTypes["point"]): void {
  const backwards = (["north", "south"] as const).filter((h) => compareDays(pointRange(start, h)[0], pointRange(end, h)[1]) > 0);
  if (backwards.length === 0) return;
  const reason = `the interval starts (${writeEdtf(start)}) after it ends (${writeEdtf(end)})`;
  if (backwards.length === 2) reject(text, reason);
  const failing = backwards[0] as Hemisphere;
  const other: Hemisphere = failing === "north" ? "south" : "north";
  const named = (p: PeriodTypes["point"]): PeriodTypes["point"] => (p.kind === "season" && p.hemisphere === undefined ? { ...p, hemisphere: other } : p);
  reject(
    text,
    `${reason} when its seasons are read in the ${failing === "north" ? "northern" : "southern"} hemisphere: codes 21–24 name none and are read either way (by the hemisphere option), so such an interval must run forward in both; name the hemisphere with codes 25–28 (northern) or 29–32 (southern), as in ${quote(writeEdtf({ kind: "interval", start: named(start), end: named(end) }))}`,
  );
}

function isDated(end: IntervalEnd): end is PeriodTypes["point"] {
  return end.kind !== "open" && end.kind !== "unknown";
}

function readEnd(text: string, part: string): IntervalEnd {
  if (part === "") return { kind: "unknown" };
  if (part === "..") return { kind: "open" };
  return readPoint(text, part, true);
}

/** The number that `text` holds from `from` to `to` in ASCII digits, or -1 if a character there is not one. @internal */
export function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The period of a plain date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a month of
 * 01–12, a day of that month), read without the general reader: the same
 * period it reads, as most times in real data are written. Undefined for
 * anything else, which the general reader reads. @internal
 */
export function plainDate(text: string): PeriodTypes["date"] | undefined {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0) return undefined;
  if (n === 4) return { kind: "date", precision: "year", year };
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 7) : -1;
  if (month < 1 || month > 12) return undefined;
  if (n === 7) return { kind: "date", precision: "month", year, month };
  const day = text.charCodeAt(7) === 45 ? digits(text, 8, 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { kind: "date", precision: "day", year, month, day };
}
