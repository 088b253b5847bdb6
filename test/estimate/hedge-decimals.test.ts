// A hedge read as rounding widens a decimal figure to decimal ends: "about 2.3" is 2.25–2.35,
// never 2.3499999999999996, so that a figure on the edge (2.35) is inside it.
import { describe, expect, it } from "vitest";

import { applyHedge } from "../../src/estimate/hedge.js";
import { approx, range } from "../../src/estimate/constructors.js";
import { contains } from "../../src/estimate/compare.js";
import { toInterval } from "../../src/estimate/interval.js";
import { formatEstimate } from "../../src/estimate/format.js";
import { ratio } from "../../src/estimate/ratio.js";

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

// A figure of 16 or 17 significant digits (a computed share, 0.1 + 0.2, 2^53 + 2) has a rounding
// step below what 15 digits hold: its ends are kept as computed, never moved inside the figure.
describe("rounding hedges on figures of 16 or 17 digits", () => {
  const figures = [0.1276595744680851, 0.1 + 0.2, 2 ** 53 + 2, 123456789.12345679, -0.1276595744680851, 1e16 + 2];
  it.each(figures)("about %d is widened around itself and stays an estimate", (value) => {
    const widened = applyHedge(approx(value, "1"), "rounding");
    const interval = toInterval(approx(value, "1"), { hedge: "rounding" });
    expect(interval.low).toBeLessThanOrEqual(value);
    expect(interval.high).toBeGreaterThanOrEqual(value);
    expect(widened).toMatchObject({ kind: "range", best: value });
    expect(contains(widened, value)).toBe(true);
    expect(() => formatEstimate(widened)).not.toThrow();
  });

  it("a range's stated ends stay inside, each widened to the double beyond it", () => {
    // half a step of 1 lies between doubles 2 apart: the ends are the doubles either side
    const widened = applyHedge({ ...range(1e16, 1e16 + 2, "USD"), approx: true }, "rounding");
    expect(widened).toMatchObject({ low: 1e16 - 2, high: 1e16 + 4 });
  });

  it("a share of two hedged figures can be widened, formatted and summed", () => {
    const share = ratio(approx(600, "person"), approx(4700, "person"));
    const widened = applyHedge(share, "rounding");
    expect(contains(widened, 600 / 4700)).toBe(true);
    expect(formatEstimate(widened)).toMatch(/^about 0\.12/);
  });
});
