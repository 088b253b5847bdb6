// How old a figure is for a question about a valid time.

import { rethrow } from "../_lib/guard.js";
import { noHemisphere } from "./seasons.js";
import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { Claim } from "../claim/schema.js";
import { CLOCK_ENDS, hasUnspecifiedDigits, isoOfDay, periodDays, validQueryDay } from "./clock.js";

/** Options for {@link ageDays}. */
export interface AgeOptions {
  /** Which day of the claim's valid time its age counts from: the last (`"end"`, the default) or the first. */
  readonly anchor?: "start" | "end";
}

/**
 * How many days before `valid` a claim's figure describes: from the last day
 * of its valid time (its anchor; the first with `anchor: "start"`) to the
 * last day of `valid`. A figure about a time after `valid` is refused (a
 * negative age would read as a fresh figure); `null` when
 * the day it counts from is unknown (a valid time open at its start, with
 * `anchor: "start"`, or one with unspecified digits, such as "20XX", which is one date
 * whose digits are not known), as `revisions` gives `days`.
 *
 * @category Revision
 * @throws {FogcountError} `invalid-argument` for a `valid` whose last day is before the day the age counts from (a figure about a later time); `invalid-as-of` for a `valid` that is not EDTF or has no latest day; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one; `invalid-option` for options that are not an object, an option it does not take, or an `anchor` other than "start" or "end".
 * @example
 * ageDays(nisKilledApril, "2025-06-11");
 * //=> 42
 * ageDays({ ...nisKilledApril, validTime: "2025-04" }, "2025-05", { anchor: "start" });
 * //=> 60
 * ageDays({ ...nisKilledApril, validTime: "20XX" }, "2025-06-11");
 * //=> null
 */
export function ageDays(claim: Claim, valid: string, options?: AgeOptions): number | null {
  try {
    const where = "ageDays";
    noHemisphere(where, options, "options");
    const anchor = oneOf(where, "options.anchor", optionsOf(where, options, "options", ["anchor"]).anchor ?? "end", CLOCK_ENDS);
    const { validTime } = checkClaim(where, "claim", claim);
    if (typeof valid !== "string") fail(where, "valid", "must be an EDTF date or period", valid, "invalid-as-of");
    const { first, last } = periodDays(validTime);
    // as a history places it: at the last day (the first for a valid time open at its end), or at the first
    const from = anchor === "end" ? (last ?? first) : first;
    const day = validQueryDay(where, valid, "valid");
    // "20XX" is one unknown year, not 2099: its age is unknown
    if (from === null || hasUnspecifiedDigits(validTime)) return null;
    // a figure about a time after the one asked about has no age for it: it was not yet a figure of the past
    if (day < from) {
      const which = anchor === "end" ? "last" : "first";
      fail(where, "valid", `ends on ${isoOfDay(day)}, before ${isoOfDay(from)}, the ${which} day of the claim's valid time ${JSON.stringify(claim.validTime)}: a figure about a later time has no age for it`, valid);
    }
    return day - from;
  } catch (error) {
    rethrow("ageDays", { claim, valid, options }, error);
  }
}

/** Checks a `maxAgeDays` option: a finite number of days, not negative; undefined when left out. @internal */
export function maxAgeOf(where: string, value: unknown, valid?: unknown): number | undefined {
  if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
    fail(where, "query.maxAgeDays", "must be a finite number of days, not negative", value, "invalid-option");
  }
  // an age is counted back from `valid`: without it the limit would be silently ignored
  if (value !== undefined && valid === undefined) fail(where, "query.maxAgeDays", "needs query.valid to count the age from", value, "invalid-option");
  return value as number | undefined;
}
