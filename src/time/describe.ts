import { rethrow } from "../_lib/guard.js";
import { checkPeriod } from "./canonical.js";
import { formatYear } from "./calendar.js";
import type { IntervalEnd, Period } from "./schema.js";
import type { SEASON_START_MONTH } from "./seasons.js";

const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
] as const;

const SUBYEARS = { quarter: ["Q1", "Q2", "Q3", "Q4"], quadrimester: ["first third of", "second third of", "last third of"], semester: ["first half of", "second half of"] } as const;

type Point = Exclude<IntervalEnd, { kind: "open" | "unknown" }>;

/** The years a season that runs into the next year spans: "2024–25", or "2099–2100" across a century. */
function yearsFrom(year: number): string {
  const next = year + 1;
  return year >= 1000 && Math.floor(year / 100) === Math.floor(next / 100) ? `${formatYear(year)}–${String(next).slice(-2)}` : `${formatYear(year)}–${formatYear(next)}`;
}

/** Whether a season runs into the next year: winter in the north (and where no hemisphere is named, read as north), summer in the south. */
function crossesYear(p: Extract<Point, { kind: "season" }>): boolean {
  return p.hemisphere === "south" ? p.season === "summer" : p.season === "winter";
}

/**
 * A point in words, its year left off when `withYear` is false. A season on its own that runs
 * into the next year names both ("winter 2024–25"), as "winter 2024" reads as either winter.
 */
function point(p: Point, withYear = true, alone = false): string {
  const hedge = p.approximate !== undefined || p.uncertain !== undefined ? "about " : "";
  const year = withYear ? ` ${formatYear(p.year)}` : "";
  if (p.kind === "season") return `${hedge}${p.season}${alone && crossesYear(p) ? ` ${yearsFrom(p.year)}` : year}`;
  if (p.kind === "subyear") return `${hedge}${SUBYEARS[p.unit][p.index - 1] ?? ""}${year}`;
  if (p.unspecified === "year-last-digit" || p.unspecified === "year-last-two-digits") return `${hedge}the ${formatYear(p.year)}s`;
  const precision = p.unspecified === "month" || p.unspecified === "month-and-day" ? "year" : p.unspecified === "day" ? "month" : p.precision;
  const month = MONTHS[(p.month ?? 1) - 1];
  if (precision === "day") return `${hedge}${p.day} ${month}${year}`;
  if (precision === "month") return `${hedge}${month}${year}`;
  return `${hedge}${formatYear(p.year)}`;
}

/** An interval's end in words. */
function end(e: IntervalEnd, withYear: boolean): string {
  if (e.kind === "open") return "";
  if (e.kind === "unknown") return "an unknown date";
  return point(e, withYear);
}

/**
 * A period in the words a reader expects, for labels, captions and
 * explanations: "autumn 2024", "January 2025", "30 April 2025",
 * "January–March 2025", "by 30 April 2025", "from 2023". A season that runs
 * into the next year names both years ("winter 2024–25": December 2024 to
 * February 2025, see {@link SEASON_START_MONTH}).
 *
 * English only; approximate or uncertain parts are written "about …". The
 * EDTF form ({@link formatPeriod}) remains the one to store and compare.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period.
 * @example
 * describePeriod(period("2024-23"));
 * //=> "autumn 2024"
 * describePeriod(period("2024-24"));
 * //=> "winter 2024–25"
 * describePeriod(period("2025-01/2025-03"));
 * //=> "January–March 2025"
 * describePeriod(period("../2025-04-30"));
 * //=> "by 30 April 2025"
 */
export function describePeriod(period: Period): string {
  try {
    checkPeriod("describePeriod", "period", period);
    if (period.kind !== "interval") return point(period, true, true);
    const { start, end: last } = period;
    // an interval has at least one dated end
    if (start.kind === "open" || start.kind === "unknown") return `by ${end(last, true)}`;
    if (last.kind === "open") return `from ${end(start, true)}`;
    const sameYear = last.kind !== "unknown" && start.year === last.year && !(start.kind === "date" && start.precision === "year");
    return `${end(start, !sameYear)}–${end(last, true)}`;
  } catch (error) {
    rethrow("describePeriod", { period }, error);
  }
}
