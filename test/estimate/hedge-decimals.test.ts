// A hedge read as rounding widens a decimal figure to decimal ends: "about 2.3" is 2.25–2.35,
// never 2.3499999999999996, so that a figure on the edge (2.35) is inside it.
import { describe, expect, it } from "vitest";

import { applyHedge } from "../../src/estimate/hedge.js";
import { approx, range } from "../../src/estimate/constructors.js";
import { contains } from "../../src/estimate/compare.js";
import { toInterval } from "../../src/estimate/interval.js";

describe("rounding hedges on decimals", () => {
  it.each([
    [2.3, 2.25, 2.35],
    [123.4, 123.35, 123.45],
    [4.35, 4.345, 4.355],
    [1.15, 1.145, 1.155],
    [0.7, 0.65, 0.75],
  ])("about %d is %d–%d", (value, low, high) => {
    expect(applyHedge(approx(value, "TIV"), "rounding")).toMatchObject({ kind: "range", low, high });
    expect(toInterval(approx(value, "TIV"), { hedge: "rounding" })).toMatchObject({ low, high });
  });

  it("a figure on the edge is inside", () => {
    expect(contains(applyHedge(approx(2.3, "TIV"), "rounding"), 2.35)).toBe(true);
  });

  it("whole numbers and ranges keep their ends", () => {
    expect(applyHedge(approx(600, "person"), "rounding")).toMatchObject({ low: 550, high: 650 });
    expect(applyHedge({ ...range(1.2, 1.4, "TIV"), approx: true }, "rounding")).toMatchObject({ low: 1.15, high: 1.45 });
  });
});
