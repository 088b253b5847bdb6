import fc from "fast-check";

import { fail, optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import type { Interval } from "../estimate/interval.js";
import { MAGNITUDE_ORDERS } from "../estimate/magnitude.js";
import type { MagnitudeOrder } from "../estimate/magnitude.js";
import type { Estimate } from "../estimate/schema.js";
import { finiteNumber, flag, subset, textList } from "./options.js";

const KINDS: readonly Estimate["kind"][] = ["exact", "approx", "range", "atLeast", "atMost", "magnitude"];
const HEDGES = ["around", "approximately", "roughly", "some", "nearly", "or so", "odd"];

/** Options for {@link arbEstimate}. */
export interface ArbEstimateOptions {
  /** The units to draw from; `["person"]` by default. */
  readonly units?: readonly string[];
  /** The smallest number an estimate states (a value, a range's low, a bound); 0 by default, never below 0. */
  readonly min?: number;
  /** The largest number an estimate states; 1e9 by default. */
  readonly max?: number;
  /** Draw whole numbers only (the default), as counts are; false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** The kinds to draw from; all by default. */
  readonly kinds?: readonly Estimate["kind"][];
  /** The orders of magnitude to draw from; all of `MAGNITUDE_ORDERS` by default. */
  readonly orders?: readonly MagnitudeOrder[];
  /** Give ranges and bounds a `best` value inside them now and then; false by default. */
  readonly best?: boolean;
}

type FigureOptions = Pick<ArbEstimateOptions, "min" | "max" | "integers">;

/**
 * A fast-check arbitrary for non-negative figures as reporting states them.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `min` or `max` that is not a finite number of at least 0, a `max` below `min` (or no whole number between them), or an `integers` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbFigure({ min: 10, max: 100 }), 3);
 * //=> e.g. [12, 10, 97]
 */
export function arbFigure(options?: Pick<ArbEstimateOptions, "min" | "max" | "integers">): fc.Arbitrary<number> {
  const where = "arbFigure";
  return guarded(where, { options }, () => figures(where, optionsOf(where, options, "options", ["min", "max", "integers"])));
}

/** Figures by the options `min`, `max` and `integers`, read from options already checked. @internal */
export function figures(where: string, options: FigureOptions): fc.Arbitrary<number> {
  const [low, high] = figureSpan(where, options);
  const whole = flag(where, "integers", options.integers, true);
  // fast-check draws integers up to 2^53 - 1: larger figures are drawn up to that.
  const scale = whole ? 1 : 100;
  const [a, b] = [Math.ceil(low * scale), Math.floor(Math.min(high, Number.MAX_SAFE_INTEGER / 100) * scale)];
  if (a > b) fail(where, "options.max", `leaves no ${whole ? "whole number" : "number with two decimals"} from options.min (${low})`, high, "invalid-option");
  const drawn = fc.integer({ min: a, max: b });
  return whole ? drawn : drawn.map((n) => n / 100);
}

function figureSpan(where: string, options: FigureOptions): [number, number] {
  const min = finiteNumber(where, "min", options.min, 0, 0);
  const max = finiteNumber(where, "max", options.max, 0, Math.max(1e9, min));
  if (max < min) fail(where, "options.max", `must not be below options.min (${min})`, max, "invalid-option");
  return [min, max];
}

/**
 * A fast-check arbitrary for estimates of every kind, valid by construction:
 * each passes `EstimateSchema`, states numbers from `min` to `max` only, and
 * any `best` lies inside it.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, `units`, `kinds` or `orders` that are not non-empty lists of units, kinds and orders of magnitude, a bad `min`, `max` or `integers`, or a `best` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbEstimate({ units: ["USD"], min: 1e6 }), 100).every((e) => EstimateSchema.safeParse(e).success);
 * //=> true
 */
export function arbEstimate(given?: ArbEstimateOptions): fc.Arbitrary<Estimate> {
  const where = "arbEstimate";
  return guarded(where, { options: given }, () =>
    estimates(where, optionsOf(where, given, "options", ["units", "min", "max", "integers", "kinds", "orders", "best"])),
  );
}

/** {@link arbEstimate} of options already read. @internal */
export function estimates(where: string, options: ArbEstimateOptions): fc.Arbitrary<Estimate> {
  const unit = fc.constantFrom(...textList(where, "units", options.units, ["person"]));
  const figure = figures(where, options);
  const orders = subset(where, "orders", options.orders, MAGNITUDE_ORDERS);
  const best = flag(where, "best", options.best, false);
  const [, high] = figureSpan(where, options);
  const hedge = fc.option(fc.constantFrom(...HEDGES), { nil: undefined });
  const bound = <K extends "atLeast" | "atMost">(kind: K) =>
    fc
      .record({ value: figure, unit, strict: fc.boolean(), approx: fc.boolean(), pick: fc.double({ min: 0, max: 1, noNaN: true }), keep: fc.boolean() })
      .map(({ value, unit, strict, approx, pick, keep }) => {
        // "fewer than 0" allows no value: a strict upper bound of 0 is not strict
        const isStrict = strict && !(kind === "atMost" && value === 0);
        const [from, to] = kind === "atLeast" ? [value, high] : [0, value];
        const inside = from + (to - from) * pick;
        const withBest = best && keep && inside > from && inside < to;
        return { kind, value, strict: isStrict, unit, ...(approx && { approx: true }), ...(withBest && { best: inside }) };
      });
  const all: Record<Estimate["kind"], fc.Arbitrary<Estimate>> = {
    exact: fc.record({ kind: fc.constant("exact" as const), value: figure, unit }),
    approx: fc.record({ value: figure, unit, hedge }).map(({ value, unit, hedge }) => ({ kind: "approx" as const, value, unit, ...(hedge && { hedge }) })),
    range: fc
      .record({ a: figure, b: figure, unit, approx: fc.boolean(), pick: fc.double({ min: 0, max: 1, noNaN: true }), keep: fc.boolean() })
      .map(({ a, b, unit, approx, pick, keep }) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const withBest = best && keep && low < high;
        return { kind: "range" as const, low, high, unit, ...(approx && { approx: true }), ...(withBest && { best: Math.min(high, low + (high - low) * pick) }) };
      }),
    atLeast: bound("atLeast"),
    atMost: bound("atMost"),
    magnitude: fc.record({ kind: fc.constant("magnitude" as const), order: fc.constantFrom(...orders), unit }),
  };
  return fc.oneof(...subset(where, "kinds", options.kinds, KINDS).map((k) => all[k]));
}

/** Options for {@link arbInterval}. */
export interface ArbIntervalOptions {
  /** The smallest finite end; 0 by default, never below 0. */
  readonly min?: number;
  /** The largest finite end; 1e9 by default. */
  readonly max?: number;
  /** Whole numbers only (the default); false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** Only intervals with a finite `high`; false (the default) draws some that run to `Infinity`, as "at least" does. */
  readonly bounded?: boolean;
}

/**
 * A fast-check arbitrary for intervals, the normal form of estimates: `low`
 * not above `high` (which may be `Infinity` unless `bounded`), open or
 * closed ends (never an empty one such as `(5, 5]`), and now and then a
 * `best` inside. `fromInterval` states each one.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `min` or `max` that is not a finite number of at least 0, a `max` below `min`, or an `integers` or `bounded` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbInterval({ bounded: true }), 100).every((i) => Number.isFinite(i.high) && i.low <= i.high);
 * //=> true
 */
export function arbInterval(given?: ArbIntervalOptions): fc.Arbitrary<Interval> {
  const where = "arbInterval";
  return guarded(where, { options: given }, () => {
    const options = optionsOf(where, given, "options", ["min", "max", "integers", "bounded"]);
    const figure = figures(where, options);
    const bounded = flag(where, "bounded", options.bounded, false);
    return fc
      .record({ a: figure, b: figure, open: fc.tuple(fc.boolean(), fc.boolean()), unbounded: bounded ? fc.constant(false) : fc.boolean(), pick: fc.double({ min: 0, max: 1, noNaN: true }), keep: fc.boolean() })
      .map(({ a, b, open, unbounded, pick, keep }): Interval => {
        const low = Math.min(a, b);
        const high = unbounded ? Infinity : Math.max(a, b);
        // a point cannot exclude an end; an unbounded end is always open
        const [lowOpen, highOpen] = low === high ? [false, false] : [open[0], unbounded || open[1]];
        const top = Number.isFinite(high) ? high : low + 1000;
        const best = low + (top - low) * pick;
        const inside = best > low && best < top;
        return { low, high, lowOpen, highOpen, ...(keep && inside && { best }) };
      });
  });
}
