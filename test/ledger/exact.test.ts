// Exact sums: the numbers a summary keeps add up to the exact sum of what was
// added, the first of them is that sum rounded once to the nearest number, and
// the list does not depend on the order of the terms. Checked against BigInt
// arithmetic on multiples of 2^-1074, the smallest step between numbers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { canonical, grow, isCanonical, roundSum } from "../../src/ledger/exact.js";
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
