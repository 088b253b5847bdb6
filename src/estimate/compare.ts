import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import { intervalHas } from "../_lib/interval-math.js";
import { readPair, sameUnit } from "./arithmetic.js";
import type { Interval } from "./interval.js";
import { readInterval } from "./read.js";
import type { Estimate } from "./schema.js";

/**
 * Refuses a third argument: these functions take no options, and one such as `{ hedge:
 * "rounding" }` left unread would answer for a reading the caller did not ask for.
 */
function noOptions(where: string, args: IArguments): void {
  if (args.length > 2) fail(where, "options", "is not taken: this function has no options (widen a hedged figure first with applyHedge)", args[2], "invalid-option");
}

/**
 * Whether the estimate allows the value `x`.
 *
 * @category Compare
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate, or an `x` that is not a finite number; `invalid-option` for a third argument (it takes no options).
 * @example
 * contains(range(10_000, 12_000, "person"), 11_500);
 * //=> true
 * contains(atLeast(1000, "person", { strict: true }), 1000);
 * //=> false
 */
export function contains(estimate: Estimate, x: number): boolean {
  try {
    // eslint-disable-next-line prefer-rest-params -- a third argument is refused, not read
    noOptions("contains", arguments);
    const interval = readInterval(estimate, "contains");
    if (!Number.isFinite(x)) fail("contains", "x", "must be a finite number", x);
    return intervalHas(interval, x);
  } catch (error) {
    rethrow("contains", { estimate, x }, error);
  }
}

/** Reads two estimates in one unit for `where`. @internal */
function readSame(where: string, a: Estimate, b: Estimate): [Interval, Interval] {
  const pair = readPair(where, a, b);
  sameUnit(where, a.unit, b.unit);
  return pair;
}

function below(a: Interval, b: Interval): boolean {
  return a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
}

/**
 * Whether two estimates in the same unit allow a common value.
 *
 * @category Compare
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `unit-mismatch` if the units differ; `invalid-option` for a third argument (it takes no options: widen a hedged figure first with `applyHedge`).
 * @example
 * overlaps(range(10_000, 12_000, "person"), approx(11_000, "person"));
 * //=> true
 * overlaps(atMost(1000, "person", { strict: true }), atLeast(1000, "person"));
 * //=> false
 */
export function overlaps(a: Estimate, b: Estimate): boolean {
  try {
    // eslint-disable-next-line prefer-rest-params -- a third argument is refused, not read
    noOptions("overlaps", arguments);
    const [x, y] = readSame("overlaps", a, b);
    return !below(x, y) && !below(y, x);
  } catch (error) {
    rethrow("overlaps", { a, b }, error);
  }
}

/**
 * How `a` stands to `b`: `"below"` if every value of `a` is less than every value of `b`,
 * `"above"` if greater, `"equal"` if both allow exactly the same values, and
 * `"overlapping"` otherwise. "Revised up from 3,000" is `compareEstimates(old, new) === "below"`.
 */
export type EstimateRelation = "below" | "above" | "equal" | "overlapping";

/**
 * How one estimate stands to another in the same unit, by the values they allow.
 *
 * @category Compare
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `unit-mismatch` if the units differ; `invalid-option` for a third argument (it takes no options: widen a hedged figure first with `applyHedge`).
 * @example
 * compareEstimates(exact(3000, "person"), approx(4700, "person"));
 * //=> "below"
 * compareEstimates(range(4000, 5000, "person"), approx(4700, "person"));
 * //=> "overlapping"
 */
export function compareEstimates(a: Estimate, b: Estimate): EstimateRelation {
  try {
    // eslint-disable-next-line prefer-rest-params -- a third argument is refused, not read
    noOptions("compareEstimates", arguments);
    const [x, y] = readSame("compareEstimates", a, b);
    if (below(x, y)) return "below";
    if (below(y, x)) return "above";
    const same = x.low === y.low && x.high === y.high && x.lowOpen === y.lowOpen && x.highOpen === y.highOpen;
    return same ? "equal" : "overlapping";
  } catch (error) {
    rethrow("compareEstimates", { a, b }, error);
  }
}
