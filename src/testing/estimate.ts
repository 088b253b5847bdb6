import fc from "fast-check";

import { optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { MAGNITUDE_ORDERS } from "../estimate/magnitude.js";
import type { Estimate } from "../estimate/schema.js";
import { finiteNumber, flag, subset, textList } from "./options.js";

const KINDS: readonly Estimate["kind"][] = ["exact", "approx", "range", "atLeast", "atMost", "magnitude"];

/** Options for {@link arbEstimate}. */
export interface ArbEstimateOptions {
  /** The units to draw from; `["person"]` by default. */
  readonly units?: readonly string[];
  /** The largest magnitude of a generated number; 1e9 by default. */
  readonly max?: number;
  /** Draw whole numbers only (the default), as counts are; false adds decimals with up to two places. */
  readonly integers?: boolean;
  /** The kinds to draw from; all by default. */
  readonly kinds?: readonly Estimate["kind"][];
}

/**
 * A fast-check arbitrary for non-negative figures as reporting states them.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, a `max` that is not a finite number of at least 0, or an `integers` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbFigure({ max: 100 }), 3);
 * //=> e.g. [12, 0, 97]
 */
export function arbFigure(options?: Pick<ArbEstimateOptions, "max" | "integers">): fc.Arbitrary<number> {
  const where = "arbFigure";
  return guarded(where, { options }, () => figures(where, optionsOf(where, options, "options", ["max", "integers"])));
}

/** Figures by the options `max` and `integers`, read from options already checked. */
function figures(where: string, options: Pick<ArbEstimateOptions, "max" | "integers">): fc.Arbitrary<number> {
  // fast-check draws integers up to 2^53 - 1: larger figures are drawn up to that.
  const max = Math.min(finiteNumber(where, "max", options.max, 0, 1e9), Number.MAX_SAFE_INTEGER / 100);
  const whole = fc.integer({ min: 0, max: Math.floor(max) });
  if (flag(where, "integers", options.integers, true)) return whole;
  return fc.integer({ min: 0, max: Math.floor(max * 100) }).map((n) => n / 100);
}

/**
 * A fast-check arbitrary for estimates of every kind, valid by construction.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, `units` or `kinds` that are not non-empty lists of units and kinds, or a bad `max` or `integers`; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.assert(fc.property(arbEstimate(), (e) => EstimateSchema.safeParse(e).success));
 */
export function arbEstimate(given?: ArbEstimateOptions): fc.Arbitrary<Estimate> {
  const where = "arbEstimate";
  return guarded(where, { options: given }, () => estimates(where, optionsOf(where, given, "options", ["units", "max", "integers", "kinds"])));
}

function estimates(where: string, options: ArbEstimateOptions): fc.Arbitrary<Estimate> {
  const unit = fc.constantFrom(...textList(where, "units", options.units, ["person"]));
  const figure = figures(where, options);
  const hedge = fc.option(fc.constantFrom("around", "approximately", "roughly", "some", "nearly", "or so", "odd"), {
    nil: undefined,
  });
  const flag = fc.boolean();
  const bound = <K extends "atLeast" | "atMost">(kind: K) =>
    fc
      .record({ value: figure, unit, strict: flag, approx: flag })
      // "fewer than 0" allows no value, so a strict upper bound is above 0.
      .map(({ value, unit, strict, approx }) => ({
        kind,
        value: kind === "atMost" && strict && value === 0 ? 1 : value,
        strict,
        unit,
        ...(approx ? { approx: true } : {}),
      }));
  const all: Record<Estimate["kind"], fc.Arbitrary<Estimate>> = {
    exact: fc.record({ kind: fc.constant("exact" as const), value: figure, unit }),
    approx: fc
      .record({ value: figure, unit, hedge })
      .map(({ value, unit, hedge }) => ({ kind: "approx" as const, value, unit, ...(hedge ? { hedge } : {}) })),
    range: fc
      .record({ a: figure, b: figure, unit, approx: flag })
      .map(({ a, b, unit, approx }) => ({
        kind: "range" as const,
        low: Math.min(a, b),
        high: Math.max(a, b),
        unit,
        ...(approx ? { approx: true } : {}),
      })),
    atLeast: bound("atLeast"),
    atMost: bound("atMost"),
    magnitude: fc.record({ kind: fc.constant("magnitude" as const), order: fc.constantFrom(...MAGNITUDE_ORDERS), unit }),
  };
  return fc.oneof(...subset(where, "kinds", options.kinds, KINDS).map((k) => all[k]));
}
