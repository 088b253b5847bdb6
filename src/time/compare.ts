import { rethrow } from "../_lib/guard.js";
import { boundsSettings, periodRange } from "./bounds.js";
import type { BoundsOptions } from "./bounds.js";
import { compareDays } from "./calendar.js";
import type { Period } from "./schema.js";
import { both, decided, notAfter, sidesOf } from "./sides.js";

// An unbounded start is before every day; an unbounded end after every day.
function compareStarts(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareDays(a, b);
}

function compareEnds(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareDays(a, b);
}

/**
 * Orders two periods by their bounds, for `Array.prototype.sort`: first by
 * the earliest day (an open or unknown start comes first), then by the latest
 * day (an open or unknown end comes last). Returns -1, 0 or 1. This is an
 * order to sort by, not a finding: an unknown end sorts with the open ones,
 * though it is a day, and `isWithin` and `overlapsPeriod` refuse to answer
 * what turns on it.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period; `invalid-option` for options that are not an object or outside their documented values.
 * @example
 * [period("2025-03"), period("2024-23"), period("2025")].sort(comparePeriods).map(formatPeriod);
 * //=> ["2024-23", "2025", "2025-03"]
 */
export function comparePeriods(a: Period, b: Period, options?: BoundsOptions): -1 | 0 | 1 {
  try {
    const settings = boundsSettings("comparePeriods", [a, b], ["a", "b"], options);
    const [aStart, aEnd] = periodRange(a, settings);
    const [bStart, bEnd] = periodRange(b, settings);
    const order = compareStarts(aStart, bStart) || compareEnds(aEnd, bEnd);
    return order < 0 ? -1 : order > 0 ? 1 : 0;
  } catch (error) {
    rethrow("comparePeriods", { a, b, options }, error);
  }
}

/**
 * Whether every day `inner` allows lies within `outer`: "is January–March
 * within the first half of 2025?".
 *
 * EDTF's two kinds of missing end are read apart. An open end (`..`) is no
 * end: the interval runs on (or from no stated start), past every day. An
 * unknown end (written as nothing: `2024/`) is a day that is not known, no
 * earlier than the start allows. Where the answer turns on that day, there is
 * no answer, and it throws; where it does not, it answers:
 * `isWithin(period("2020"), period("2024/"))` is false, whatever the end.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period, or where the answer turns on an unknown interval end (the path names it: `outer.end`); `invalid-option` for options that are not an object or outside their documented values.
 * @example
 * isWithin(period("2025-01/2025-03"), period("2025-40"));
 * //=> true
 * isWithin(period("2024-23"), period("2024-10"));
 * //=> false
 * isWithin(period("2030"), period("2024/.."));
 * //=> true
 * isWithin(period("2024/.."), period("2023/"));
 * //=> false
 */
export function isWithin(inner: Period, outer: Period, options?: BoundsOptions): boolean {
  try {
    const settings = boundsSettings("isWithin", [inner, outer], ["inner", "outer"], options);
    const sides = [sidesOf(inner, settings), sidesOf(outer, settings)] as const;
    const answer = both(notAfter(sides[1].start, sides[0].start), notAfter(sides[0].end, sides[1].end));
    return decided("isWithin", answer, "whether inner lies within outer", ["inner", "outer"], [inner, outer], sides);
  } catch (error) {
    rethrow("isWithin", { inner, outer, options }, error);
  }
}

/**
 * Whether two periods share at least one day. An open end (`..`) runs past
 * every day; an unknown end (nothing) is a day not known, as in
 * {@link isWithin}, and an answer that turns on it is refused.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period, or where the answer turns on an unknown interval end (the path names it: `b.end`); `invalid-option` for options that are not an object or outside their documented values.
 * @example
 * overlapsPeriod(period("2024-23"), period("2024-11/2025-02"));
 * //=> true
 * overlapsPeriod(period("2024-23"), period("2024-24"));
 * //=> false
 * overlapsPeriod(period("2030"), period("/2024"));
 * //=> false
 */
export function overlapsPeriod(a: Period, b: Period, options?: BoundsOptions): boolean {
  try {
    const settings = boundsSettings("overlapsPeriod", [a, b], ["a", "b"], options);
    const sides = [sidesOf(a, settings), sidesOf(b, settings)] as const;
    const answer = both(notAfter(sides[0].start, sides[1].end), notAfter(sides[1].start, sides[0].end));
    return decided("overlapsPeriod", answer, "whether a and b share a day", ["a", "b"], [a, b], sides);
  } catch (error) {
    rethrow("overlapsPeriod", { a, b, options }, error);
  }
}
