import { rethrow } from "../_lib/guard.js";
import { oneOf, optionsOf } from "../_lib/assert.js";
import type { BoundsOptions } from "./bounds.js";
import { checkPeriod } from "./canonical.js";
import { hedgeOf, keepsItsYear, namesTwoYears, pointWords } from "./describe-words.js";
import type { Point } from "./describe-words.js";
import type { IntervalPeriod, Period } from "./schema.js";
import type { Hemisphere, SEASON_START_MONTH } from "./seasons.js";

/** An interval in words; both ends dated. */
function between(start: Point, end: Point, hemisphere: Hemisphere): string {
  // Ends of the same words ("2025/2025", "2004-XX/2004") are one period, named once.
  const whole = pointWords(start, hemisphere, true, true);
  if (whole === pointWords(end, hemisphere, true, true)) return whole;
  // words that name one date of a span ("a day of June 2004") keep their year and are set off too
  const oneDate = (p: Point): boolean => p.kind === "date" && p.unspecified !== undefined;
  const twoYears = namesTwoYears(start, hemisphere) || namesTwoYears(end, hemisphere) || oneDate(start) || oneDate(end);
  // The start's year is left to the end's words only where those words name it, once.
  const shared = start.year === end.year && !twoYears && !keepsItsYear(start) && !(end.kind === "date" && keepsItsYear(end)) && hedgeOf(start).after === "";
  // An end that names a span of years ("winter 2024–25") is set off with spaces, so that the dashes read apart.
  const dash = twoYears ? " – " : "–";
  return `${pointWords(start, hemisphere, !shared)}${dash}${pointWords(end, hemisphere)}`;
}

/** An interval in words, an open or unknown end included. */
function intervalWords(period: IntervalPeriod, hemisphere: Hemisphere): string {
  const { start, end } = period;
  // an interval has at least one dated end
  if (start.kind === "open") return `by ${pointWords(end as Point, hemisphere)}`;
  if (start.kind === "unknown") return `an unknown date–${pointWords(end as Point, hemisphere)}`;
  if (end.kind === "open") return `from ${pointWords(start, hemisphere)}`;
  if (end.kind === "unknown") return `${pointWords(start, hemisphere)}–an unknown date`;
  return between(start, end, hemisphere);
}

/**
 * A period in the words a reader expects, for labels, captions and
 * explanations: "autumn 2024", "January 2025", "30 April 2025",
 * "January–March 2025", "by 30 April 2025", "from 2023". A date with `X` digits is one
 * date whose X digits are not known: "a day of April 1985" (`1985-04-XX`), "a year of the
 * 2010s" (`201X`), "a year of 2000–2099" (`20XX`). A season that runs
 * into the next year names both years ("winter 2024–25": December 2024 to
 * February 2025, see {@link SEASON_START_MONTH}), at an interval end too, set
 * off with spaces ("autumn 2024 – winter 2024–25"); an interval whose ends are
 * the same period is that period ("2025/2025" is "2025").
 *
 * Seasons are read as `periodBounds` reads them: codes 21–24 in the
 * `hemisphere` option (northern by default), codes 25–32 in their own
 * hemisphere whatever the option says. Season words are northern unless
 * written "southern": `2024-31` is "southern autumn 2024" (March–May).
 *
 * EDTF's qualifiers read apart: approximate (`~`) is "about", uncertain (`?`)
 * "possibly", both (`%`) "possibly about"; where the parts of a date are
 * qualified differently, the parts are named: `2004-06~-11` is "11 June 2004
 * (year and month approximate)". A date and time is described by its day as
 * written, the day `periodBounds` gives: `2025-03-01T23:30:00-05:00` is
 * "1 March 2025" (in UTC it is 2 March). English only; the EDTF form
 * ({@link formatPeriod}) remains the one to store and compare.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period; `invalid-option` for options that are not an object, an option other than `hemisphere`, or a hemisphere other than `"north"` or `"south"`.
 * @example
 * describePeriod(period("2024-23"));
 * //=> "autumn 2024"
 * describePeriod(period("2024-24"));
 * //=> "winter 2024–25"
 * describePeriod(period("2024-23/2024-24"));
 * //=> "autumn 2024 – winter 2024–25"
 * describePeriod(period("2024-22"), { hemisphere: "south" });
 * //=> "southern summer 2024–25"
 * describePeriod(period("2025-01/2025-03"));
 * //=> "January–March 2025"
 * describePeriod(period("2024-10?"));
 * //=> "possibly October 2024"
 * describePeriod(period("../2025-04-30"));
 * //=> "by 30 April 2025"
 */
export function describePeriod(period: Period, options?: Pick<BoundsOptions, "hemisphere">): string {
  try {
    checkPeriod("describePeriod", "period", period);
    const o = optionsOf("describePeriod", options, "options", ["hemisphere"]);
    const hemisphere = oneOf("describePeriod", "options.hemisphere", o.hemisphere ?? "north", ["north", "south"] as const);
    return period.kind === "interval" ? intervalWords(period, hemisphere) : pointWords(period, hemisphere);
  } catch (error) {
    rethrow("describePeriod", { period, options }, error);
  }
}
