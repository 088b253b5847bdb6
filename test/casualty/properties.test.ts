// What the casualty room promises, for every breakdown fast-check can make.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { casualtyRate, checkComposition, killedToWounded, lethality, reconcileCasualties } from "../../src/casualty/index.js";
import type { BreakdownField, CasualtyBreakdown, CasualtyValue } from "../../src/casualty/index.js";
import { explain } from "../../src/explain/index.js";
import type { Explanation, Figure } from "../../src/explain/index.js";
import { approx, atLeast, atMost, contains, exact, range, toInterval } from "../../src/index.js";
import type { CasualtyPart, Estimate } from "../../src/index.js";
import { CasualtyBreakdownSchema } from "../../src/schemas.js";
import { arbBreakdown, arbEstimate } from "../../src/testing/index.js";
import { deepFreeze, pointIn, thrownCode } from "../helpers.js";
import { casualty } from "./claims.js";

const PARTS: readonly CasualtyPart[] = ["killed", "wounded", "missing", "captured"];
const FIELDS: readonly BreakdownField[] = [...PARTS, "total"];
const STATES = ["unknown", "not-reported", "none-observed"] as const;
const includes = fc.subarray([...PARTS], { minLength: 1 });

/** A true count stated as a source might: exactly, about, as a range, a bound, or not at all. */
const statedAs = (v: number): fc.Arbitrary<CasualtyValue> =>
  fc.oneof(
    fc.constant(exact(v, "person")),
    fc.constant(approx(v, "person")),
    fc.tuple(fc.nat(1000), fc.nat(1000)).map(([a, b]) => range(Math.max(0, v - a), v + b, "person")),
    fc.nat(1000).map((a) => atLeast(Math.max(0, v - a), "person")),
    fc.nat(1000).map((b) => atMost(v + b, "person")),
    fc.constantFrom(...STATES),
  );

/** True counts, the parts the total counts, and a breakdown that states them. */
const consistent = fc
  .record({ killed: fc.nat(5000), wounded: fc.nat(50_000), missing: fc.nat(2000), captured: fc.nat(500), includes })
  .chain((truth) => {
    const total = truth.includes.reduce((sum, p) => sum + truth[p], 0);
    const values = { ...truth, total };
    return fc
      .record({ killed: statedAs(truth.killed), wounded: statedAs(truth.wounded), missing: statedAs(truth.missing), captured: statedAs(truth.captured), total: statedAs(total) })
      .map((fields) => ({ values, breakdown: deepFreeze({ ...fields, includes: truth.includes }) as CasualtyBreakdown }));
  });

/** Any breakdown, its figures consistent or not: each field a figure up to a million or, as often, a state. */
const anyBreakdown = arbBreakdown({ consistent: false, max: 250_000 }).map((b) => deepFreeze(b));

/** Every estimate in a figure's working, and in its explanation, in the same order. */
function estimates(f: Figure): Estimate[] {
  const d = f.derivation;
  return [f.estimate, ...("inputs" in d ? d.inputs.flatMap(estimates) : [])];
}
function explained(e: Explanation): Estimate[] {
  return [e.estimate, ...(e.inputs ?? []).flatMap(explained)];
}

describe("reconcileCasualties, for every breakdown", () => {
  it("derives from consistent figures a value that contains the true count, and finds nothing wrong with them", () => {
    fc.assert(
      fc.property(consistent, ({ values, breakdown }) => {
        const { breakdown: out, derived, findings } = reconcileCasualties(breakdown);
        expect(findings.filter((f) => f.severity === "error" || f.code === "parts-fall-short")).toEqual([]);
        for (const field of FIELDS) {
          const figure = derived[field];
          if (figure === undefined) expect(out[field]).toEqual(breakdown[field]);
          else expect(contains(figure.estimate, values[field])).toBe(true);
          const value = out[field];
          if (typeof value !== "string") expect(contains(value, values[field])).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("derives a part no stated figure rules out: every value of it fits the stated total and parts", () => {
    fc.assert(
      fc.property(consistent, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(1e6), ({ breakdown }, t, reach) => {
        const { derived } = reconcileCasualties(breakdown);
        for (const part of PARTS) {
          const figure = derived[part];
          if (figure === undefined || figure.derivation.op !== "difference") continue;
          const [total, others] = figure.derivation.inputs.map((i) => toInterval(i.estimate)) as [ReturnType<typeof toInterval>, ReturnType<typeof toInterval>];
          const x = pointIn(toInterval(figure.estimate), t, reach);
          // the total and the other parts that leave x: the least total that can, and what it leaves for the others
          const totalValue = Math.max(total.low, x + others.low);
          expect(contains(breakdown.total as Estimate, totalValue)).toBe(true);
          // x was drawn in floating point: what it leaves is compared to within its rounding
          const slack = 1e-9 * Math.max(1, totalValue);
          expect(totalValue - x).toBeGreaterThanOrEqual(others.low - slack);
          expect(totalValue - x).toBeLessThanOrEqual(others.high + slack);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never derives a part below zero nor above its total, returns a breakdown, and derives nothing more from it", () => {
    fc.assert(
      fc.property(anyBreakdown, (breakdown) => {
        const { breakdown: out, derived, findings } = reconcileCasualties(breakdown);
        expect(CasualtyBreakdownSchema.safeParse(out).success).toBe(true);
        for (const [field, figure] of Object.entries(derived) as [BreakdownField, Figure][]) {
          const i = toInterval(figure.estimate);
          expect(i.low).toBeGreaterThanOrEqual(0);
          if (field !== "total" && typeof breakdown.total !== "string") expect(i.high).toBeLessThanOrEqual(toInterval(breakdown.total).high);
          if (field === "total") for (const p of breakdown.includes) expect(i.low).toBeGreaterThanOrEqual(toInterval(out[p] as Estimate).low);
        }
        if (findings.every((f) => f.severity !== "error")) expect(reconcileCasualties(out).derived).toEqual({});
      }),
      { numRuns: 2000 },
    );
  });

  it("is explained without a value changed", () => {
    fc.assert(
      fc.property(anyBreakdown, (breakdown) => {
        for (const figure of Object.values(reconcileCasualties(breakdown).derived) as Figure[]) {
          expect(explained(explain(figure, { format: "json" }))).toEqual(estimates(figure));
          expect(explain(figure)).toContain(" = ");
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("checkComposition, for every originator's claims", () => {
  it("finds nothing in figures that state true counts", () => {
    const days = ["2025-01-31", "2025-02-28", "2025-03-31"];
    fc.assert(
      fc.property(fc.array(consistent, { minLength: 1, maxLength: 3 }), (months) => {
        const claims = months.flatMap(({ breakdown }, m) =>
          FIELDS.flatMap((field) => {
            const value = breakdown[field];
            if (typeof value === "string") return [];
            const measure = field === "total" ? "casualties" : field;
            const indicator = { subject: "zz-forces", measure, unit: "person", ...(field === "total" && { includes: breakdown.includes }) } as const;
            return [casualty(`${field}-${m}`, measure, value, days[m] as string, { indicator })];
          }),
        );
        expect(checkComposition(claims)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the ratios, for every pair of figures", () => {
  const figure = arbEstimate({ max: 1e6, integers: false });
  const t = fc.double({ min: 0, max: 1, noNaN: true });

  it("casualtyRate and lethality contain the share of every pair of points drawn from their inputs", () => {
    fc.assert(
      fc.property(figure, figure, t, t, fc.nat(1e6), fc.nat(1e6), (c, d, tc, td, rc, rd) => {
        const code = thrownCode(() => casualtyRate(c, d));
        if (code !== undefined) {
          expect(["part-exceeds-whole", "division-by-zero-interval"]).toContain(code);
          return;
        }
        const rate = casualtyRate(c, d);
        expect(lethality(c, d).estimate).toEqual(rate.estimate);
        const x = pointIn(toInterval(c), tc, rc);
        const y = pointIn(toInterval(d), td, rd);
        if (x > y || y === 0) return; // no casualties of that force
        const { low, high, lowOpen, highOpen } = toInterval(rate.estimate);
        if ((lowOpen && x / y === low) || (highOpen && x / y === high)) return;
        // the share of the decimals the figures stand for, which float division may miss by a unit in the last place
        const q = x / y;
        const slack = 4 * Number.EPSILON * Math.abs(q);
        expect(contains(rate.estimate, q) || (low - slack <= q && q <= high + slack)).toBe(true);
        expect(explained(explain(rate, { format: "json" }))).toEqual(estimates(rate));
      }),
      { numRuns: 2000 },
    );
  });

  it("killedToWounded contains the ratio of every pair of points drawn from its inputs", () => {
    fc.assert(
      fc.property(figure, figure, t, t, fc.nat(1e6), fc.nat(1e6), (k, w, tk, tw, rk, rw) => {
        const code = thrownCode(() => killedToWounded(k, w));
        if (code !== undefined) {
          expect(code).toBe("division-by-zero-interval");
          return;
        }
        const perWounded = killedToWounded(k, w);
        const x = pointIn(toInterval(k), tk, rk);
        const y = pointIn(toInterval(w), tw, rw);
        const { low, high, lowOpen, highOpen } = toInterval(perWounded.estimate);
        if ((lowOpen && x / y === low) || (highOpen && x / y === high)) return;
        // the library divides the decimals the figures stand for (685,340.46 / 0.07 is 9,790,578),
        // which float division may miss by a unit in the last place
        const q = x / y;
        const slack = 4 * Number.EPSILON * Math.abs(q);
        expect(contains(perWounded.estimate, q) || (low - slack <= q && q <= high + slack)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
