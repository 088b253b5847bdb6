import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { divide, sumEstimates } from "../../src/estimate/arithmetic.js";
import { contains } from "../../src/estimate/compare.js";
import { approx, atLeast, atMost, exact, range } from "../../src/estimate/constructors.js";
import { ratio } from "../../src/estimate/ratio.js";
import { toInterval } from "../../src/estimate/interval.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { arbEstimate } from "../../src/testing/estimate.js";
import { pointIn, thrownCode } from "../helpers.js";

describe("ratio", () => {
  it("gives the share of deaths among casualties", () => {
    expect(ratio(approx(600, "person"), approx(4700, "person"))).toEqual({
      kind: "approx",
      value: 600 / 4700,
      unit: "1",
    });
    expect((ratio(approx(600, "person"), approx(4700, "person")) as { value: number }).value).toBeCloseTo(0.1277, 4);
  });

  it("never exceeds one, where dividing the intervals would", () => {
    expect(ratio(range(500, 700, "person"), range(600, 5000, "person"))).toEqual({ kind: "range", low: 0.1, high: 1, unit: "1" });
    expect(divide(range(500, 700, "person"), range(600, 5000, "person"))).toMatchObject({ low: 0.1 });
    expect((divide(range(500, 700, "person"), range(600, 5000, "person")) as { high: number }).high).toBeCloseTo(7 / 6);
  });

  it("gives the quotient bounds when part and whole cannot meet", () => {
    expect(ratio(range(500, 700, "person"), range(4000, 5000, "person"))).toEqual({
      kind: "range",
      low: 0.1,
      high: 0.175,
      unit: "1",
    });
  });

  it("carries the best values", () => {
    expect(
      ratio(range(500, 700, "person", { best: 600 }), range(4000, 5000, "person", { best: 4800 })),
    ).toMatchObject({ best: 0.125 });
  });

  it("runs to zero for an open-ended whole and stays below one for an open-ended part", () => {
    // (0, 0.6]: zero is approached, never reached, so the stated range closes it.
    expect(ratio(exact(600, "person"), atLeast(1000, "person"))).toEqual({ kind: "range", low: 0, high: 0.6, unit: "1" });
    expect(ratio(atLeast(100, "person"), range(1000, 2000, "person"))).toEqual({ kind: "range", low: 0.05, high: 1, unit: "1" });
    expect(ratio(exact(0, "person"), range(0, 2000, "person"))).toEqual({ kind: "exact", value: 0, unit: "1" });
    expect(ratio(atMost(10, "person", { strict: true }), exact(20, "person"))).toEqual({
      kind: "atMost",
      value: 0.5,
      strict: true,
      unit: "1",
    });
  });

  it("rejects a part certainly larger than its whole with part-exceeds-whole", () => {
    const fn = () => ratio(exact(600, "person"), range(100, 500, "person"));
    expect(thrownCode(fn)).toBe("part-exceeds-whole");
    expect(fn).toThrow("ratio: the part is at least 600 and the whole at most 500 (in \"person\"), so the part is certainly larger than the whole it is a share of");
    expect(thrownCode(() => ratio(atLeast(500, "person", { strict: true }), exact(500, "person")))).toBe("part-exceeds-whole");
  });

  it("says which end is strict when the part and the whole meet at one number", () => {
    expect(() => ratio(atLeast(10, "person", { strict: true }), atMost(10, "person"))).toThrow(
      'ratio: the part is more than 10 and the whole at most 10 (in "person"), so the part is certainly larger than the whole it is a share of',
    );
    expect(() => ratio(exact(10, "person"), atMost(10, "person", { strict: true }))).toThrow(
      'ratio: the part is at least 10 and the whole less than 10 (in "person"), so the part is certainly larger than the whole it is a share of',
    );
  });

  it("writes a unit in its messages with what a reader cannot tell apart escaped", () => {
    const decomposed = "cafe\u0301";
    // the constructors read a unit in NFC; an estimate given as plain data keeps what it holds
    const exact = (value: number, unit: string) => ({ kind: "exact" as const, value, unit });
    const range = (low: number, high: number, unit: string) => ({ kind: "range" as const, low, high, unit });
    expect(() => ratio(exact(2, decomposed), exact(1, decomposed))).toThrow('(in "cafe\\u0301")');
    expect(() => ratio(exact(1, decomposed), exact(0, decomposed))).toThrow('ratio: the whole is 0 (in "cafe\\u0301"): a share of nothing is no number');
    expect(() => ratio(exact(1, decomposed), exact(1, "caf\u00e9"))).toThrow('ratio: cannot combine "cafe\\u0301" with "café"');
    expect(() => sumEstimates([exact(1, "caf\u00e9"), exact(1, decomposed)])).toThrow('sumEstimates: list[1] is in "cafe\\u0301", not "café"');
    expect(() => divide(exact(1, "x"), range(0, 1, decomposed))).toThrow('divide: the divisor [0, 1] (in "cafe\\u0301") can be zero');
  });

  it("rejects a whole that can only be zero with division-by-zero-interval", () => {
    expect(thrownCode(() => ratio(exact(0, "person"), exact(0, "person")))).toBe("division-by-zero-interval");
  });

  it("rejects different units with unit-mismatch", () => {
    expect(thrownCode(() => ratio(exact(1, "person"), exact(2, "USD")))).toBe("unit-mismatch");
  });

  it("contains every share a part of its whole can be", () => {
    const est = arbEstimate({ max: 1e6 });
    const t = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(est, est, t, t, fc.nat(1e6), fc.nat(1e6), (p: Estimate, w: Estimate, tp, tw, rp, rw) => {
        const x = pointIn(toInterval(p), tp, rp);
        const y = pointIn(toInterval(w), tw, rw);
        const code = thrownCode(() => ratio(p, w));
        if (code !== undefined) {
          // Only when no part of the whole can be found.
          expect(["part-exceeds-whole", "division-by-zero-interval"]).toContain(code);
          return;
        }
        if (x > y || y === 0) return; // not a part of that whole
        const share = ratio(p, w);
        const { low, high, lowOpen, highOpen } = toInterval(share);
        // x / y can round onto an open end that x itself stays inside of
        if ((lowOpen && x / y === low) || (highOpen && x / y === high)) return;
        expect(contains(share, x / y)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
