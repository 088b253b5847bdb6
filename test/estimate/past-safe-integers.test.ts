import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { add, divide, multiply, scale, subtract, sumEstimates } from "../../src/estimate/arithmetic.js";
import { exact, range } from "../../src/estimate/constructors.js";
import { toInterval } from "../../src/estimate/interval.js";
import type { Estimate } from "../../src/estimate/schema.js";

const TWO_53 = 2 ** 53;

/** Whether the estimate's interval holds the whole number `n`, compared exactly. */
function holds(e: Estimate, n: bigint): boolean {
  const i = toInterval(e);
  return BigInt(i.low) <= n && n <= BigInt(i.high);
}

/** Whole numbers a double holds, from 2^40 to 2^62, where sums and products leave 2^53 behind. */
const big = fc.integer({ min: 40, max: 62 }).chain((p) => fc.bigInt({ min: 1n, max: 1n << 11n }).map((m) => Number(m << BigInt(p - 11))));
const small = fc.integer({ min: 1, max: 1000 });

describe("arithmetic past 2^53, where doubles skip whole numbers", () => {
  it("gives the range between two doubles, not a neighbour marked exact", () => {
    expect(add(exact(TWO_53, "person"), exact(1, "person"))).toEqual({ kind: "range", low: TWO_53, high: TWO_53 + 2, unit: "person", best: TWO_53 });
    // added up exactly: 2^53 + 1 + 1 is a double, 2^53 + 1 + 2 is not
    expect(sumEstimates([exact(TWO_53, "person"), exact(1, "person"), exact(1, "person")])).toEqual(exact(TWO_53 + 2, "person"));
    expect(sumEstimates([exact(TWO_53, "person"), exact(1, "person"), exact(2, "person")])).toEqual({ kind: "range", low: TWO_53 + 2, high: TWO_53 + 4, unit: "person", best: TWO_53 + 4 });
    expect(subtract(exact(TWO_53, "person"), exact(-1, "person")).kind).toBe("range");
  });

  it("keeps a figure exact when the double holds it", () => {
    expect(add(exact(2 ** 60, "USD"), exact(2 ** 60, "USD"))).toEqual({ kind: "exact", value: 2 ** 61, unit: "USD" });
    expect(divide(exact(1e20, "USD"), exact(4, "1"))).toEqual({ kind: "exact", value: 2.5e19, unit: "USD" });
    expect(scale(exact(1e20, "USD"), 3)).toEqual({ kind: "exact", value: 3e20, unit: "USD" });
    expect(sumEstimates([exact(TWO_53 - 2, "person"), exact(1, "person")])).toEqual({ kind: "exact", value: TWO_53 - 1, unit: "person" });
  });

  it("rounds a product or a quotient outward", () => {
    const p = multiply(exact(2 ** 27 + 1, "person"), exact(2 ** 27 + 1, "1"));
    expect(p.kind).toBe("range");
    expect(holds(p, (2n ** 27n + 1n) ** 2n)).toBe(true);
    const q = toInterval(divide(exact(1e20, "USD"), exact(3, "1")));
    expect(BigInt(q.low) * 3n < 10n ** 20n).toBe(true);
    expect(BigInt(q.high) * 3n > 10n ** 20n).toBe(true);
  });

  it("holds the exact sum of any list of whole numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(big, small), { minLength: 1, maxLength: 30 }), (xs) => {
        const e = sumEstimates(xs.map((x) => exact(x, "person")));
        const n = xs.reduce((s, x) => s + BigInt(x), 0n);
        expect(holds(e, n)).toBe(true);
        if (e.kind === "exact") expect(BigInt(e.value)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds every exact sum and product of two ranges", () => {
    fc.assert(
      fc.property(big, small, big, small, (a, da, b, db) => {
        const x = range(a, a + da * 2 ** 12, "person");
        const y = range(b, b + db * 2 ** 12, "person");
        const [xl, xh, yl, yh] = [BigInt(a), BigInt(a + da * 2 ** 12), BigInt(b), BigInt(b + db * 2 ** 12)];
        const s = add(x, y);
        expect(holds(s, xl + yl) && holds(s, xh + yh)).toBe(true);
        const p = multiply(x, range(3, 7, "1"));
        expect(holds(p, xl * 3n) && holds(p, xh * 7n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
