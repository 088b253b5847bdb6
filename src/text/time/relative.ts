import { addMonths } from "date-fns/addMonths";

import { calendarDay, compareDays } from "../../time/calendar.js";
import { dateInstance } from "./dates.js";
import { seasonInstance, third } from "./seasons.js";
import { refuse } from "./tokens.js";
import type { Base, Context, Placed, Ref } from "./types.js";
import type { Relation } from "./words.js";

// Placing a period on the calendar: in the year it names, or relative to the
// reference date (this, last, previous, next, or a bare name).

/** Which instance of a named period to take, relative to an anchor day. @internal */
export type Mode = "latest-begun" | "latest-ended" | "containing" | "earliest-after" | "earliest-not-before";

/** This: the one under way; last: the latest that has ended; next: the first that begins after the reference date. */
function modeOf(relation: Relation): Mode {
  return relation === "this" ? "containing" : relation === "last" ? "latest-ended" : "earliest-after";
}

function stepOf(relation: Relation): -1 | 0 | 1 {
  return relation === "this" ? 0 : relation === "last" ? -1 : 1;
}

/** The instance of a named base in `year`; undefined for a day that year does not have. */
function instance(base: Base, year: number, context: Context): Placed | undefined {
  return base.unit === "season" || base.unit === "subyear" ? seasonInstance(base, year, context) : dateInstance(base, year);
}

/** The instance of a named base that `mode` picks relative to `anchor`. */
function pick(base: Base, mode: Mode, anchor: Date, context: Context, words: string): Placed {
  const year = anchor.getFullYear();
  // A day such as 29 February may be missing from several years in a row.
  const reach = base.unit === "day" ? 8 : 2;
  const candidates: Placed[] = [];
  for (let y = year - reach; y <= year + reach; y += 1) {
    const placed = instance(base, y, context);
    if (placed !== undefined) candidates.push(placed);
  }
  if (candidates.length === 0) refuse(`"${words}" is not a calendar day`);
  let chosen: Placed | undefined;
  for (const c of candidates) {
    switch (mode) {
      case "latest-begun":
        if (compareDays(c.first, anchor) <= 0) chosen = c;
        break;
      case "latest-ended":
        if (compareDays(c.last, anchor) < 0) chosen = c;
        break;
      case "containing":
        if (compareDays(c.first, anchor) <= 0 && compareDays(anchor, c.last) <= 0) chosen ??= c;
        break;
      case "earliest-after":
        if (compareDays(c.first, anchor) > 0) chosen ??= c;
        break;
      case "earliest-not-before":
        if (compareDays(c.first, anchor) >= 0) chosen ??= c;
        break;
    }
  }
  if (chosen === undefined && mode === "containing") {
    chosen = instance(base, year, context) ?? refuse(`"${words}" is not a day of ${year}`);
  }
  /* c8 ignore next */
  return chosen ?? refuse(`"${words}" has no instance near the reference date`);
}

/** A unit without a name ("last month", "this quarter"), counted from the one holding the reference. */
function stepFrom(base: Base, relation: Relation, context: Context): Placed {
  const step = stepOf(relation);
  const ref = context.reference;
  if (base.unit === "year") return instance(base, ref.getFullYear() + step, context) as Placed;
  if (base.unit === "month") {
    const month = addMonths(calendarDay(ref.getFullYear(), ref.getMonth() + 1, 1), step);
    return instance({ unit: "month", month: month.getMonth() + 1 }, month.getFullYear(), context) as Placed;
  }
  const quarter = Math.floor(ref.getMonth() / 3) + step;
  const year = ref.getFullYear() + Math.floor(quarter / 4);
  const index = (((quarter % 4) + 4) % 4) + 1;
  return instance({ unit: "subyear", grouping: "quarter", index }, year, context) as Placed;
}

function isGeneric(base: Base): boolean {
  return (
    (base.unit === "year" && base.year === undefined) ||
    (base.unit === "month" && base.month === undefined) ||
    (base.unit === "subyear" && base.index === undefined)
  );
}

/** Whether a reference fixes its own place (a year, a relative word) rather than borrowing one. @internal */
export function isAnchored(ref: Ref): boolean {
  return ref.relation !== undefined || ref.year !== undefined || (ref.base.unit === "year" && ref.base.year !== undefined);
}

/** Places a reference; a bare name is placed by `bare` relative to `anchor`. @internal */
export function place(ref: Ref, context: Context, bare: Mode = "latest-begun", anchor = context.reference): Placed {
  const { base } = ref;
  let placed: Placed;
  if (base.unit === "year" && base.year !== undefined) {
    placed = instance(base, base.year, context) as Placed;
  } else if (ref.relation !== undefined && isGeneric(base)) {
    placed = stepFrom(base, ref.relation, context);
  } else if (ref.relation !== undefined) {
    placed = pick(base, modeOf(ref.relation), context.reference, context, ref.words);
  } else if (ref.year !== undefined) {
    const year = typeof ref.year === "number" ? ref.year : context.reference.getFullYear() + stepOf(ref.year);
    placed = instance(base, year, context) ?? refuse(`"${ref.words}" is not a calendar day`);
  } else {
    placed = pick(base, bare, anchor, context, ref.words);
  }
  return ref.third === undefined ? placed : third(placed, ref.third, ref.words);
}
