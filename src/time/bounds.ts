import { FogcountError } from "../errors.js";
import { isoDay } from "./calendar.js";
import { pointRange } from "./range.js";
import type { QualifierPolicy } from "./range.js";
import type { IntervalEnd, Period } from "./schema.js";
import type { Hemisphere } from "./seasons.js";

/** Options for {@link periodBounds} and the comparisons built on it. */
export interface BoundsOptions {
  /** The hemisphere for seasons that name none (EDTF codes 21–24); `"north"` by default. */
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

/** The hemisphere option, `"north"` by default; `where` names the function in the error. @internal */
export function checkHemisphere(hemisphere: Hemisphere | undefined, where = ""): Hemisphere {
  const h = hemisphere ?? "north";
  if (h !== "north" && h !== "south") {
    throw new FogcountError("invalid-option", `${where}hemisphere must be "north" or "south", got ${String(h)}`, { hemisphere: h });
  }
  return h;
}

/** Checks the options and fills in the defaults. @internal */
export function boundsSettings(options: BoundsOptions): { hemisphere: Hemisphere; qualifiers: QualifierPolicy } {
  const hemisphere = checkHemisphere(options.hemisphere);
  const qualifiers = options.qualifiers ?? "as-stated";
  if (qualifiers !== "as-stated" && qualifiers !== "widen") {
    throw new FogcountError("invalid-option", `qualifiers must be "as-stated" or "widen", got ${String(qualifiers)}`, {
      qualifiers,
    });
  }
  return { hemisphere, qualifiers };
}

/** The first and last day of a period as Dates; null for an open or unknown end. @internal */
export function periodRange(period: Period, options: BoundsOptions = {}): [Date | null, Date | null] {
  const { hemisphere, qualifiers } = boundsSettings(options);
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
 * latest day of its end; an open or unknown end is `null`. A date and time is
 * bounded by its day as written. Approximate and uncertain parts widen the
 * bounds only under `qualifiers: "widen"`.
 *
 * @category Time
 * @throws {FogcountError} `invalid-option` for a hemisphere or qualifier policy outside the documented values.
 * @example
 * periodBounds(period("2024-23"));
 * //=> { earliest: "2024-09-01", latest: "2024-11-30" }
 * periodBounds(period("2024-23"), { hemisphere: "south" });
 * //=> { earliest: "2024-03-01", latest: "2024-05-31" }
 * periodBounds(period("2024~"), { qualifiers: "widen" });
 * //=> { earliest: "2023-01-01", latest: "2025-12-31" }
 * periodBounds(period("2024-10/.."));
 * //=> { earliest: "2024-10-01", latest: null }
 */
export function periodBounds(period: Period, options: BoundsOptions = {}): PeriodBounds {
  const [earliest, latest] = periodRange(period, options);
  return { earliest: earliest && isoDay(earliest), latest: latest && isoDay(latest) };
}
