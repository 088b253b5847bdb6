import { FogcountError } from "../errors.js";

/**
 * How wide an approximate figure is read.
 *
 * - `"as-stated"` (the default): "about 600" is the point 600, with best 600.
 * - `"rounding"`: the width implied by how the number was rounded, half a step
 *   of its last significant digit: "about 600" is 550–650, "about 4,700" is 4,650–4,750.
 * - `{ relative: r }`: plus or minus `r` times the value: `{ relative: 0.1 }` reads "about 600" as 540–660.
 *
 * A hedge never takes a non-negative figure below zero.
 */
export type HedgePolicy = "as-stated" | "rounding" | { readonly relative: number };

/**
 * The step of the last significant digit of `value`: 100 for 600 and 4,700,
 * 10,000 for 10,000, 0.01 for 1.25. Zero for zero.
 *
 * @category Estimate
 * @example
 * roundingStep(4700);
 * //=> 100
 */
export function roundingStep(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const [mantissa = "", exponent = "0"] = Math.abs(value).toExponential().split("e");
  const decimals = mantissa.split(".")[1]?.length ?? 0;
  return Number(`1e${Number(exponent) - decimals}`);
}

/**
 * The half-widths below and above `value` that `policy` gives a hedged figure.
 * @internal
 */
export function hedgeSpread(value: number, policy: HedgePolicy, step = roundingStep(value)): number {
  if (policy === "as-stated") return 0;
  if (policy === "rounding") return step / 2;
  const r = policy.relative;
  if (typeof r !== "number" || !Number.isFinite(r) || r < 0) {
    throw new FogcountError("invalid-option", `hedge: relative must be a finite number >= 0, got ${String(r)}`, {
      relative: r,
    });
  }
  return Math.abs(value) * r;
}

/** `value - spread`, not crossing zero when `value` is non-negative. @internal */
export function widenDown(value: number, spread: number): number {
  const low = value - spread;
  return value >= 0 && low < 0 ? 0 : low;
}
