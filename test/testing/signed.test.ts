// Figures below zero: arbFigure, arbEstimate and arbInterval draw them when `min` is below 0 (a
// net change, a balance), each estimate still passing the schema; an "at most" (read from 0 to
// its value) and an order of magnitude are drawn only from 0 up. The arbitraries of claims,
// breakdowns, waves and ledgers, which count, still refuse a `min` below 0.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readInterval } from "../../src/estimate/read.js";
import { EstimateSchema } from "../../src/schemas.js";
import type { Estimate } from "../../src/index.js";
import { arbClaim, arbDataset, arbEstimate, arbFigure, arbInterval } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

/** The numbers an estimate states: its value, its ends, its best. */
const stated = (e: Estimate): number[] => {
  const own = e.kind === "range" ? [e.low, e.high] : e.kind === "magnitude" ? [] : [e.value];
  return "best" in e && e.best !== undefined ? [...own, e.best] : own;
};

describe("figures below zero", () => {
  it.each([
    [-50, 50, true],
    [-50, 50, false],
    [-1e6, -1, true],
    [-1e300, 1e300, true],
    [-1e300, -1e200, true],
    [-(2 ** 60), 2 ** 60, false],
    [-0.5, 0.5, false],
  ])("arbFigure draws from %d to %d (integers: %s), never -0", (min, max, integers) => {
    fc.assert(
      fc.property(arbFigure({ min, max, integers }), (n) => {
        expect(n >= min && n <= max).toBe(true);
        expect(Object.is(n, -0)).toBe(false);
        if (integers) expect(Number.isInteger(n)).toBe(true);
      }),
      { seed: 3 },
    );
  });

  it("arbFigure draws negative figures when min is below 0", () => {
    expect(fc.sample(arbFigure({ min: -50, max: 50 }), { numRuns: 100, seed: 1 }).some((n) => n < 0)).toBe(true);
  });

  it.each([
    [-50, 50],
    [-1e6, -1],
    [-1e12, 1e12],
    [-1e300, 1e300],
  ])("arbEstimate from %d to %d: every estimate passes the schema, states numbers within them, and keeps its best inside", (min, max) => {
    fc.assert(
      fc.property(arbEstimate({ min, max, best: true, integers: false }), (e) => {
        expect(EstimateSchema.safeParse(e).success).toBe(true);
        for (const n of stated(e)) expect(n >= min && n <= max).toBe(true);
        const i = readInterval(e, "test");
        if (i.best !== undefined) expect(i.best >= i.low && i.best <= i.high).toBe(true);
        if (e.kind === "atMost") expect(e.value).toBeGreaterThanOrEqual(0);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it("arbEstimate with max below 0 leaves out 'at most' and magnitudes, and refuses them alone", () => {
    const kinds = new Set(fc.sample(arbEstimate({ min: -1000, max: -1 }), { numRuns: 300, seed: 2 }).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["approx", "atLeast", "exact", "range"]);
    expect(thrown(() => arbEstimate({ min: -1000, max: -1, kinds: ["atMost"] }))).toMatchObject({
      code: "invalid-option",
      message: expect.stringContaining('arbEstimate: options.kinds asks for "at most" bounds only, but an "at most" reads from 0 to its value, and options.max is below 0 (-1)'),
    });
    expect(thrown(() => arbEstimate({ min: -1000, max: -1, kinds: ["atMost", "magnitude"] }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("asks for magnitudes and \"at most\" bounds only") });
  });

  it("arbInterval draws intervals of negative figures", () => {
    fc.assert(
      fc.property(arbInterval({ min: -100, max: -10, bounded: true }), (i) => {
        expect(i.low >= -100 && i.high <= -10 && i.low <= i.high).toBe(true);
      }),
      { seed: 4 },
    );
  });

  it("a min or max that is not a finite number is still refused", () => {
    expect(thrown(() => arbFigure({ min: -Infinity }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("arbFigure: options.min must be a finite number, got -Infinity") });
    expect(thrown(() => arbEstimate({ max: Number.NaN }))).toMatchObject({ code: "invalid-option" });
    expect(thrown(() => arbFigure({ min: 5, max: -5 }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("must not be below options.min (5)") });
  });

  it("claims and datasets, which count, still refuse a min below 0", () => {
    expect(thrown(() => arbClaim({ min: -1 }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("options.min must be a finite number of at least 0") });
    expect(thrown(() => arbDataset({ min: -1 }))).toMatchObject({ code: "invalid-option" });
  });
});
