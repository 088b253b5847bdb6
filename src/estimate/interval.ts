import { rethrow } from "../_lib/guard.js";
import { fail, isObject, isText, optionsOf, within } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import { hedgePolicy, widen } from "./hedge.js";
import type { HedgePolicy } from "./hedge.js";
import { isHedged, readInterval, bestWithin } from "./read.js";
import type { Estimate } from "./schema.js";

/**
 * The normal form of every estimate: the values it allows. `high` is
 * `Infinity` for a figure with no upper bound ("at least 3,000"). `lowOpen`
 * and `highOpen` say whether an end is excluded ("more than 1,000").
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  /** The central value, where the estimate has one. */
  readonly best?: number;
}

/** Options for {@link toInterval} and the arithmetic built on it. */
export interface IntervalOptions {
  /** How wide an approximate figure is read; `"as-stated"` by default. */
  readonly hedge?: HedgePolicy;
}

/**
 * The interval an estimate allows.
 *
 * Exact and approximate figures are points, unless a hedge policy widens
 * approximate ones (see {@link applyHedge}); "at least" runs to `Infinity`;
 * "up to" starts at 0; an order of magnitude reads through {@link magnitudeInterval}.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `invalid-option` for options that are not an object or a hedge policy outside {@link HedgePolicy}; `overflow` for a hedge too wide to hold.
 * @example
 * toInterval(approx(600, "person"));
 * //=> { low: 600, high: 600, lowOpen: false, highOpen: false, best: 600 }
 * toInterval(approx(4700, "person"), { hedge: "rounding" });
 * //=> { low: 4650, high: 4750, lowOpen: false, highOpen: false, best: 4700 }
 * toInterval(atLeast(1000, "person", { strict: true }));
 * //=> { low: 1000, high: Infinity, lowOpen: true, highOpen: true }
 */
export function toInterval(estimate: Estimate, options?: IntervalOptions): Interval {
  try {
    const where = "toInterval";
    const policy = hedgePolicy(where, "options.hedge", optionsOf(where, options, "options", ["hedge"]).hedge ?? "as-stated");
    return readInterval(widen(estimate, policy, where), where);
  } catch (error) {
    rethrow("toInterval", { estimate, options }, error);
  }
}

/**
 * Whether an estimate is hedged: approximate, a hedged range or bound, or an order of magnitude.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate.
 * @example
 * isApproximate(range(10_000, 12_000, "person", { approx: true }));
 * //=> true
 * isApproximate(exact(300, "person"));
 * //=> false
 */
export function isApproximate(estimate: Estimate): boolean {
  try {
    readInterval(estimate, "isApproximate");
    return isHedged(estimate);
  } catch (error) {
    rethrow("isApproximate", { estimate }, error);
  }
}


/** Options for {@link fromInterval}. */
export interface FromIntervalOptions {
  /** The result is approximate (its inputs were). */
  readonly approx?: boolean;
}

/**
 * The estimate that states an interval: a point is exact (or approximate), an
 * interval with no upper bound is "at least", one that starts at 0 is "up to",
 * any other is a range. A range cannot exclude its ends, so an open end of a
 * finite interval is closed (the estimate allows a little more, never less).
 *
 * @category Estimate
 * @throws {FogcountError} `unbounded-below` if `low` is `-Infinity`; `invalid-interval` if `low > high`, an end is `NaN`, the interval is empty (`(5, 5]`) or its `best` lies outside it; `invalid-argument` for an interval without numbers `low` and `high` and booleans `lowOpen` and `highOpen`, or a unit that is not text; `invalid-option` for options that are not an object or an `approx` that is not a boolean.
 * @example
 * fromInterval({ low: 13_000, high: 15_000, lowOpen: false, highOpen: false }, "person", { approx: true });
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function fromInterval(interval: Interval, unit: string, options?: FromIntervalOptions): Estimate {
  try {
    const where = "fromInterval";
    const { low, high, lowOpen, highOpen, best } = (isObject(interval) ? interval : {}) as Partial<Interval>;
    if (
      typeof low !== "number" ||
      typeof high !== "number" ||
      typeof lowOpen !== "boolean" ||
      typeof highOpen !== "boolean" ||
      !(best === undefined || Number.isFinite(best))
    ) {
      fail(where, "interval", "must have numbers low and high, booleans lowOpen and highOpen, and a finite best if any", interval);
    }
    if (!(low <= high) || low === Infinity || (low === high && (lowOpen || highOpen)) || (best !== undefined && !bestWithin(best, low, high, lowOpen, highOpen))) {
      fail(where, "interval", "is empty, reversed, or has a best outside it", interval, "invalid-interval");
    }
    if (!isText(unit)) fail(where, "unit", "must be non-empty text", unit);
    const approx = optionsOf(where, options, "options", ["approx"]).approx ?? false;
    if (typeof approx !== "boolean") fail(where, "options.approx", "must be a boolean", approx, "invalid-option");
    return within(where, () => stateInterval(interval, unit, approx));
  } catch (error) {
    rethrow("fromInterval", { interval, unit, options }, error);
  }
}

/**
 * {@link fromInterval} for an interval known to be ordered. A best value is
 * kept inside the interval (rounding, or bests that disagree, can push it out). @internal
 */
export function stateInterval(interval: Interval, unit: string, approx: boolean): Estimate {
  const { low, high, lowOpen, highOpen } = interval;
  if (low === -Infinity) {
    throw new FogcountError("unbounded-below", `no lower bound (high ${high}): no estimate states that`, {
      high,
    });
  }
  const kept = interval.best === undefined ? undefined : Math.min(high, Math.max(low, interval.best));
  // a best that rounds onto an end the interval excludes says nothing the ends do not: it is dropped
  const best = (lowOpen && kept === low) || (highOpen && kept === high) ? undefined : kept;
  if (low === high) return { kind: approx ? "approx" : "exact", value: low, unit };
  const extra = { ...(approx && { approx }), ...(best !== undefined && { best }) };
  if (high === Infinity) return { kind: "atLeast", value: low, strict: lowOpen, unit, ...extra };
  if (low === 0 && !lowOpen) return { kind: "atMost", value: high, strict: highOpen, unit, ...extra };
  return { kind: "range", low, high, unit, ...extra };
}
