import { rethrow } from "../_lib/guard.js";
import { fail, isObject } from "../_lib/assert.js";
import { addEnd } from "../_lib/interval-math.js";
import { FogcountError } from "../errors.js";
import { checkEstimate } from "./read.js";
import type { Estimate } from "./schema.js";

/**
 * How wide an approximate figure is read.
 *
 * - `"as-stated"` (the default): "about 600" is the point 600, with best 600.
 * - `"rounding"`: the width implied by how the number was rounded, half a step
 *   of its last significant digit: "about 600" is 550–650, "about 4,700" is
 *   4,650–4,750. A hedged range uses the finer step of its two ends.
 * - `{ relative: r }`: plus or minus `r` times the value: `{ relative: 0.1 }` reads "about 600" as 540–660.
 *
 * A hedge never takes a non-negative figure below zero.
 */
export type HedgePolicy = "as-stated" | "rounding" | { readonly relative: number };

/**
 * The step of the last significant digit of `value`: 100 for 600 and 4,700,
 * 10,000 for 10,000, 0.01 for 1.25. Zero for zero and for `Infinity`.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-argument` if `value` is not a number or is `NaN`.
 * @example
 * roundingStep(4700);
 * //=> 100
 * roundingStep(1.25);
 * //=> 0.01
 */
export function roundingStep(value: number): number {
  try {
    if (typeof value !== "number" || Number.isNaN(value)) fail("roundingStep", "value", "must be a number", value);
    if (!value || !Number.isFinite(value)) return 0;
    // 4700 is 4.7e+3: one decimal in the mantissa, so the last digit stands at 10^(3 - 1).
    const [mantissa = "", exponent] = value.toExponential().split("e");
    return Number(`1e${Number(exponent) - (mantissa.split(".")[1]?.length ?? 0)}`);
  } catch (error) {
    rethrow("roundingStep", { value }, error);
  }
}

/** The hedge policy, checked: `invalid-option` for anything but a {@link HedgePolicy}. @internal */
export function hedgePolicy(where: string, path: string, policy: unknown): HedgePolicy {
  if (policy === "as-stated" || policy === "rounding") return policy;
  const relative = isObject(policy) ? policy["relative"] : undefined;
  if (typeof relative !== "number" || !(relative >= 0 && relative < Infinity)) {
    fail(where, path, 'must be "as-stated", "rounding" or { relative: r } with a finite r >= 0', policy, "invalid-option");
  }
  return { relative };
}

/**
 * An approximate estimate restated with the width a hedge policy reads into
 * it: "about 600" under `"rounding"` becomes the hedged range 550–650 with
 * best 600. Hedged ranges and bounds move their stated ends outward (a
 * widened "more than" bound includes its end); exact figures, orders of
 * magnitude and anything under `"as-stated"` come back as they are. Use it
 * before arithmetic to carry the hedge's width into the result.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `invalid-option` for a policy outside {@link HedgePolicy} (a negative or non-finite relative hedge included); `overflow` for a widened end too large to hold.
 * @example
 * applyHedge(approx(600, "person"), "rounding");
 * //=> { kind: "range", low: 550, high: 650, unit: "person", approx: true, best: 600 }
 * sumEstimates([approx(600, "person"), approx(4700, "person")].map((e) => applyHedge(e, "rounding")));
 * //=> { kind: "range", low: 5200, high: 5400, unit: "person", approx: true, best: 5300 }
 */
export function applyHedge(estimate: Estimate, policy: HedgePolicy): Estimate {
  try {
    return widen(estimate, hedgePolicy("applyHedge", "policy", policy), "applyHedge");
  } catch (error) {
    rethrow("applyHedge", { estimate, policy }, error);
  }
}

/** {@link applyHedge} with the policy checked; checks the estimate, naming `where`. @internal */
export function widen(estimate: Estimate, policy: HedgePolicy, where: string): Estimate {
  // The estimate may come back as it is, so what it carries besides its numbers is checked too.
  checkEstimate(estimate, where);
  if (policy === "as-stated" || estimate.kind === "exact" || estimate.kind === "magnitude") return estimate;
  if (estimate.kind !== "approx" && estimate.approx !== true) return estimate;
  const [low, high] = estimate.kind === "range" ? [estimate.low, estimate.high] : [estimate.value, estimate.value];
  const sl = roundingStep(low);
  const sh = roundingStep(high);
  const step = !sl ? sh : !sh ? sl : Math.min(sl, sh);
  const down = spread(low, policy, step);
  const up = spread(high, policy, step);
  // A hedge never takes a non-negative figure below zero.
  // "about 2.3" is 2.25–2.35, not 2.3499999999999996: the sum is rounded to 15 digits, which drops the binary noise
  const wideLow = Math.max(low >= 0 ? 0 : -Infinity, widenEnd(low, down, -1));
  const wideHigh = widenEnd(high, up, 1);
  if (!Number.isFinite(wideLow) || !Number.isFinite(wideHigh)) {
    throw new FogcountError("overflow", `${where}: widening [${low}, ${high}] by the hedge goes past the largest finite number`, { low, high });
  }
  switch (estimate.kind) {
    case "approx": {
      if (!down && !up) return estimate;
      const { kind: _kind, value, ...rest } = estimate;
      return { ...rest, kind: "range", low: wideLow, high: wideHigh, approx: true, best: estimate.best ?? value };
    }
    case "range":
      return { ...estimate, low: wideLow, high: wideHigh };
    case "atLeast":
      return { ...estimate, value: wideLow, strict: estimate.strict && !down };
    case "atMost":
      return { ...estimate, value: wideHigh, strict: estimate.strict && !up };
  }
}

/**
 * The stated end `end` moved `by` outward (`side` -1 for a low end, 1 for a high one). From
 * 10^15 up, where 15 significant digits no longer hold every whole digit, the end is the
 * exact sum rounded outward to the double next to it (2^53 + 0.5 is 2^53 + 2, never 2^53 itself
 * nor the 15-digit 9,007,199,254,741,000), so that both ends are widened alike.
 */
function widenEnd(end: number, by: number, side: -1 | 1): number {
  const v = end + side * by;
  if (!Number.isFinite(v) || by === 0) return v;
  return Math.abs(end) + by >= 1e15 ? addEnd(end, side * by, side) : outward(v, end, side);
}

/**
 * The widened end `v` of the stated end `end` to 15 significant digits, as a double holds a
 * decimal (2.3 + 0.05 is 2.35, not 2.3499999999999996), unless that would take it inside `end`
 * (`side` -1 for a low end, 1 for a high one): a figure of 16 or 17 digits
 * (0.1276595744680851) keeps its ends as computed, so a hedge never narrows what was stated.
 */
function outward(v: number, end: number, side: -1 | 1): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const c = Number(v.toPrecision(15));
  return (c - end) * side >= 0 ? c : v;
}

function spread(value: number, policy: Exclude<HedgePolicy, "as-stated">, step: number): number {
  return policy === "rounding" ? step / 2 : Math.abs(value) * policy.relative;
}
