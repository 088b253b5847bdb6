// How old a figure is for a question about a valid time.

import { rethrow } from "../_lib/guard.js";
import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { Claim } from "../claim/schema.js";
import { CLOCK_ENDS, clockOf, hasUnspecifiedDigits, OPEN_START, validQueryDay } from "./clock.js";

/** Options for {@link ageDays}. */
export interface AgeOptions {
  /** Which day of the claim's valid time its age counts from: the last (`"end"`, the default) or the first. */
  readonly anchor?: "start" | "end";
}

/**
 * How many days before `valid` a claim's figure describes: from the last day
 * of its valid time (its anchor; the first with `anchor: "start"`) to the
 * last day of `valid`. Negative for a figure about a later time; `null` when
 * the day it counts from is unknown (a valid time open at its start, with
 * `anchor: "start"`, or one with unspecified digits, such as "20XX", which is one date
 * whose digits are not known), as `revisions` gives `days`.
 *
 * @category Revision
 * @throws {FogcountError} `invalid-as-of` for a `valid` that is not EDTF or has no latest day; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one; `invalid-option` for options that are not an object, an option it does not take, or an `anchor` other than "start" or "end".
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
    const anchor = oneOf(where, "options.anchor", optionsOf(where, options, "options", ["anchor"]).anchor ?? "end", CLOCK_ENDS);
    const { validTime, reportedAt } = checkClaim(where, "claim", claim);
    if (typeof valid !== "string") fail(where, "valid", "must be an EDTF date or period", valid, "invalid-as-of");
    const from = clockOf(validTime, reportedAt, { knownFrom: "end", anchor }).anchor;
    const day = validQueryDay(where, valid, "valid");
    // "20XX" is one unknown year, not 2099: its age is unknown
    return from === OPEN_START || hasUnspecifiedDigits(validTime) ? null : day - from;
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
