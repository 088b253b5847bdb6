import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { shortest, toDouble } from "../../src/_lib/exact-decimal.js";
import { add, divide, multiply, scale, subtract, sumEstimates } from "../../src/estimate/arithmetic.js";
import { approx, exact, range } from "../../src/estimate/constructors.js";

/** A decimal of up to `p` places, as an integer count of 10^-p and the number written with it; up to 13 digits, so that sums of 40 stay within the 15 a double writes. */
const decimal = (p: number) => fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }).map((n) => ({ n, x: Number(`${n}e-${p}`) }));

describe("arithmetic on figures written with decimals", () => {
  it("gives the decimal a person would, not the double next to it", () => {
    expect(add(exact(0.1, "USD"), exact(0.2, "USD"))).toEqual(exact(0.3, "USD"));
    expect(subtract(exact(0.3, "t"), exact(0.1, "t"))).toEqual(exact(0.2, "t"));
    expect(sumEstimates([exact(0.1, "USD"), exact(0.2, "USD"), exact(-0.3, "USD")])).toEqual(exact(0, "USD"));
    expect(sumEstimates(Array.from({ length: 10 }, () => exact(0.1, "t")))).toEqual(exact(1, "t"));
    expect(sumEstimates([range(0.1, 0.2, "USD"), approx(0.2, "USD")])).toEqual({ kind: "range", low: 0.3, high: 0.4, unit: "USD", approx: true });
    expect(scale(exact(0.1, "USD"), 3)).toEqual(exact(0.3, "USD"));
    expect(multiply(range(0.1, 0.7, "USD"), exact(3, "1"))).toEqual(range(0.3, 2.1, "USD"));
  });

  it("leaves a quotient, and figures that are no short decimals, as they are", () => {
    expect(divide(exact(1, "USD"), exact(3, "1"))).toEqual(exact(1 / 3, "USD"));
    expect(divide(exact(-441, "USD"), exact(591, "1"))).toEqual(exact(-441 / 591, "USD"));
    expect(add(exact(1 / 3, "t"), exact(1 / 3, "t"))).toEqual(exact(1 / 3 + 1 / 3, "t"));
    expect(add(exact(0.30000000000000004, "t"), exact(0, "t"))).toEqual(exact(0.30000000000000004, "t"));
  });

  it("reads a double as its shortest decimal, and gives the double that writes a decimal, or the one next to it", () => {
    expect([0.1, 2.5e-7, 300, -0.05, 1.5e21].map(shortest)).toEqual([
      { m: 1n, e: -1 },
      { m: 25n, e: -8 },
      { m: 300n, e: 0 },
      { m: -5n, e: -2 },
      { m: 1_500_000_000_000_000_000_000n, e: 0 },
    ]);
    expect(toDouble({ m: 3n, e: -1 }, -1)).toBe(0.3);
    expect(toDouble({ m: 9007199254740993n, e: 0 }, -1)).toBe(2 ** 53);
    expect(toDouble({ m: 9007199254740993n, e: 0 }, 1)).toBe(2 ** 53 + 2);
    expect(toDouble({ m: 1n, e: -600 }, -1)).toBe(0);
    expect(toDouble({ m: 1n, e: -600 }, 1)).toBe(Number.MIN_VALUE);
    expect(toDouble({ m: -1n, e: -600 }, -1)).toBe(-Number.MIN_VALUE);
  });

  it("adds terms that cancel exactly, whatever their order", () => {
    const cases: [number[], number][] = [
      [[2 ** 53, 1, -(2 ** 53)], 1],
      [[1e20, 1, -1e20], 1],
      [[1e16, 3, -1e16], 3],
      [[9e15, 0.3, -9e15], 0.3],
      [[123456789012, 0.0001234, -123456789012], 0.0001234],
    ];
    for (const [terms, total] of cases) {
      expect(sumEstimates(terms.map((x) => exact(x, "USD")))).toEqual(exact(total, "USD"));
      expect(sumEstimates([...terms].reverse().map((x) => exact(x, "USD")))).toEqual(exact(total, "USD"));
    }
  });

  it("keeps a product of decimals that no double writes as the range between two, and an underflow off zero", () => {
    // 77,908.877 × 789,373.07 = 61,499,169,417.7423893..., exactly 61499169417.74238939 to 8 places
    const p = multiply(exact(77908.877, "USD"), exact(789373.07, "1"));
    expect(p.kind === "exact" ? String(p.value) : p.kind).toMatch(/^(61499169417\.74239|range)$/);
    expect(multiply(exact(1e-300, "USD"), exact(1e-300, "1"))).toEqual({ kind: "atMost", value: Number.MIN_VALUE, strict: false, unit: "USD", best: 0 });
  });

  it("gives the exact decimal sum of any list of decimals of up to six places, in any order", () => {
    fc.assert(
      fc.property(fc.array(decimal(6), { minLength: 1, maxLength: 40 }), (xs) => {
        const total = xs.reduce((s, d) => s + d.n, 0);
        const expected = exact(Number(`${total}e-6`), "USD");
        expect(sumEstimates(xs.map((d) => exact(d.x, "USD")))).toEqual(expected);
        expect(sumEstimates([...xs].reverse().map((d) => exact(d.x, "USD")))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the exact decimal sum and product of two decimals", () => {
    fc.assert(
      fc.property(decimal(3).filter((d) => Math.abs(d.n) < 10_000_000), decimal(2).filter((d) => Math.abs(d.n) < 10_000_000), (a, b) => {
        expect(add(exact(a.x, "t"), exact(b.x, "t"))).toEqual(exact((a.n * 10 + b.n * 100) / 10 ** 4, "t"));
        expect(multiply(exact(a.x, "t"), exact(b.x, "1"))).toEqual(exact((a.n * b.n) / 10 ** 5 + 0, "t"));
      }),
      { numRuns: 2000 },
    );
  });
});
