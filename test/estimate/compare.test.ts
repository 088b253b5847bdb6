import { describe, expect, it } from "vitest";

import { compareEstimates, contains, overlaps } from "../../src/estimate/compare.js";
import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { thrownCode } from "../helpers.js";

describe("contains", () => {
  it("checks a value against the interval, respecting open ends", () => {
    expect(contains(range(10_000, 12_000, "person"), 11_500)).toBe(true);
    expect(contains(range(10_000, 12_000, "person"), 12_001)).toBe(false);
    expect(contains(atLeast(1000, "person", { strict: true }), 1000)).toBe(false);
    expect(contains(atLeast(1000, "person"), 1000)).toBe(true);
    expect(contains(atMost(1000, "person", { strict: true }), 1000)).toBe(false);
    expect(contains(magnitude("thousands", "person"), 10_000)).toBe(false);
    expect(contains(magnitude("thousands", "person"), 2000)).toBe(true);
    expect(contains(approx(600, "person"), 600)).toBe(true);
    expect(contains(approx(600, "person"), 601)).toBe(false);
  });
});

describe("overlaps", () => {
  it("is true when two estimates allow a common value", () => {
    expect(overlaps(range(10_000, 12_000, "person"), approx(11_000, "person"))).toBe(true);
    expect(overlaps(atLeast(1000, "person"), atMost(1000, "person"))).toBe(true);
    expect(overlaps(atMost(1000, "person", { strict: true }), atLeast(1000, "person"))).toBe(false);
    expect(overlaps(exact(5, "x"), exact(6, "x"))).toBe(false);
  });

  it("rejects different units with unit-mismatch", () => {
    expect(thrownCode(() => overlaps(exact(1, "x"), exact(1, "y")))).toBe("unit-mismatch");
  });
});

describe("compareEstimates", () => {
  it("tells a revision up from a revision down", () => {
    expect(compareEstimates(exact(3000, "person"), approx(4700, "person"))).toBe("below");
    expect(compareEstimates(approx(4700, "person"), exact(4000, "person"))).toBe("above");
  });

  it("calls estimates that share values overlapping, and identical ones equal", () => {
    expect(compareEstimates(range(4000, 5000, "person"), approx(4700, "person"))).toBe("overlapping");
    expect(compareEstimates(approx(600, "person"), exact(600, "person"))).toBe("equal");
    expect(compareEstimates(atLeast(5, "x"), atLeast(5, "x", { strict: true }))).toBe("overlapping");
  });

  it("treats touching open ends as apart", () => {
    expect(compareEstimates(atMost(10, "x", { strict: true }), atLeast(10, "x"))).toBe("below");
    expect(compareEstimates(atLeast(10, "x", { strict: true }), range(5, 10, "x"))).toBe("above");
  });

  it("rejects different units with unit-mismatch", () => {
    expect(thrownCode(() => compareEstimates(exact(1, "x"), exact(1, "y")))).toBe("unit-mismatch");
  });
});
