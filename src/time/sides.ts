import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";

import { fail } from "../_lib/assert.js";
import { calendarDay } from "./calendar.js";
import { writeEdtf } from "./edtf-write.js";
import type { BoundsSettings } from "./bounds.js";
import { pointRange } from "./range.js";
import type { Period } from "./schema.js";

// The sides of a period for the comparisons, as EDTF defines its interval
// ends. An open end (`..`) has no end: the interval runs on, or from no stated
// start, so it lies past every day. An unknown end (nothing) is a day that is
// not known: the interval ends (or starts) on some day, no earlier than its
// start allows (no later than its end allows). A comparison that turns on that
// day is not known either. Not exported from the package.

/** The days a side may fall on, as day numbers: `[lo, hi]`. */
type Side = readonly [lo: number, hi: number];

/** The far side of an unknown end: a real day, but before (after) every stated day, and not open. */
const FAR = Number.MAX_VALUE;

const EPOCH = /* @__PURE__ */ calendarDay(1970, 1, 1);

/** The day number of a calendar day. */
function dayNumber(date: Date): number {
  return differenceInCalendarDays(date, EPOCH);
}

/** The two sides of a checked period, and which of them, if any, is unknown. @internal */
export interface Sides {
  readonly start: Side;
  readonly end: Side;
  readonly unknown?: "start" | "end";
}

/** The sides of a checked period under the bounds settings. @internal */
export function sidesOf(period: Period, settings: BoundsSettings): Sides {
  const { hemisphere, qualifiers } = settings;
  if (period.kind !== "interval") {
    const [first, last] = pointRange(period, hemisphere, qualifiers).map(dayNumber) as [number, number];
    return { start: [first, first], end: [last, last] };
  }
  const { start, end } = period;
  // An interval has at least one dated end (the reader and the schema hold it to that).
  const first = start.kind === "open" || start.kind === "unknown" ? undefined : dayNumber(pointRange(start, hemisphere, qualifiers)[0]);
  const last = end.kind === "open" || end.kind === "unknown" ? undefined : dayNumber(pointRange(end, hemisphere, qualifiers)[1]);
  const startSide: Side = start.kind === "open" ? [-Infinity, -Infinity] : first === undefined ? [-FAR, last as number] : [first, first];
  const endSide: Side = end.kind === "open" ? [Infinity, Infinity] : last === undefined ? [first as number, FAR] : [last, last];
  const unknown = start.kind === "unknown" ? "start" : end.kind === "unknown" ? "end" : undefined;
  return unknown === undefined ? { start: startSide, end: endSide } : { start: startSide, end: endSide, unknown };
}

/** Whether side `x` is on or before side `y`: true or false when certain, undefined when it turns on a day not known. @internal */
export function notAfter(x: Side, y: Side): boolean | undefined {
  if (x[1] <= y[0]) return true;
  if (x[0] > y[1]) return false;
  return undefined;
}

/** Both conditions: false if either is certainly false, true if both are certainly true, else undefined. @internal */
export function both(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}

/**
 * The answer of a comparison, or `invalid-argument` for `where` naming the
 * unknown end it turns on (`names` are the argument names, `periods` their values). @internal
 */
export function decided(where: string, answer: boolean | undefined, question: string, names: readonly [string, string], periods: readonly [Period, Period], sides: readonly [Sides, Sides]): boolean {
  if (answer !== undefined) return answer;
  const at = sides[0].unknown !== undefined ? 0 : 1;
  const side = sides[at].unknown as "start" | "end";
  const texts = periods.map((p) => JSON.stringify(writeEdtf(p)));
  return fail(
    where,
    `${names[at]}.${side}`,
    `is unknown (${names[0]} ${texts[0]}, ${names[1]} ${texts[1]}): ${question} turns on the day it ${side === "end" ? "ends" : "starts"}, which is not known; state that day, or write the ${side} open ("..") if the interval has none`,
    { kind: "unknown" },
  );
}
