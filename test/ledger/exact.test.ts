// Exact sums: the numbers a summary keeps add up to the exact sum of what was
// added, the first of them is that sum rounded once to the nearest number, and
// the list does not depend on the order of the terms. Checked against BigInt
// arithmetic on multiples of 2^-1074, the smallest step between numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { canonical, decimalOf, decimalSum, grow, isCanonical, roundSum, sumEnd } from "../../src/ledger/exact.js";
import { expectFogcountError } from "../helpers.js";

/** A finite number as an exact multiple of 2^-1074. */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const magnitude = exponent === 0 ? fraction : (fraction | (1n << 52n)) << BigInt(exponent - 1);
  return bits >> 63n === 1n ? -magnitude : magnitude;
}

/** Half the gap above a number's magnitude, in steps of 2^-1074. */
function halfUlp(x: number): bigint {
  const exponent = Number((scaled(Math.abs(x)) === 0n ? 0n : BigInt(Math.max(0, Math.floor(Math.log2(Math.abs(x))) + 1022))));
  return exponent === 0 ? 1n : 1n << BigInt(exponent + 52 - 53);
}

const exactSum = (xs: readonly number[]): bigint => xs.reduce((s, x) => s + scaled(x), 0n);

const numbers = fc.array(
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), fc.double({ noNaN: true, min: -1, max: 1 }), fc.integer().map((n) => n / 10), fc.constantFrom(0.1, 0.2, 0.3, 1e16, -1e16, 5e-324)),
  { maxLength: 30 },
);

function sumOf(xs: readonly number[]): number[] {
  const p: number[] = [];
  for (const x of xs) grow(p, x);
  return canonical(p);
}

describe("exact sums", () => {
  it("add up to the exact sum, and start with it rounded once", () => {
    fc.assert(
      fc.property(numbers, (xs) => {
        const list = sumOf(xs);
        expect(exactSum(list)).toBe(exactSum(xs));
        const first = list[0] ?? 0;
        const error = exactSum(xs) - scaled(first);
        expect(error <= halfUlp(first) && -error <= halfUlp(first)).toBe(true);
        expect(isCanonical(list)).toBe(true);
      }),
    );
  });

  it("do not depend on the order of the terms", () => {
    fc.assert(
      fc.property(numbers, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (xs, keys) => {
        const shuffled = xs.map((x) => [keys.next().value as number, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        expect(sumOf(shuffled)).toEqual(sumOf(xs));
      }),
    );
  });

  it("round as math.fsum does", () => {
    expect(sumOf(Array.from({ length: 10 }, () => 0.1))[0]).toBe(1);
    expect(sumOf([1e16, 1, -1e16])).toEqual([1]);
    expect(sumOf([1, 1e100, 1, -1e100])).toEqual([2]);
    expect(sumOf([])).toEqual([]);
    expect(sumOf([0.1, -0.1])).toEqual([]);
    expect(roundSum([])).toBe(0);
    // a half-way case decided by a partial below it: 1 + 2^-53 + 2^-106 rounds up
    expect(sumOf([1, 2 ** -53, 2 ** -106])[0]).toBe(1 + 2 ** -52);
    expect(sumOf([1, 2 ** -53])[0]).toBe(1);
  });

  it("refuse a running sum past the largest number", () => {
    expectFogcountError(() => sumOf([Number.MAX_VALUE, Number.MAX_VALUE]), "overflow");
  });

  it("tell a list written otherwise from the canonical one", () => {
    expect(isCanonical([1, 1])).toBe(false);
    expect(isCanonical([0])).toBe(false);
    expect(isCanonical([1e-20, 1])).toBe(false);
    expect(isCanonical("1")).toBe(false);
    expect(isCanonical(Array.from({ length: 65 }, () => 1))).toBe(false);
    expect(isCanonical([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(false);
    expect(isCanonical(sumOf([0.1, 0.2]))).toBe(true);
  });
});

describe("an exact sum read as the decimal it stands for", () => {
  /** The decimal `digits / 10^places` as the number JavaScript reads its text as. */
  const decimal = (digits: bigint, places: number): number => {
    const text = (digits < 0n ? -digits : digits).toString().padStart(places + 1, "0");
    const written = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
    return Number(`${digits < 0n ? "-" : ""}${written}`);
  };

  it("is the decimal sum of decimal terms, whatever their order (up to 15 significant digits)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 40 }), (places, digits) => {
        const p: number[] = [];
        for (const d of digits) grow(p, decimal(d, places));
        const total = digits.reduce((a, b) => a + b, 0n);
        fc.pre(total.toString().length <= 15);
        expect(decimalSum(canonical(p))).toBe(decimal(total, places));
      }),
    );
  });

  it("gives 0 for a difference of equal decimal sums, and the decimal difference of others", () => {
    const sum = (xs: number[]): number[] => {
      const p: number[] = [];
      for (const x of xs) grow(p, x);
      return canonical(p);
    };
    const [a, b] = [sum([0.1, 0.2]), sum([0.3])];
    const minus = (x: number[], y: number[]): number => {
      const p: number[] = [];
      for (const v of x) grow(p, v);
      for (const v of y) grow(p, -v);
      return decimalOf(roundSum(p), decimalSum(x) + decimalSum(y));
    };
    expect(minus(a, b)).toBe(0);
    expect(minus(sum([1.1]), sum([0.3]))).toBe(0.8);
    expect(minus(sum([2.6, 0.7]), sum([1]))).toBe(2.3);
  });

  it("leaves a sum with no shorter decimal near it as it is", () => {
    expect(decimalOf(1 / 3, 1 / 3)).toBe(1 / 3);
    expect(decimalOf(0, 0)).toBe(0);
    expect(decimalOf(123_456_789_012_345, 123_456_789_012_345)).toBe(123_456_789_012_345);
    expect(decimalOf(Infinity, Infinity)).toBe(Infinity);
  });

  it("past 2^53, gives the doubles on either side of a sum that falls between two", () => {
    const list = (...terms: number[]) => {
      const p: number[] = [];
      for (const t of terms) grow(p, t);
      return canonical(p);
    };
    expect([sumEnd(list(2 ** 53, 1), -1), sumEnd(list(2 ** 53, 1), 1)]).toEqual([2 ** 53, 2 ** 53 + 2]);
    expect([sumEnd(list(1e16, 3), -1), sumEnd(list(1e16, 3), 1)]).toEqual([1e16 + 2, 1e16 + 4]);
    expect([sumEnd(list(2 ** 53), -1), sumEnd(list(2 ** 53), 1), sumEnd(list(0.1, 0.2), 1)]).toEqual([2 ** 53, 2 ** 53, 0.3]);
  });

  it("never moves a whole number, or a term of 16 or 17 significant digits, to a shorter decimal", () => {
    for (const x of [9_007_199_254_740_992, 2 ** 60, 0.12345678901234568, 123_456.789_012_345_67, 1_234_567_890_123.4567]) {
      expect(decimalOf(x, Math.abs(x))).toBe(x);
      expect(decimalSum([x])).toBe(x);
    }
  });
});
