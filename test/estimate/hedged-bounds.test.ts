// A hedge word on a range or bound makes it approximate: the constructors mark it so, and a
// hand-built one that keeps the word without `approx: true` is refused, never read as certain.
import { describe, expect, it } from "vitest";

import { sumEstimates } from "../../src/estimate/arithmetic.js";
import { atLeast, atMost, exact, range } from "../../src/estimate/constructors.js";
import { formatEstimate } from "../../src/estimate/format.js";
import { toInterval } from "../../src/estimate/interval.js";
import { isApproximate } from "../../src/estimate/index.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { isFogcountError } from "../../src/errors.js";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isFogcountError(e) ? e.code : "not a FogcountError";
  }
  return undefined;
};

describe("a hedged range or bound", () => {
  it("is approximate when built with a hedge", () => {
    const r = range(10_000, 12_000, "person", { hedge: "roughly" });
    expect(r).toEqual({ kind: "range", low: 10_000, high: 12_000, unit: "person", approx: true, hedge: "roughly" });
    expect(isApproximate(r)).toBe(true);
    expect(formatEstimate(r)).toBe("roughly 10,000–12,000");
    expect(toInterval(r, { hedge: "rounding" })).toMatchObject({ low: 9_500, high: 12_500 });
    expect(sumEstimates([r, exact(1, "person")])).toMatchObject({ approx: true });
    expect(atLeast(3000, "person", { hedge: "some" })).toMatchObject({ approx: true, hedge: "some" });
    expect(atMost(3000, "person", { hedge: "perhaps" })).toMatchObject({ approx: true, hedge: "perhaps" });
    expect(EstimateSchema.safeParse(r).success).toBe(true);
  });

  it("refuses a hedge with approx: false", () => {
    expect(codeOf(() => range(1, 2, "person", { hedge: "roughly", approx: false }))).toBe("invalid-estimate");
    expect(codeOf(() => atLeast(1, "person", { hedge: "some", approx: false }))).toBe("invalid-estimate");
  });

  it("refuses a hand-built one that keeps the word but is not approx, naming the field", () => {
    const hand = { kind: "range", low: 1, high: 2, unit: "person", hedge: "roughly" } as const;
    expect(EstimateSchema.safeParse(hand).success).toBe(false);
    expect(EstimateSchema.safeParse({ kind: "atLeast", value: 1, unit: "person", hedge: "some", approx: false }).success).toBe(false);
    expect(() => formatEstimate(hand)).toThrow(/formatEstimate: estimate\.approx must be true where a hedge is kept/);
    expect(() => sumEstimates([hand])).toThrow(/list\[0\]\.approx/);
  });
});
