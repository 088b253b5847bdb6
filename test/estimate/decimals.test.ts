import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { places, toPlaces } from "../../src/_lib/decimal.js";
import { add, divide, multiply, scale, subtract, sumEstimates } from "../../src/estimate/arithmetic.js";
import { approx, exact, range } from "../../src/estimate/constructors.js";

/** A decimal of up to `p` places, as an integer count of 10^-p and the number written with it. */
const decimal = (p: number) => fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => ({ n, x: n / 10 ** p }));

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

  it("reads the places of a number as its shortest decimal", () => {
    expect([0.1, 2.5e-7, 300, 123.456, -0.05, 1.5e21].map(places)).toEqual([1, 8, 0, 3, 2, 0]);
    expect(places(0.30000000000000004)).toBe(Infinity);
    expect(places(1 / 3)).toBe(Infinity);
    // an error bound of half the last place or more leaves the number as it is
    expect(toPlaces(0.30000000000000004, 1, 0.05)).toBe(0.30000000000000004);
    expect(toPlaces(-1e-17, 1, 1e-16)).toBe(0);
    expect(Object.is(toPlaces(-1e-17, 1, 1e-16), -0)).toBe(false);
  });

  it("gives the exact decimal sum of any list of decimals of up to four places", () => {
    fc.assert(
      fc.property(fc.array(decimal(4), { minLength: 1, maxLength: 40 }), (xs) => {
        const total = xs.reduce((s, d) => s + d.n, 0);
        expect(sumEstimates(xs.map((d) => exact(d.x, "USD")))).toEqual(exact(total / 10 ** 4, "USD"));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the exact decimal sum and product of two decimals", () => {
    fc.assert(
      fc.property(decimal(3), decimal(2), (a, b) => {
        expect(add(exact(a.x, "t"), exact(b.x, "t"))).toEqual(exact((a.n * 10 + b.n * 100) / 10 ** 4, "t"));
        expect(multiply(exact(a.x, "t"), exact(b.x, "1"))).toEqual(exact((a.n * b.n) / 10 ** 5 + 0, "t"));
      }),
      { numRuns: 2000 },
    );
  });
});
