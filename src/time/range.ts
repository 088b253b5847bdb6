import { add } from "date-fns/add";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { sub } from "date-fns/sub";

import { calendarDay, daysInMonth } from "./calendar.js";
import type { PeriodTypes } from "./shapes.js";
import { seasonSpan, subyearSpan } from "./seasons.js";
import type { Hemisphere } from "./seasons.js";

/**
 * How approximate (`~`) and uncertain (`?`) parts are read by `periodBounds`
 * and the comparisons built on it.
 *
 * - `"as-stated"` (the default): a qualifier does not move the bounds; `2024~` is 2024.
 * - `"widen"`: each qualified part widens the bounds by one of its own unit on
 *   each side: a year by a year, a month by a month, a day by a day, a season
 *   or sub-year grouping by its own length. `2024~` is 2023–2025; `2024-10?`
 *   (year and month uncertain) is September 2023 to November 2025. An
 *   unspecified month or day (`XX`) already spans all its values and does not widen.
 */
export type QualifierPolicy = "as-stated" | "widen";

/** The first and last day a point allows. @internal */
export function pointRange(
  point: PeriodTypes["point"],
  hemisphere: Hemisphere,
  policy: QualifierPolicy = "as-stated",
): [Date, Date] {
  if (point.kind === "date") return dateRange(point, policy);
  const { firstMonth, months } =
    point.kind === "season"
      ? seasonSpan(point.season, point.hemisphere ?? hemisphere)
      : subyearSpan(point.unit, point.index);
  let first = calendarDay(point.year, firstMonth, 1);
  let last = calendarDay(point.year, firstMonth + months - 1, 1);
  if (policy === "widen" && (point.approximate || point.uncertain)) {
    first = sub(first, { months });
    last = add(last, { months });
  }
  return [first, lastDayOfMonth(last)];
}

function dateRange(date: PeriodTypes["date"], policy: QualifierPolicy): [Date, Date] {
  const years = date.unspecified === "year-last-digit" ? 10 : date.unspecified === "year-last-two-digits" ? 100 : 1;
  const lastYear = date.year + years - 1;
  const lastMonth = date.month ?? 12;
  let first = calendarDay(date.year, date.month ?? 1, date.day ?? 1);
  let last = calendarDay(lastYear, lastMonth, date.day ?? daysInMonth(lastYear, lastMonth));
  if (policy === "widen") {
    const parts = { ...date.approximate, ...date.uncertain };
    // An unspecified month or day (XX) already spans all its values and widens no further.
    const by = {
      years: parts.year ? 1 : 0,
      months: parts.month && date.month !== undefined ? 1 : 0,
      days: parts.day && date.day !== undefined ? 1 : 0,
    };
    first = sub(first, by);
    last = add(last, by);
    if (date.day === undefined) last = lastDayOfMonth(last);
  }
  return [first, last];
}
