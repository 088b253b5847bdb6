import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { containsZero } from "../../src/_lib/interval-math.js";
import { add, divide, multiply, scale, subtract, sumEstimates } from "../../src/estimate/arithmetic.js";
import { contains } from "../../src/estimate/compare.js";
import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { applyHedge } from "../../src/estimate/hedge.js";
import { toInterval } from "../../src/estimate/interval.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { arbEstimate } from "../../src/testing/estimate.js";
import { deepFreeze, pointIn, thrownCode } from "../helpers.js";

const runs = { numRuns: 1000 };
const est = arbEstimate({ max: 1e6 });
const t = fc.double({ min: 0, max: 1, noNaN: true });
const reach = fc.integer({ min: 0, max: 1e6 });
/** An estimate and a value it allows. */
const withPoint = fc.tuple(est, t, reach).map(([e, u, r]) => ({ e, x: pointIn(toInterval(e), u, r) }));

describe("add", () => {
  it("adds a wave to a range of troops, keeping the hedge", () => {
    expect(add(range(10_000, 12_000, "person"), approx(3000, "person"))).toEqual({
      kind: "range",
      low: 13_000,
      high: 15_000,
      unit: "person",
      approx: true,
    });
  });

  it("carries best values when every input has one", () => {
    expect(add(range(10_000, 12_000, "person", { best: 11_000 }), exact(3000, "person"))).toEqual({
      kind: "range",
      low: 13_000,
      high: 15_000,
      unit: "person",
      best: 14_000,
    });
    expect(add(range(10_000, 12_000, "person"), exact(3000, "person"))).not.toHaveProperty("best");
  });

  it("keeps bounds as bounds", () => {
    expect(add(atLeast(1000, "person", { strict: true }), exact(500, "person"))).toEqual({
      kind: "atLeast",
      value: 1500,
      strict: true,
      unit: "person",
    });
    expect(add(atMost(100, "person"), atMost(50, "person"))).toEqual({ kind: "atMost", value: 150, strict: false, unit: "person" });
  });

  it("rejects different units with unit-mismatch", () => {
    const mixed = () => add(exact(1, "USD") as Estimate, exact(1, "EUR") as Estimate);
    expect(thrownCode(mixed)).toBe("unit-mismatch");
    expect(mixed).toThrow('add: cannot combine "USD" with "EUR"');
  });

  it("contains every sum of values its inputs allow", () => {
    fc.assert(
      fc.property(withPoint, withPoint, (a, b) => {
        expect(contains(add(a.e, b.e), a.x + b.x)).toBe(true);
      }),
      runs,
    );
  });

  it("does not mutate its inputs", () => {
    const a = deepFreeze(range(1, 2, "x"));
    const b = deepFreeze(approx(3, "x"));
    expect(() => add(a, b)).not.toThrow();
  });
});

describe("subtract", () => {
  it("subtracts deaths from casualties", () => {
    expect(subtract(approx(4700, "person"), approx(600, "person"))).toEqual({ kind: "approx", value: 4100, unit: "person" });
  });

  it("rejects subtracting an open-ended figure with unbounded-below", () => {
    expect(thrownCode(() => subtract(exact(10, "x"), atLeast(5, "x")))).toBe("unbounded-below");
  });

  it("rejects different units with unit-mismatch", () => {
    expect(thrownCode(() => subtract(exact(1, "x") as Estimate, exact(1, "y") as Estimate))).toBe("unit-mismatch");
  });

  it("contains every difference of values its inputs allow", () => {
    fc.assert(
      fc.property(withPoint, withPoint, (a, b) => {
        if (toInterval(b.e).high === Infinity) {
          expect(thrownCode(() => subtract(a.e, b.e))).toBe("unbounded-below");
        } else {
          expect(contains(subtract(a.e, b.e), a.x - b.x)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe("multiply", () => {
  it("multiplies a rate by a duration and cancels the unit", () => {
    expect(multiply(approx(500, "person/day"), exact(30, "day"))).toEqual({ kind: "approx", value: 15_000, unit: "person" });
    expect(multiply(exact(30, "day"), approx(500, "person/day"))).toMatchObject({ unit: "person" });
  });

  it("names the product of other units", () => {
    expect(multiply(exact(2, "x"), exact(3, "y")).unit).toBe("x*y");
    expect(multiply(exact(2, "1"), exact(3, "y")).unit).toBe("y");
    expect(multiply(exact(2, "y"), exact(3, "1")).unit).toBe("y");
  });

  it("handles a zero end against an unbounded one", () => {
    expect(multiply(atMost(10, "x"), atLeast(2, "1"))).toEqual({ kind: "atLeast", value: 0, strict: false, unit: "x" });
  });

  it("rejects a product with no lower bound with unbounded-below", () => {
    expect(thrownCode(() => multiply(range(-1, 1, "x"), atLeast(1, "1")))).toBe("unbounded-below");
  });

  it("contains every product of values its inputs allow", () => {
    fc.assert(
      fc.property(withPoint, withPoint, (a, b) => {
        expect(contains(multiply(a.e, b.e), a.x * b.x)).toBe(true);
      }),
      runs,
    );
  });

  it("contains every product with negative values too", () => {
    const signed = fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), t)
      .map(([p, q, u]) => ({ e: range(Math.min(p, q), Math.max(p, q), "x"), x: Math.min(p, q) + u * Math.abs(p - q) }));
    fc.assert(
      fc.property(signed, signed, (a, b) => {
        expect(contains(multiply(a.e, b.e), a.x * b.x)).toBe(true);
      }),
      runs,
    );
  });
});

describe("divide", () => {
  it("divides a count by a duration into a rate", () => {
    expect(divide(exact(15_000, "person"), exact(30, "day"))).toEqual({ kind: "exact", value: 500, unit: "person/day" });
    expect(divide(exact(6, "x"), exact(3, "x")).unit).toBe("1");
    expect(divide(exact(6, "x"), exact(3, "1")).unit).toBe("x");
  });

  it("divides by an open-ended figure down to zero", () => {
    expect(divide(exact(100, "x"), atLeast(10, "1", { strict: true }))).toEqual({
      kind: "range",
      low: 0,
      high: 10,
      unit: "x",
    });
  });

  it("divides by a figure that only approaches zero", () => {
    expect(divide(exact(10, "x"), atLeast(0, "1", { strict: true }))).toEqual({
      kind: "atLeast",
      value: 0,
      strict: true,
      unit: "x",
    });
    expect(divide(atLeast(1, "x"), atLeast(1, "1"))).toEqual({ kind: "atLeast", value: 0, strict: true, unit: "x" });
  });

  it("contains every quotient with negative values too", () => {
    const nonzero = fc.integer({ min: -1000, max: 1000 }).filter((n) => n !== 0);
    const signed = fc
      .tuple(nonzero, nonzero, t)
      .filter(([p, q]) => Math.sign(p) === Math.sign(q))
      .map(([p, q, u]) => ({ e: range(Math.min(p, q), Math.max(p, q), "x"), x: Math.min(p, q) + u * Math.abs(p - q) }));
    fc.assert(
      fc.property(signed, signed, (a, b) => {
        expect(contains(divide(a.e, b.e), a.x / b.x)).toBe(true);
      }),
      runs,
    );
  });

  it("rejects a divisor that can be zero with division-by-zero-interval", () => {
    for (const d of [exact(0, "x"), range(0, 5, "x"), atMost(5, "x"), range(-1, 1, "x")]) {
      expect(thrownCode(() => divide(exact(1, "x"), d))).toBe("division-by-zero-interval");
    }
    expect(() => divide(exact(1, "x"), range(0, 5, "day"))).toThrow('divide: the divisor [0, 5] (in "day") can be zero');
  });

  it("contains every quotient of values its inputs allow", () => {
    fc.assert(
      fc.property(withPoint, withPoint, (a, b) => {
        if (containsZero(toInterval(b.e))) {
          expect(thrownCode(() => divide(a.e, b.e))).toBe("division-by-zero-interval");
        } else {
          // x just below an open end can round onto it (0.9999999999999999 / 24 is 1/24 in doubles): that is the division's rounding, not the bound's
          const q = divide(a.e, b.e);
          const i = toInterval(q);
          const onOpenEnd = (i.lowOpen && a.x / b.x === i.low) || (i.highOpen && a.x / b.x === i.high);
          expect(contains(q, a.x / b.x) || onOpenEnd).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe("scale", () => {
  it("scales and keeps the unit", () => {
    expect(scale(range(10_000, 12_000, "person"), 0.5)).toEqual({ kind: "range", low: 5000, high: 6000, unit: "person" });
    expect(scale(approx(10, "USD"), 3)).toEqual({ kind: "approx", value: 30, unit: "USD" });
  });

  it("rejects a non-finite factor with invalid-option", () => {
    expect(thrownCode(() => scale(exact(1, "x"), NaN))).toBe("invalid-option");
    expect(() => scale(exact(1, "x"), Infinity)).toThrow("scale: factor must be a finite number, got Infinity");
  });

  it("rejects flipping an open-ended figure with unbounded-below", () => {
    expect(thrownCode(() => scale(atLeast(1, "x"), -1))).toBe("unbounded-below");
  });
});

describe("sumEstimates", () => {
  it("refuses a sum past the largest finite number whatever the order, and only such a sum", () => {
    const huge = exact(1.7e308, "person");
    const past = "sumEstimates: the sum's high end is past the largest finite number, in any order of the terms";
    expect(() => sumEstimates([exact(1, "person"), huge, huge])).toThrow(expect.objectContaining({ code: "overflow", message: past.replace("high end", "low end") }));
    expect(() => sumEstimates([exact(1, "person"), huge, huge, { kind: "exact", value: 1, unit: "" } as never])).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    const [big, minus] = [exact(1e308, "x"), exact(-1e308, "x")];
    for (const order of [[big, big, minus], [big, minus, big], [minus, big, big]]) expect(sumEstimates(order)).toEqual(exact(1e308, "x"));
    expect(() => sumEstimates([range(1, 1e308, "x"), range(1, 1e308, "x")])).toThrow(past);
    // after "at least", the upper end is unbounded: finite upper ends past the largest number do not overflow it
    expect(sumEstimates([atLeast(1, "person"), atMost(1e308, "person"), atMost(1e308, "person")])).toEqual(atLeast(1, "person"));
    expect(() => sumEstimates([range(1e308, 1e308, "person"), range(1e308, 1e308, "person")])).toThrow(expect.objectContaining({ code: "overflow" }));
  });

  it("totals the waves of a deployment", () => {
    expect(sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")])).toEqual({
      kind: "range",
      low: 13_000,
      high: 15_000,
      unit: "person",
      approx: true,
    });
  });

  it("carries hedge width when the inputs are widened first", () => {
    const hedged = [approx(600, "person"), approx(4700, "person")].map((e) => applyHedge(e, "rounding"));
    expect(sumEstimates(hedged)).toEqual({ kind: "range", low: 5200, high: 5400, unit: "person", approx: true, best: 5300 });
  });

  it("sums an empty list to zero in the given unit", () => {
    expect(sumEstimates([], { unit: "person" })).toEqual({ kind: "exact", value: 0, unit: "person" });
  });

  it("rejects an empty list without a unit with empty-sum", () => {
    expect(thrownCode(() => sumEstimates([]))).toBe("empty-sum");
  });

  it("rejects mixed units with unit-mismatch, naming both", () => {
    const fn = () => sumEstimates([exact(1, "person"), exact(1, "shell")] as Estimate[]);
    expect(thrownCode(fn)).toBe("unit-mismatch");
    expect(fn).toThrow('sumEstimates: list[1] is in "shell", not "person"');
    expect(thrownCode(() => sumEstimates([exact(1, "person")], { unit: "USD" }))).toBe("unit-mismatch");
  });

  it("sums magnitudes through their table", () => {
    expect(sumEstimates([magnitude("thousands", "person"), exact(500, "person")])).toEqual({
      kind: "range",
      low: 2500,
      high: 10_500,
      unit: "person",
      approx: true,
    });
  });

  const list = fc.array(est, { maxLength: 8 });
  const sum = (xs: readonly Estimate[]) => sumEstimates(xs, { unit: "person" });

  it("contains every total of values its inputs allow", () => {
    fc.assert(
      fc.property(fc.array(withPoint, { maxLength: 8 }), (items) => {
        const total = items.reduce((s, i) => s + i.x, 0);
        expect(contains(sum(items.map((i) => i.e)), total)).toBe(true);
      }),
      runs,
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(list, fc.nat(), (xs, k) => {
        const rotated = [...xs.slice(k % (xs.length || 1)), ...xs.slice(0, k % (xs.length || 1))];
        expect(sum(rotated)).toEqual(sum(xs));
        expect(sum([...xs].reverse())).toEqual(sum(xs));
      }),
      runs,
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(list, list, list, (a, b, c) => {
        expect(sum([sum(a), sum([...b, ...c])])).toEqual(sum([sum([...a, ...b]), sum(c)]));
      }),
      runs,
    );
  });

  it("has exact zero as its identity", () => {
    fc.assert(
      fc.property(list, (xs) => {
        expect(sum([...xs, exact(0, "person")])).toEqual(sum(xs));
        expect(sum([exact(0, "person"), ...xs])).toEqual(sum(xs));
      }),
      runs,
    );
  });
});
