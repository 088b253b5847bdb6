// The two clocks as numbers, for the sorted index of a revision history.
// Valid time is counted in days since 1970-01-01 (proleptic Gregorian);
// knowledge time in seconds since 1970-01-01T00:00:00 UTC, with a time of
// day's offset applied (a time with none, and a date, read as UTC), so that
// reports written in different zones are known in the order they came out.
// Not exported from the package.

import { fail } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import type { Claim } from "../claim/schema.js";
import { boundsOf } from "../time/bounds.js";
import { daysInMonth } from "../time/calendar.js";
import { parsePeriod } from "../time/edtf.js";
import { digits } from "../time/edtf-read.js";
import { pointRange } from "../time/range.js";
import type { Period } from "../time/schema.js";
import type { PeriodTypes } from "../time/shapes.js";

/** Before every day or second: an open start. @internal */
export const OPEN_START = -Number.MAX_SAFE_INTEGER;
/** After every day or second: an open end, or "never". @internal */
export const OPEN_END = Number.MAX_SAFE_INTEGER;
/** Seconds in a day. @internal */
export const DAY = 86_400;

/** Days from 1970-01-01 to a proleptic Gregorian date. @internal */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The proleptic Gregorian date of a day number (days since 1970-01-01), the inverse of {@link daysFromCivil} (H. Hinnant's `civil_from_days`). @internal */
export function civilOfDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

/** The ISO calendar date `YYYY-MM-DD` of a day number. @internal */
export function isoOfDay(day: number): string {
  const { year, month, day: d } = civilOfDay(day);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}-${two(month)}-${two(d)}`;
}

/**
 * The day number of an ISO calendar date `YYYY-MM-DD` (a minus sign allowed before the year, and
 * years of five or six digits, as `periodBounds` writes past 9999), or undefined. @internal
 */
export function isoDayNumber(text: string): number | undefined {
  const sign = text.charCodeAt(0) === 45 ? 1 : 0;
  const dash = text.length - 6; // "-MM-DD" ends the date
  if (dash - sign < 4 || dash - sign > 6 || text.charCodeAt(dash) !== 45 || text.charCodeAt(dash + 3) !== 45) return undefined;
  const y = digits(text, sign, dash);
  const m = digits(text, dash + 1, dash + 3);
  const d = digits(text, dash + 4, dash + 6);
  if (y < 0 || m < 1 || m > 12 || d < 1) return undefined;
  const year = sign ? -y : y;
  if (d > daysInMonth(year, m)) return undefined;
  return daysFromCivil(year, m, d);
}

/**
 * Seconds from the start of a day, in UTC, to a time of day on it, `hh:mm:ss` then `Z`, an
 * offset `±hh` or `±hh:mm` (RFC 3339, ISO 8601), or nothing (read as UTC): "14:00:00+03:00"
 * is 39,600 (11:00 UTC), and "01:00:00+03:00" is -7,200, in the UTC day before. @internal
 */
export function utcSecondsOfDay(time: string): number {
  const written = digits(time, 0, 2) * 3600 + digits(time, 3, 5) * 60 + digits(time, 6, 8);
  if (time.length <= 9) return written; // "hh:mm:ss" or "hh:mm:ssZ"
  const offset = digits(time, 9, 11) * 3600 + (time.length > 12 ? digits(time, 12, 14) * 60 : 0);
  return time.charCodeAt(8) === 45 ? written + offset : written - offset;
}

/** The second since 1970-01-01T00:00:00 UTC of a date with a time of day, its offset applied. */
function pointInstant(point: PeriodTypes["date"], time: string): number {
  return daysFromCivil(point.year, point.month ?? 1, point.day ?? 1) * DAY + utcSecondsOfDay(time);
}

/**
 * The first (`side` 0) or last (`side` 1) day of a dated point, as a day
 * number, as `periodBounds` reads it: qualifiers as stated, a season that
 * names no hemisphere in the north; but a date with a time of day on its day
 * in UTC ("2022-03-12T01:00:00+03:00" is 11 March). A date is read from its
 * fields, without a `Date`; a season or sub-year grouping through the time room.
 */
function pointDay(point: PeriodTypes["point"], side: 0 | 1): number {
  if (point.kind === "date" && point.time !== undefined) return Math.floor(pointInstant(point, point.time) / DAY);
  if (point.kind !== "date") {
    const day = pointRange(point, "north")[side];
    return daysFromCivil(day.getFullYear(), day.getMonth() + 1, day.getDate());
  }
  if (side === 0) return daysFromCivil(point.year, point.month ?? 1, point.day ?? 1);
  const years = point.unspecified === "year-last-digit" ? 10 : point.unspecified === "year-last-two-digits" ? 100 : 1;
  const year = point.year + years - 1;
  const month = point.month ?? 12;
  return daysFromCivil(year, month, point.day ?? daysInMonth(year, month));
}

/**
 * Whether a period is, or has at an end, a date with unspecified digits (`20XX`, `202X`,
 * `2025-XX`, `2025-04-XX`): one date whose X digits are not known, not the whole span they
 * allow. A history cannot place such a valid time: at the end of its span `20XX` would sit
 * at 2099-12-31, after every other figure, and be the latest figure of every query. @internal
 */
export function hasUnspecifiedDigits(period: Period): boolean {
  if (period.kind === "interval") return [period.start, period.end].some((p) => p.kind === "date" && p.unspecified !== undefined);
  return period.kind === "date" && period.unspecified !== undefined;
}

/** {@link hasUnspecifiedDigits} of an EDTF text; false for one that does not read. @internal */
export function hasUnspecifiedText(edtf: string): boolean {
  if (!edtf.includes("X")) return false;
  const read = parsePeriod(edtf);
  return read.ok && hasUnspecifiedDigits(read.value);
}

/** Why a history refuses a valid time with unspecified digits (see {@link hasUnspecifiedDigits}). @internal */
export const UNSPECIFIED_VALID_TIME =
  'has unspecified digits (X): it is one date whose X digits are not known, so a history cannot place it on the valid-time axis (at the end of its span it would be the latest figure of every query); give the date, or the period the figure covers ("2025" for a figure of the whole year)';

/** The first (`side` 0) or last (`side` 1) day a period allows, as a day number; `null` for an open or unknown end. */
function periodDay(period: Period, side: 0 | 1): number | null {
  if (period.kind !== "interval") return pointDay(period, side);
  const end = side === 0 ? period.start : period.end;
  return end.kind === "open" || end.kind === "unknown" ? null : pointDay(end, side);
}

/**
 * The first and last day a period allows, as day numbers on the clocks' axis (a date with a
 * time of day on its day in UTC); `null` for an open or unknown end. @internal
 */
export function periodDays(period: Period): { readonly first: number | null; readonly last: number | null } {
  return { first: periodDay(period, 0), last: periodDay(period, 1) };
}

/**
 * The first and last day of a period as ISO dates, as `periodBounds` gives them, but a date
 * with a time of day on its day in UTC, as the clocks place it ("2024-10-31T23:00:00-05:00"
 * is 1 November). @internal
 */
export function clockBounds(period: Period): { readonly earliest: string | null; readonly latest: string | null } {
  if (period.kind !== "date" || period.time === undefined) return boundsOf(period);
  const day = isoOfDay(pointDay(period, 0));
  return { earliest: day, latest: day };
}

/**
 * How imprecise times are read on the two clocks. `knownFrom`: a claim is
 * known from the end of the last day its `reportedAt` allows (`"end"`, the
 * default: a figure briefed some time in January is not known on 5 January,
 * and one reported on 30 April not at noon that day) or from the start of the
 * first (`"start"`); a report with a time of day is known from that time
 * either way, in UTC (`T14:00:00+03:00` at 11:00 UTC). With `"end"`, a `reportedAt` with no end (`"2025-04/.."`) is
 * never known, and revision histories refuse it. `anchor`: a claim sits on the valid-time axis at the
 * last day of its valid time (`"end"`, the default: a level as of January is
 * the level at the end of January) or at the first (`"start"`).
 */
export interface Clocks {
  readonly knownFrom: "start" | "end";
  readonly anchor: "start" | "end";
}

/** The default {@link Clocks}: no hindsight, levels at the end of their period. @internal */
export const END_CLOCKS: Clocks = { knownFrom: "end", anchor: "end" };
/** How histories were read before {@link Clocks} existed. @internal */
export const START_CLOCKS: Clocks = { knownFrom: "start", anchor: "start" };
/** The values each clock takes. @internal */
export const CLOCK_ENDS: readonly ("start" | "end")[] = ["start", "end"];

/** Where a claim sits on both clocks. @internal */
export interface ClaimClock {
  /** The first day of the valid time. */
  readonly validStart: number;
  /** The day the claim sits at on the valid-time axis (see {@link Clocks}); the first day when the valid time has an open end. */
  readonly anchor: number;
  /** The second the claim became known: its time of day if `reportedAt` has one, else the first second of its first day or the last second of its last day (see {@link Clocks}). */
  readonly knownFrom: number;
  /** The last day `reportedAt` allows. */
  readonly reportedBy: number;
  /**
   * The first second the report may have come out: its time of day, else the
   * first second of its first day; `knownFrom` itself with `knownFrom: "start"`,
   * which says that reports come out at the start of their period.
   */
  readonly reportedFrom: number;
}

function readClaimTime(c: Claim, field: "validTime" | "reportedAt"): Period {
  const read = parsePeriod(c[field]);
  if (!read.ok) {
    throw new FogcountError("invalid-claim", `claim ${JSON.stringify(c.id)}: ${field} is not EDTF (${read.reason})`, {
      id: c.id,
      value: c[field],
    });
  }
  return read.value;
}

/** Reads a claim's valid and report times once, through the time room. @internal */
export function claimClock(c: Claim, clocks: Clocks = END_CLOCKS): ClaimClock {
  return clockOf(readClaimTime(c, "validTime"), readClaimTime(c, "reportedAt"), clocks);
}

/** Where a valid time sits on the valid-time axis (see {@link ClaimClock}). @internal */
export type ValidClock = Pick<ClaimClock, "validStart" | "anchor">;
/** When a report time makes a claim known (see {@link ClaimClock}). @internal */
export type ReportClock = Pick<ClaimClock, "knownFrom" | "reportedBy" | "reportedFrom">;

/**
 * Where a claim with this valid time sits on the valid-time axis. With `anchor: "start"`, a valid
 * time whose start is open or unknown ("../2025-03") has no first day: it sits at
 * {@link OPEN_START}, which the searches never give as an answer (read as the beginning of
 * time, it would be in force for every time asked about, 1900 included). @internal
 */
export function validClock(validPeriod: Period, clocks: Clocks = END_CLOCKS): ValidClock {
  const validStart = periodDay(validPeriod, 0) ?? OPEN_START;
  const validEnd = periodDay(validPeriod, 1);
  return { validStart, anchor: clocks.anchor === "end" && validEnd !== null ? validEnd : validStart };
}

/** When a claim with this report time became known, and when its report may have come out. @internal */
export function reportClock(reportedPeriod: Period, clocks: Clocks = END_CLOCKS): ReportClock {
  const firstReport = periodDay(reportedPeriod, 0) ?? OPEN_START;
  const reportedLast = periodDay(reportedPeriod, 1);
  const lastReport = reportedLast ?? firstReport;
  const end = clocks.knownFrom === "end";
  const reportDay = end ? lastReport : firstReport;
  // a date without a time of day is known from the end of that day (or, from the start, its start)
  const timed = reportedPeriod.kind === "date" && reportedPeriod.time !== undefined;
  const knownFrom = timed
    ? pointInstant(reportedPeriod, reportedPeriod.time as string)
    : reportDay === OPEN_START
      ? OPEN_START
      : reportDay * DAY + (end ? DAY - 1 : 0);
  return {
    knownFrom,
    reportedBy: reportedLast ?? OPEN_END,
    reportedFrom: !end || timed || firstReport === OPEN_START ? knownFrom : firstReport * DAY,
  };
}

/** Where a claim with these valid and report times sits on both clocks. @internal */
export function clockOf(validPeriod: Period, reportedPeriod: Period, clocks: Clocks = END_CLOCKS): ClaimClock {
  const valid = validClock(validPeriod, clocks);
  const report = reportClock(reportedPeriod, clocks);
  // written out, not spread: a spread of two objects is many times slower, and a history reads a clock for every claim
  return { validStart: valid.validStart, anchor: valid.anchor, knownFrom: report.knownFrom, reportedBy: report.reportedBy, reportedFrom: report.reportedFrom };
}

/** A query time's day (its latest, in UTC) and, for a date and time, its second; `invalid-as-of` naming `path` and the value for one that is not EDTF or has no latest day. */
function readQuery(where: string, path: string, text: unknown): { day: number; second: number | undefined } {
  if (typeof text !== "string") fail(where, path, "must be an EDTF date or period", text, "invalid-as-of");
  const fast = isoDayNumber(text);
  if (fast !== undefined) return { day: fast, second: undefined };
  const read = parsePeriod(text);
  if (!read.ok) fail(where, path, `is not an EDTF date or period (${read.reason})`, text, "invalid-as-of");
  // "20XX" is one date whose digits are not known: its latest day, 2099-12-31, is no time asked about
  if (hasUnspecifiedDigits(read.value)) fail(where, path, "has unspecified digits (X): it is one date whose X digits are not known, not a time to ask about; give the date, or the period meant (\"2025\")", text, "invalid-as-of");
  const latest = periodDay(read.value, 1);
  if (latest === null) fail(where, path, "has no latest day", text, "invalid-as-of");
  const p = read.value;
  return { day: latest, second: p.kind === "date" && p.time !== undefined ? pointInstant(p, p.time) : undefined };
}

/** The day a `valid` query (at `path`) stands for: the latest day of the period; the latest of all when omitted. @internal */
export function validQueryDay(where: string, valid: string | undefined, path: string): number {
  return valid === undefined ? OPEN_END : readQuery(where, path, valid).day;
}

/**
 * The second a `known` query stands for: a date and time at that time, any
 * other period at the end of its latest day; the latest of all when omitted. @internal
 */
export function knownQuerySecond(where: string, known: string | undefined, path: string): number {
  if (known === undefined) return OPEN_END - 1;
  const { day, second } = readQuery(where, path, known);
  return second ?? day * DAY + DAY - 1;
}
