import { compareDays, daysInMonth } from "./calendar.js";
import { quote, readPoint, reject, Reject } from "./edtf-point.js";
import { writeEdtf } from "./edtf-write.js";
import { pointRange } from "./range.js";
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
  if (isDated(start) && isDated(end)) {
    for (const hemisphere of ["north", "south"] as const) {
      const [earliest] = pointRange(start, hemisphere);
      const [, latest] = pointRange(end, hemisphere);
      if (compareDays(earliest, latest) > 0) {
        reject(text, `the interval starts (${writeEdtf(start)}) after it ends (${writeEdtf(end)})`);
      }
    }
  }
  return { kind: "interval", start, end };
}

function isDated(end: IntervalEnd): end is PeriodTypes["point"] {
  return end.kind !== "open" && end.kind !== "unknown";
}

function readEnd(text: string, part: string): IntervalEnd {
  if (part === "") return { kind: "unknown" };
  if (part === "..") return { kind: "open" };
  return readPoint(text, part, true);
}

const PLAIN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d\d))?)?$/;

/**
 * The period of a plain date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a day of
 * that month), read without the general reader: the same period it reads, as
 * most times in real data are written. Undefined for anything else, which the
 * general reader reads. @internal
 */
export function plainDate(text: string): PeriodTypes["date"] | undefined {
  const [, y, m, d] = PLAIN.exec(text) ?? [];
  if (y === undefined) return undefined;
  const year = Number(y);
  if (m === undefined) return { kind: "date", precision: "year", year };
  const month = Number(m);
  if (d === undefined) return { kind: "date", precision: "month", year, month };
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(year, month) ? { kind: "date", precision: "day", year, month, day } : undefined;
}
