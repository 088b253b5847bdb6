// Reading an estimate from outside: the check every estimate function runs
// first, and the interval it allows. Not exported from the package.

import { fail, isText } from "../_lib/assert.js";
import type { FogcountErrorCode } from "../errors.js";
import type { Interval } from "./interval.js";
import { magnitudeBounds } from "./magnitude.js";
import type { Estimate } from "./schema.js";

/** The fields an estimate may have, as a value from outside may hold them. */
interface Loose {
  readonly [field: string]: unknown;
}

/**
 * The interval an estimate allows, reading hedges as stated, after checking
 * the fields that make it: a known kind, finite numbers in order, a unit, a
 * `best` inside the interval, boolean `strict` and `approx`. Throws
 * `invalid-argument` naming `where` and `path` otherwise. @internal
 */
export function readInterval(estimate: Estimate, where = "readInterval", path = "estimate", code?: FogcountErrorCode): Interval {
  const e = (estimate ?? {}) as Loose;
  const { kind, value, strict } = e;
  const point = kind === "exact" || kind === "approx";
  // [low, high, lowOpen, highOpen]; "at least" is checked with its value as high, then runs to Infinity.
  const [low, high, lowOpen, highOpen] = (
    point
      ? [value, value]
      : kind === "range"
        ? [e["low"], e["high"]]
        : kind === "atLeast"
          ? [value, value, strict === true]
          : kind === "atMost"
            ? [0, value, false, strict === true]
            : kind === "magnitude"
              ? [...magnitudeBounds(e["order"]), false, true]
              : []
  ) as [number, number, boolean?, boolean?];
  const best = (e["best"] ?? (point ? low : undefined)) as number | undefined;
  if (
    !(
      isText(e["unit"]) &&
      Number.isFinite(low) &&
      Number.isFinite(high) &&
      low <= high &&
      !(low === high && highOpen) &&
      (best === undefined || bestWithin(best, low, high, lowOpen === true, highOpen === true, kind === "atLeast")) &&
      [strict, e["approx"]].every((flag) => flag === undefined || flag === !!flag)
    )
  ) {
    fail(where, path, "is not an estimate", estimate, code);
  }
  const unbounded = kind === "atLeast";
  return { low, high: unbounded ? Infinity : high, lowOpen: !!lowOpen, highOpen: unbounded || !!highOpen, ...(best !== undefined && { best }) };
}

/** Whether a best value lies inside `[low, high]`, off an open end; "at least" runs on past `high`. @internal */
export function bestWithin(best: number, low: number, high: number, lowOpen: boolean, highOpen: boolean, unbounded = false): boolean {
  if (!Number.isFinite(best) || best < low || (lowOpen && best === low)) return false;
  return unbounded || best < high || (best === high && !highOpen);
}

/** {@link isApproximate} for an estimate already checked. @internal */
export function isHedged(estimate: Estimate): boolean {
  return estimate.kind === "approx" || estimate.kind === "magnitude" || (estimate as Loose)["approx"] === true;
}

/**
 * {@link readInterval}, and the fields that do not change the interval but
 * are written or returned: `text` a string, `hedge` a non-empty string. For
 * functions that write an estimate or hand it back. @internal
 */
export function checkEstimate(estimate: Estimate, where: string, path = "estimate", code?: FogcountErrorCode): Interval {
  const interval = readInterval(estimate, where, path, code);
  const { text, hedge } = estimate as Loose;
  if (!(text === undefined || typeof text === "string") || !(hedge === undefined || (typeof hedge === "string" && hedge !== ""))) {
    fail(where, path, "is not an estimate: text must be a string and hedge a non-empty string", estimate, code);
  }
  return interval;
}
