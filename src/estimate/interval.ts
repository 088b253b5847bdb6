import { FogcountError } from "../errors.js";
import { applyHedge } from "./hedge.js";
import type { HedgePolicy } from "./hedge.js";
import { magnitudeInterval } from "./magnitude.js";
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
 * @throws {FogcountError} `invalid-option` for a negative or non-finite relative hedge.
 * @example
 * toInterval(approx(600, "person"));
 * //=> { low: 600, high: 600, lowOpen: false, highOpen: false, best: 600 }
 * toInterval(approx(4700, "person"), { hedge: "rounding" });
 * //=> { low: 4650, high: 4750, lowOpen: false, highOpen: false, best: 4700 }
 * toInterval(atLeast(1000, "person", { strict: true }));
 * //=> { low: 1000, high: Infinity, lowOpen: true, highOpen: true }
 */
export function toInterval(estimate: Estimate, options: IntervalOptions = {}): Interval {
  const policy = options.hedge ?? "as-stated";
  return readInterval(policy === "as-stated" ? estimate : applyHedge(estimate, policy));
}

/** The interval an estimate allows, reading hedges as stated. @internal */
export function readInterval(estimate: Estimate): Interval {
  let low: number;
  let high: number;
  let lowOpen = false;
  let highOpen = false;
  let best = estimate.best;
  switch (estimate.kind) {
    case "exact":
    case "approx":
      low = high = estimate.value;
      best ??= estimate.value;
      break;
    case "range":
      ({ low, high } = estimate);
      break;
    case "atLeast":
      [low, high, lowOpen, highOpen] = [estimate.value, Infinity, estimate.strict, true];
      break;
    case "atMost":
      [low, high, highOpen] = [0, estimate.value, estimate.strict];
      break;
    case "magnitude":
      ({ low, high } = magnitudeInterval(estimate.order));
      highOpen = true;
      break;
  }
  return { low, high, lowOpen, highOpen, ...(best !== undefined && { best }) };
}

/**
 * Whether an estimate is hedged: approximate, a hedged range or bound, or an order of magnitude.
 *
 * @category Estimate
 * @example
 * isApproximate(range(10_000, 12_000, "person", { approx: true }));
 * //=> true
 * isApproximate(exact(300, "person"));
 * //=> false
 */
export function isApproximate(estimate: Estimate): boolean {
  return estimate.kind === "approx" || estimate.kind === "magnitude" || ("approx" in estimate && estimate.approx === true);
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
 * @throws {FogcountError} `unbounded-below` if `low` is `-Infinity`; `invalid-interval` if `low > high`, an end is `NaN`, or the interval is empty (`(5, 5]`).
 * @example
 * fromInterval({ low: 13_000, high: 15_000, lowOpen: false, highOpen: false }, "person", { approx: true });
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function fromInterval(interval: Interval, unit: string, options: FromIntervalOptions = {}): Estimate {
  const { low, high, lowOpen, highOpen } = interval;
  if (!(low <= high) || low === Infinity || (low === high && (lowOpen || highOpen))) {
    throw new FogcountError("invalid-interval", `interval [${low}, ${high}] is not a valid interval`, { low, high });
  }
  return stateInterval(interval, unit, options.approx === true);
}

/** {@link fromInterval} for an interval known to be ordered. @internal */
export function stateInterval(interval: Interval, unit: string, approx: boolean): Estimate {
  const { low, high, lowOpen, highOpen, best } = interval;
  if (low === -Infinity) {
    throw new FogcountError("unbounded-below", `no lower bound (high ${high}): no estimate states that`, {
      high,
    });
  }
  if (low === high) {
    const b = best === undefined || best === low ? {} : { best };
    return { kind: approx ? "approx" : "exact", value: low, unit, ...b };
  }
  const extra = { ...(approx && { approx }), ...(best !== undefined && { best }) };
  if (high === Infinity) return { kind: "atLeast", value: low, strict: lowOpen, unit, ...extra };
  if (low === 0 && !lowOpen) return { kind: "atMost", value: high, strict: highOpen, unit, ...extra };
  return { kind: "range", low, high, unit, ...extra };
}
