// The kit's arbitraries keep every number they draw, a best and an order of
// magnitude included, within the min and max asked for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { magnitudeInterval } from "../../src/index.js";
import { EstimateSchema } from "../../src/schemas.js";
import { arbClaim, arbDataset, arbEstimate, arbInterval, arbLedger, arbWaves } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("a best drawn by arbEstimate and arbInterval", () => {
  it("lies within min and max and is a whole number, as the values are", () => {
    const drawn = fc.sample(arbEstimate({ min: 100, max: 200, best: true }), { numRuns: 1000, seed: 9 });
    const bests = drawn.flatMap((e) => ("best" in e && e.best !== undefined ? [e.best] : []));
    expect(bests.length).toBeGreaterThan(50);
    for (const b of bests) expect(Number.isInteger(b) && b > 100 && b < 200).toBe(true);
    for (const e of drawn) expect(EstimateSchema.safeParse(e).success).toBe(true);
  });

  it("has at most two decimals when integers is false", () => {
    const bests = fc
      .sample(arbEstimate({ min: 1, max: 5, integers: false, best: true, kinds: ["range", "atLeast", "atMost"] }), { numRuns: 500, seed: 3 })
      .flatMap((e) => ("best" in e && e.best !== undefined ? [e.best] : []));
    expect(bests.length).toBeGreaterThan(20);
    for (const b of bests) expect(Math.abs(Math.round(b * 100) - b * 100) < 1e-6 && b > 1 && b < 5).toBe(true);
  });

  it("of an interval is whole and not below its low nor above max", () => {
    const bests = fc.sample(arbInterval({ max: 50 }), { numRuns: 500, seed: 9 }).flatMap((i) => (i.best === undefined ? [] : [[i.low, i.best]]));
    expect(bests.length).toBeGreaterThan(20);
    for (const [low, b] of bests) expect(Number.isInteger(b) && b! > low! && b! < 50).toBe(true);
  });
});

describe("a magnitude drawn by arbEstimate", () => {
  it("reads as an interval within min and max", () => {
    const drawn = fc.sample(arbEstimate({ kinds: ["magnitude"], min: 10, max: 1000 }), { numRuns: 300, seed: 1 });
    for (const e of drawn) {
      if (e.kind !== "magnitude") throw new Error("not a magnitude");
      const { low, high } = magnitudeInterval(e.order);
      expect(low >= 10 && high <= 1000).toBe(true);
    }
  });

  it("is left out when no order fits, and refused when asked for alone", () => {
    expect(fc.sample(arbEstimate({ max: 20 }), { numRuns: 300, seed: 2 }).some((e) => e.kind === "magnitude")).toBe(false);
    expect(thrown(() => arbEstimate({ kinds: ["magnitude"], max: 20 }))).toMatchObject({ code: "invalid-option" });
    expect(thrown(() => arbEstimate({ kinds: ["magnitude"], max: 20 })).message).toContain("options.kinds");
  });
});

describe("a money value drawn by arbLedger", () => {
  it("is never in an order of magnitude a TIV index value is drawn in", () => {
    const ledgers = fc.sample(arbLedger(), { numRuns: 300, seed: 4 });
    const values = ledgers.flatMap((l) => [...l.entries.map((e) => e.value), ...l.valuations.map((v) => v.value)]).filter((v) => v !== undefined);
    const orders = (basis: (b: string) => boolean) =>
      new Set(values.flatMap((v) => (basis(v.basis) && v.estimate.kind === "magnitude" ? [v.estimate.order] : [])));
    const [money, tiv] = [orders((b) => b !== "index"), orders((b) => b === "index")];
    expect(tiv.size).toBeGreaterThan(0);
    for (const o of tiv) expect(money.has(o)).toBe(false);
  });
});

describe("the magnitudes of arbClaim, arbWaves and arbDataset", () => {
  const fits = (e: unknown, max: number): boolean => {
    const m = e as { kind?: string; order?: Parameters<typeof magnitudeInterval>[0] };
    return m.kind !== "magnitude" || magnitudeInterval(m.order as never).high <= max;
  };

  it("lie within the max asked for", () => {
    for (const c of fc.sample(arbClaim({ max: 5000 }), { numRuns: 300, seed: 5 })) expect(fits(c.estimate, 5000)).toBe(true);
    for (const w of fc.sample(arbWaves({ max: 500 }), { numRuns: 100, seed: 5 }).flat()) expect(fits(w.size, 500)).toBe(true);
    for (const d of fc.sample(arbDataset({ max: 1000 }), { numRuns: 60, seed: 5 })) for (const c of d.claims) expect(fits(c.estimate, 1000)).toBe(true);
  });
});
