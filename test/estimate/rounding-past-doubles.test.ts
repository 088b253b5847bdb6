// Past 2^53 half a rounding step falls between two doubles: each end of a hedge read as rounding
// is the double beyond it, on both sides alike, never the stated figure nor a 15-digit neighbour.
import { describe, expect, it } from "vitest";

import { approx, range } from "../../src/estimate/constructors.js";
import { applyHedge, roundingStep } from "../../src/estimate/hedge.js";
import { toInterval } from "../../src/estimate/interval.js";

const offsets = (low: number, high: number, v: number): [string, string] => [String(BigInt(low) - BigInt(v)), String(BigInt(high) - BigInt(v))];

describe("a rounding hedge past 2^53", () => {
  it.each([
    [123456789012345680, "-16", "16"],
    [2 ** 53, "-1", "2"],
    [2 ** 54, "-2", "4"],
    [123456789012345680000, "-16384", "16384"],
    [-123456789012345680, "-16", "16"],
  ])("about %d is widened on both sides to the doubles beyond ±step/2", (v, down, up) => {
    const i = toInterval(approx(v, "USD"), { hedge: "rounding" });
    expect(offsets(i.low, i.high, v)).toEqual([down, up]);
    const step = roundingStep(v);
    expect(v - i.low).toBeGreaterThanOrEqual(step / 2);
    expect(i.high - v).toBeGreaterThanOrEqual(step / 2);
    const r = applyHedge(approx(v, "USD"), "rounding");
    expect(r).toMatchObject({ kind: "range", low: i.low, high: i.high, best: v });
  });

  it("a hedged range is widened alike", () => {
    const r = applyHedge(range(2 ** 54, 2 ** 54 + 4, "USD", { approx: true }), "rounding");
    expect(r).toMatchObject({ low: 2 ** 54 - 2, high: 2 ** 54 + 8 });
  });

  it("below 10^15 the decimal ends are kept", () => {
    expect(toInterval(approx(1234567890123456, "USD"), { hedge: "rounding" })).toMatchObject({ low: 1234567890123455.5, high: 1234567890123456.5 });
  });
});
