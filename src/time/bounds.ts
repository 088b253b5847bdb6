import { rethrow } from "../_lib/guard.js";
import { oneOf, optionsOf } from "../_lib/assert.js";
import { isoDay } from "./calendar.js";
import { checkPeriod } from "./canonical.js";
import { pointRange } from "./range.js";
import type { QualifierPolicy } from "./range.js";
import type { IntervalEnd, Period } from "./schema.js";
import type { Hemisphere } from "./seasons.js";

/** Options for {@link periodBounds} and the comparisons built on it. */
export interface BoundsOptions {
  /**
   * The hemisphere for seasons that name none (EDTF codes 21–24); `"north"` by default.
   * Codes 25–32 name their own, and the option does not change them.
   */
  readonly hemisphere?: Hemisphere;
  /** How approximate and uncertain parts are read; `"as-stated"` by default. */
  readonly qualifiers?: QualifierPolicy;
}

/**
 * The first and last calendar day a period allows, as ISO 8601 dates
 * (`YYYY-MM-DD`, with a minus sign before year 0). `null` is an open or
 * unknown interval end: there is no bound on that side.
 */
export interface PeriodBounds {
  readonly earliest: string | null;
  readonly latest: string | null;
}

/**
 * The hemisphere option, `"north"` by default; `where` names the function in
 * the error, as `"resolveTimePhrase: "`. @internal
 */
export function checkHemisphere(hemisphere: Hemisphere | undefined, where = ""): Hemisphere {
  return oneOf(where.replace(/: $/, ""), "hemisphere", hemisphere ?? "north", ["north", "south"] as const);
}

/** The settings of the bounds functions. @internal */
export interface BoundsSettings {
  readonly hemisphere: Hemisphere;
  readonly qualifiers: QualifierPolicy;
}

/** The periods given to `where` (named by `paths`) and its options, checked; the defaults filled in. @internal */
export function boundsSettings(where: string, periods: readonly unknown[], paths: readonly string[], options: BoundsOptions | undefined): BoundsSettings {
  periods.forEach((p, i) => checkPeriod(where, paths[i] as string, p));
  const o = optionsOf(where, options, "options", ["hemisphere", "qualifiers"]);
  return {
    hemisphere: oneOf(where, "options.hemisphere", o.hemisphere ?? "north", ["north", "south"] as const),
    qualifiers: oneOf(where, "options.qualifiers", o.qualifiers ?? "as-stated", ["as-stated", "widen"] as const),
  };
}

/** The first and last day of a checked period as Dates; null for an open or unknown end. @internal */
export function periodRange(period: Period, settings: BoundsSettings = { hemisphere: "north", qualifiers: "as-stated" }): [Date | null, Date | null] {
  const { hemisphere, qualifiers } = settings;
  const side = (end: IntervalEnd, index: 0 | 1): Date | null =>
    end.kind === "open" || end.kind === "unknown" ? null : pointRange(end, hemisphere, qualifiers)[index];
  if (period.kind === "interval") return [side(period.start, 0), side(period.end, 1)];
  return pointRange(period, hemisphere, qualifiers);
}

/**
 * The earliest and latest calendar day a period allows.
 *
 * A year runs from 1 January to 31 December, a month to its last day, a
 * season or sub-year grouping through the months of the season table
 * (`SEASON_START_MONTH`), `X` digits over every value they allow (`201X` is
 * 2010–2019). An interval runs from the earliest day of its start to the
 * latest day of its end; an open or unknown end is `null` (no day is known on
 * that side; `isWithin` and `overlapsPeriod` tell the two apart). A date and
 * time is bounded by its day as written, its offset not applied:
 * `2025-03-01T23:30:00-05:00` is 1 March, the day `describePeriod` names (in
 * UTC, as a revision history's clocks place it, it is 2 March). Approximate
 * and uncertain parts widen the bounds only under `qualifiers: "widen"`.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period (a string included: read EDTF with `period()` first); `invalid-option` for options that are not an object, or a hemisphere or qualifier policy outside the documented values.
 * @example
 * periodBounds(period("2024-23"));
 * //=> { earliest: "2024-09-01", latest: "2024-11-30" }
 * periodBounds(period("2024-23"), { hemisphere: "south" });
 * //=> { earliest: "2024-03-01", latest: "2024-05-31" }
 * periodBounds(period("2024~"), { qualifiers: "widen" });
 * //=> { earliest: "2023-01-01", latest: "2025-12-31" }
 * periodBounds(period("2024-10/.."));
 * //=> { earliest: "2024-10-01", latest: null }
 * periodBounds(period("2025-03-01T23:30:00-05:00"));
 * //=> { earliest: "2025-03-01", latest: "2025-03-01" }
 */
export function periodBounds(period: Period, options?: BoundsOptions): PeriodBounds {
  try {
    return boundsOf(period, boundsSettings("periodBounds", [period], ["period"], options));
  } catch (error) {
    rethrow("periodBounds", { period, options }, error);
  }
}

/** {@link periodBounds} of a period already checked (or read by `parsePeriod`). @internal */
export function boundsOf(period: Period, settings?: BoundsSettings): PeriodBounds {
  const [earliest, latest] = periodRange(period, settings);
  return { earliest: earliest && isoDay(earliest), latest: latest && isoDay(latest) };
}
