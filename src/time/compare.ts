import { rethrow } from "../_lib/guard.js";
import { boundsSettings, periodRange } from "./bounds.js";
import type { BoundsOptions } from "./bounds.js";
import { compareDays } from "./calendar.js";
import type { Period } from "./schema.js";

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
 * day (an open or unknown end comes last). Returns -1, 0 or 1.
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
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period; `invalid-option` for options that are not an object or outside their documented values.
 * @example
 * isWithin(period("2025-01/2025-03"), period("2025-40"));
 * //=> true
 * isWithin(period("2024-23"), period("2024-10"));
 * //=> false
 */
export function isWithin(inner: Period, outer: Period, options?: BoundsOptions): boolean {
  try {
    const settings = boundsSettings("isWithin", [inner, outer], ["inner", "outer"], options);
    const [innerStart, innerEnd] = periodRange(inner, settings);
    const [outerStart, outerEnd] = periodRange(outer, settings);
    return compareStarts(outerStart, innerStart) <= 0 && compareEnds(innerEnd, outerEnd) <= 0;
  } catch (error) {
    rethrow("isWithin", { inner, outer, options }, error);
  }
}

/**
 * Whether two periods share at least one day.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period; `invalid-option` for options that are not an object or outside their documented values.
 * @example
 * overlapsPeriod(period("2024-23"), period("2024-11/2025-02"));
 * //=> true
 * overlapsPeriod(period("2024-23"), period("2024-24"));
 * //=> false
 */
export function overlapsPeriod(a: Period, b: Period, options?: BoundsOptions): boolean {
  try {
    const settings = boundsSettings("overlapsPeriod", [a, b], ["a", "b"], options);
    const [aStart, aEnd] = periodRange(a, settings);
    const [bStart, bEnd] = periodRange(b, settings);
    const before = (end: Date | null, start: Date | null): boolean =>
      end !== null && start !== null && compareDays(end, start) < 0;
    return !before(aEnd, bStart) && !before(bEnd, aStart);
  } catch (error) {
    rethrow("overlapsPeriod", { a, b, options }, error);
  }
}
