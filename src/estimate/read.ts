// Reading an estimate from outside: the check every estimate function runs
// first, and the interval it allows. Not exported from the package.

import { fail, isText, notPlain } from "../_lib/assert.js";
import type { FogcountErrorCode } from "../errors.js";
import type { Interval } from "./interval.js";
import { magnitudeBounds } from "./magnitude.js";
import type { Estimate } from "./schema.js";

/** The fields an estimate may have, as a value from outside may hold them. */
interface Loose {
  readonly [field: string]: unknown;
}

/**
 * What {@link readEnds} reads from an estimate: its interval, its unit and
 * whether it is hedged. A reader fills one in place, so that a loop over many
 * estimates allocates nothing for them. @internal
 */
export interface Ends {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  best: number | undefined;
  unit: string;
  hedged: boolean;
}

/** A fresh {@link Ends} for a reader to fill. @internal */
export function newEnds(): Ends {
  return { low: 0, high: 0, lowOpen: false, highOpen: false, best: undefined, unit: "", hedged: false };
}

/**
 * Reads an estimate into `out` and returns true, or returns false (leaving
 * `out` as it may be) for a value that is not one: a known kind, finite
 * numbers in order, a unit, a `best` inside the interval, boolean `strict`
 * and `approx`. Reads every field once, before it writes to `out`. A
 * `checked` unit (one already found to be text) is not checked again. @internal
 */
export function readEnds(estimate: unknown, out: Ends, checked?: string): boolean {
  if (estimate === null || estimate === undefined) return false;
  const e = estimate as Loose;
  const kind = e["kind"];
  const strict = e["strict"];
  const point = kind === "exact" || kind === "approx";
  // "at least" is checked with its value as high, then runs to Infinity.
  let low: unknown;
  let high: unknown;
  let lowOpen = false;
  let highOpen = false;
  if (point) low = high = e["value"];
  else if (kind === "range") {
    low = e["low"];
    high = e["high"];
  } else if (kind === "atLeast") {
    low = high = e["value"];
    lowOpen = strict === true;
  } else if (kind === "atMost") {
    low = 0;
    high = e["value"];
    highOpen = strict === true;
  } else if (kind === "magnitude") {
    const bounds = magnitudeBounds(e["order"]);
    low = bounds[0];
    high = bounds[1];
    highOpen = true;
  } else return false;
  // a best of null is no number: refused below, as EstimateSchema refuses it, not read as no best
  const best = (e["best"] === undefined ? (point ? low : undefined) : e["best"]) as number | undefined;
  const unit = e["unit"];
  const approx = e["approx"];
  if (
    typeof unit !== "string" ||
    (unit !== checked && !isText(unit)) ||
    !(typeof low === "number" && typeof high === "number" && Number.isFinite(low) && Number.isFinite(high) && low <= high) ||
    (low === high && highOpen) ||
    // a point's own value is its best: inside it (the common case, not checked again)
    !(best === undefined || (point && best === low) || bestWithin(best, low, high, lowOpen, highOpen, kind === "atLeast")) ||
    !(strict === undefined || typeof strict === "boolean") ||
    !(approx === undefined || typeof approx === "boolean")
  ) {
    return false;
  }
  const unbounded = kind === "atLeast";
  out.low = low;
  out.high = unbounded ? Infinity : high;
  out.lowOpen = lowOpen;
  out.highOpen = unbounded || highOpen;
  out.best = best;
  out.unit = unit as string;
  out.hedged = kind === "approx" || kind === "magnitude" || approx === true;
  return true;
}

/**
 * The interval an estimate allows, reading hedges as stated, after checking
 * the fields that make it (see {@link readEnds}). Throws `invalid-argument`
 * naming `where` and `path` otherwise. @internal
 */
export function readInterval(estimate: Estimate, where = "readInterval", path = "estimate", code?: FogcountErrorCode): Interval {
  const ends = newEnds();
  if (!readEnds(estimate, ends)) fail(where, path, "is not an estimate", estimate, code);
  const { low, high, lowOpen, highOpen, best } = ends;
  return { low, high, lowOpen, highOpen, ...(best !== undefined && { best }) };
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
  const why = typeof estimate === "object" && estimate !== null ? notPlain(estimate) : undefined;
  if (why !== undefined) fail(where, path, why, estimate, code);
  const interval = readInterval(estimate, where, path, code);
  const { text, hedge } = estimate as Loose;
  if (!(text === undefined || typeof text === "string") || !(hedge === undefined || (typeof hedge === "string" && hedge !== ""))) {
    fail(where, path, "is not an estimate: text must be a string and hedge a non-empty string", estimate, code);
  }
  return interval;
}
