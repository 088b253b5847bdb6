import { FogcountError } from "../errors.js";
import { hedgeSpread, roundingStep, widenDown } from "./hedge.js";
import type { HedgePolicy } from "./hedge.js";
import { MAGNITUDES } from "./magnitude.js";
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
 * approximate ones; "at least" runs to `Infinity`; "up to" starts at 0;
 * an order of magnitude reads through {@link MAGNITUDES}.
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
  const best = estimate.best;
  switch (estimate.kind) {
    case "exact":
      return point(estimate.value, best ?? estimate.value, 0);
    case "approx":
      return point(estimate.value, best ?? estimate.value, hedgeSpread(estimate.value, policy));
    case "range": {
      const step = finerStep(estimate.low, estimate.high);
      const down = estimate.approx ? hedgeSpread(estimate.low, policy, step) : 0;
      const up = estimate.approx ? hedgeSpread(estimate.high, policy, step) : 0;
      return withBest(
        { low: widenDown(estimate.low, down), high: estimate.high + up, lowOpen: false, highOpen: false },
        best,
      );
    }
    case "atLeast": {
      const down = estimate.approx ? hedgeSpread(estimate.value, policy) : 0;
      return withBest(
        { low: widenDown(estimate.value, down), high: Infinity, lowOpen: estimate.strict && down === 0, highOpen: true },
        best,
      );
    }
    case "atMost": {
      const up = estimate.approx ? hedgeSpread(estimate.value, policy) : 0;
      return withBest(
        { low: 0, high: estimate.value + up, lowOpen: false, highOpen: estimate.strict && up === 0 },
        best,
      );
    }
    case "magnitude": {
      const m = MAGNITUDES[estimate.order];
      return withBest({ low: m.low, high: m.high, lowOpen: false, highOpen: true }, best);
    }
  }
}

function point(value: number, best: number, spread: number): Interval {
  return { low: widenDown(value, spread), high: value + spread, lowOpen: false, highOpen: false, best };
}

function withBest(interval: Interval, best: number | undefined): Interval {
  return best === undefined ? interval : { ...interval, best };
}

function finerStep(a: number, b: number): number {
  const sa = roundingStep(a);
  const sb = roundingStep(b);
  return sa === 0 ? sb : sb === 0 ? sa : Math.min(sa, sb);
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
 * @throws {FogcountError} `unbounded-below` if `low` is `-Infinity`; `invalid-interval` if `low > high` or an end is `NaN`.
 * @example
 * fromInterval({ low: 13_000, high: 15_000, lowOpen: false, highOpen: false }, "person", { approx: true });
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function fromInterval(interval: Interval, unit: string, options: FromIntervalOptions = {}): Estimate {
  const { low, high, lowOpen, highOpen, best } = interval;
  if (Number.isNaN(low) || Number.isNaN(high) || low > high || low === Infinity) {
    throw new FogcountError("invalid-interval", `interval [${low}, ${high}] is not a valid interval`, { low, high });
  }
  if (low === -Infinity) {
    throw new FogcountError(
      "unbounded-below",
      `the result has no lower bound (high ${high}); no estimate states that`,
      { low, high },
    );
  }
  const approxFlag = options.approx === true;
  const extra: { approx?: true; best?: number } = {};
  if (approxFlag) extra.approx = true;
  if (best !== undefined && Number.isFinite(best)) extra.best = best;
  if (high === Infinity) return { kind: "atLeast", value: low, strict: lowOpen, unit, ...extra };
  if (low === high) {
    const value = low;
    const b = best !== undefined && best !== value ? { best } : {};
    return approxFlag ? { kind: "approx", value, unit, ...b } : { kind: "exact", value, unit, ...b };
  }
  if (low === 0 && !lowOpen) return { kind: "atMost", value: high, strict: highOpen, unit, ...extra };
  return { kind: "range", low, high, unit, ...extra };
}
