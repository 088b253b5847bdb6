import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { applyHedge, roundingStep } from "../../src/estimate/hedge.js";
import { fromInterval, isApproximate, toInterval } from "../../src/estimate/interval.js";
import { MAGNITUDE_ORDERS, MAGNITUDES, magnitudeInterval } from "../../src/estimate/magnitude.js";
import type { MagnitudeOrder } from "../../src/estimate/magnitude.js";
import { deepFreeze, thrownCode } from "../helpers.js";

const closed = { lowOpen: false, highOpen: false };

describe("toInterval", () => {
  it("reads each kind as stated by default", () => {
    expect(toInterval(exact(300, "person"))).toEqual({ low: 300, high: 300, ...closed, best: 300 });
    expect(toInterval(approx(600, "person"))).toEqual({ low: 600, high: 600, ...closed, best: 600 });
    expect(toInterval(range(10_000, 12_000, "person"))).toEqual({ low: 10_000, high: 12_000, ...closed });
    expect(toInterval(range(10_000, 12_000, "person", { best: 11_000 }))).toEqual({
      low: 10_000,
      high: 12_000,
      ...closed,
      best: 11_000,
    });
    expect(toInterval(atLeast(3000, "person"))).toEqual({ low: 3000, high: Infinity, lowOpen: false, highOpen: true });
    expect(toInterval(atLeast(1000, "person", { strict: true }))).toEqual({
      low: 1000,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
    expect(toInterval(atMost(12_000, "person"))).toEqual({ low: 0, high: 12_000, ...closed });
    expect(toInterval(atMost(1000, "person", { strict: true }))).toEqual({ low: 0, high: 1000, lowOpen: false, highOpen: true });
    expect(toInterval(magnitude("billions", "USD"))).toEqual({ low: 2e9, high: 1e10, lowOpen: false, highOpen: true });
  });

  it("widens approximate figures by the rounding they show", () => {
    expect(toInterval(approx(600, "person"), { hedge: "rounding" })).toEqual({ low: 550, high: 650, ...closed, best: 600 });
    expect(toInterval(approx(4700, "person"), { hedge: "rounding" })).toEqual({
      low: 4650,
      high: 4750,
      ...closed,
      best: 4700,
    });
    // A hedged range takes the finer step of its ends.
    expect(toInterval(range(10_000, 12_000, "person", { approx: true }), { hedge: "rounding" })).toEqual({
      low: 9500,
      high: 12_500,
      ...closed,
    });
  });

  it("widens by a relative margin", () => {
    expect(toInterval(approx(600, "person"), { hedge: { relative: 0.1 } })).toEqual({ low: 540, high: 660, ...closed, best: 600 });
    expect(toInterval(approx(-50, "person"), { hedge: { relative: 0.1 } })).toEqual({ low: -55, high: -45, ...closed, best: -50 });
  });

  it("never takes a non-negative figure below zero", () => {
    expect(toInterval(approx(5, "person"), { hedge: { relative: 2 } })).toEqual({ low: 0, high: 15, ...closed, best: 5 });
  });

  it("leaves exact figures, magnitudes and unhedged bounds alone", () => {
    for (const e of [exact(600, "person"), magnitude("thousands", "person"), atLeast(5, "person", { strict: true })]) {
      expect(toInterval(e, { hedge: "rounding" })).toEqual(toInterval(e));
    }
  });

  it("closes a strict bound that a hedge widens", () => {
    const more = atLeast(1000, "person", { strict: true, approx: true });
    expect(toInterval(more, { hedge: "rounding" })).toEqual({ low: 500, high: Infinity, lowOpen: false, highOpen: true });
    const fewer = atMost(1000, "person", { strict: true, approx: true });
    expect(toInterval(fewer, { hedge: { relative: 0.1 } })).toEqual({ low: 0, high: 1100, ...closed });
    expect(toInterval(fewer, { hedge: { relative: 0 } })).toEqual({ low: 0, high: 1000, lowOpen: false, highOpen: true });
  });

  it("rejects a negative or non-finite relative hedge with invalid-option", () => {
    for (const relative of [-0.1, Infinity, NaN]) {
      expect(thrownCode(() => toInterval(approx(1, "x"), { hedge: { relative } }))).toBe("invalid-option");
    }
    expect(() => toInterval(exact(1, "x"), { hedge: { relative: -1 } })).toThrow(
      'toInterval: options.hedge must be "as-stated", "rounding" or { relative: r } with a finite r >= 0, got {"relative":-1}',
    );
  });

  it("does not mutate its input", () => {
    const e = deepFreeze(approx(600, "person"));
    expect(() => toInterval(e, { hedge: "rounding" })).not.toThrow();
  });
});

describe("applyHedge", () => {
  it("restates an approximate figure as a hedged range with its best value", () => {
    expect(applyHedge(approx(600, "person", { hedge: "around" }), "rounding")).toEqual({
      kind: "range",
      low: 550,
      high: 650,
      unit: "person",
      hedge: "around",
      approx: true,
      best: 600,
    });
  });

  it("returns the estimate itself when nothing widens", () => {
    const e = approx(0, "person");
    expect(applyHedge(e, "rounding")).toBe(e);
    expect(applyHedge(e, "as-stated")).toBe(e);
    const r = range(1, 2, "x");
    expect(applyHedge(r, "rounding")).toBe(r);
  });

  it("moves the stated end of hedged bounds", () => {
    expect(applyHedge(atLeast(3000, "person", { approx: true }), "rounding")).toEqual({
      kind: "atLeast",
      value: 2500,
      strict: false,
      unit: "person",
      approx: true,
    });
    expect(applyHedge(atMost(12_000, "person", { approx: true }), { relative: 0.5 })).toEqual({
      kind: "atMost",
      value: 18_000,
      strict: false,
      unit: "person",
      approx: true,
    });
  });
});

describe("roundingStep", () => {
  it.each([
    [600, 100],
    [4700, 100],
    [10_000, 10_000],
    [12_000, 1000],
    [7, 1],
    [1.25, 0.01],
    [-300, 100],
    [0, 0],
    [Infinity, 0],
  ])("of %d is %d", (value, step) => {
    expect(roundingStep(value)).toBe(step);
  });
});

describe("magnitudes", () => {
  it("read as one documented table", () => {
    expect(MAGNITUDES).toEqual({
      dozens: { low: 24, high: 120 },
      "several-dozen": { low: 36, high: 120 },
      "a-couple-of-hundred": { low: 150, high: 300 },
      hundreds: { low: 200, high: 1000 },
      "several-hundred": { low: 300, high: 1000 },
      thousands: { low: 2000, high: 10_000 },
      "several-thousand": { low: 3000, high: 10_000 },
      "tens-of-thousands": { low: 20_000, high: 100_000 },
      "hundreds-of-thousands": { low: 200_000, high: 1_000_000 },
      "several-hundred-thousand": { low: 300_000, high: 1_000_000 },
      millions: { low: 2e6, high: 1e7 },
      "several-million": { low: 3e6, high: 1e7 },
      "tens-of-millions": { low: 2e7, high: 1e8 },
      "hundreds-of-millions": { low: 2e8, high: 1e9 },
      "several-hundred-million": { low: 3e8, high: 1e9 },
      billions: { low: 2e9, high: 1e10 },
      "several-billion": { low: 3e9, high: 1e10 },
      "tens-of-billions": { low: 2e10, high: 1e11 },
      "hundreds-of-billions": { low: 2e11, high: 1e12 },
      trillions: { low: 2e12, high: 1e13 },
      "several-trillion": { low: 3e12, high: 1e13 },
      "tens-of-trillions": { low: 2e13, high: 1e14 },
      "hundreds-of-trillions": { low: 2e14, high: 1e15 },
    });
    expect(Object.keys(MAGNITUDES)).toEqual([...MAGNITUDE_ORDERS]);
  });

  it("refuse a word outside the table with unknown-magnitude rather than give a number", () => {
    for (const order of ["zillions", "thousand", "several-quadrillion", "tens-of-dozens", "constructor", 5, null]) {
      expect(thrownCode(() => magnitudeInterval(order as MagnitudeOrder))).toBe("unknown-magnitude");
    }
    expect(() => magnitudeInterval("zillions" as MagnitudeOrder)).toThrow('magnitudeInterval: order is not in MAGNITUDE_ORDERS, got "zillions"');
  });
});

describe("isApproximate", () => {
  it("is true for hedged figures, hedged ranges and bounds, and magnitudes", () => {
    expect(isApproximate(approx(1, "x"))).toBe(true);
    expect(isApproximate(magnitude("dozens", "x"))).toBe(true);
    expect(isApproximate(range(1, 2, "x", { approx: true }))).toBe(true);
    expect(isApproximate(atLeast(1, "x", { approx: true }))).toBe(true);
    expect(isApproximate(range(1, 2, "x"))).toBe(false);
    expect(isApproximate(exact(1, "x"))).toBe(false);
  });
});

describe("fromInterval", () => {
  it("states each shape of interval", () => {
    expect(fromInterval({ low: 5, high: 5, ...closed }, "x")).toEqual({ kind: "exact", value: 5, unit: "x" });
    expect(fromInterval({ low: 5, high: 5, ...closed, best: 5 }, "x", { approx: true })).toEqual({
      kind: "approx",
      value: 5,
      unit: "x",
    });
    expect(fromInterval({ low: 3, high: Infinity, lowOpen: true, highOpen: true }, "x")).toEqual({
      kind: "atLeast",
      value: 3,
      strict: true,
      unit: "x",
    });
    expect(fromInterval({ low: 0, high: 9, lowOpen: false, highOpen: true }, "x", { approx: true })).toEqual({
      kind: "atMost",
      value: 9,
      strict: true,
      unit: "x",
      approx: true,
    });
    expect(fromInterval({ low: 0, high: 9, lowOpen: true, highOpen: false, best: 2 }, "x")).toEqual({
      kind: "range",
      low: 0,
      high: 9,
      unit: "x",
      best: 2,
    });
  });

  it("rejects an interval that is not one with invalid-interval", () => {
    expect(thrownCode(() => fromInterval({ low: 2, high: 1, ...closed }, "x"))).toBe("invalid-interval");
    expect(thrownCode(() => fromInterval({ low: NaN, high: 1, ...closed }, "x"))).toBe("invalid-interval");
    expect(thrownCode(() => fromInterval({ low: Infinity, high: Infinity, ...closed }, "x"))).toBe("invalid-interval");
    expect(thrownCode(() => fromInterval({ low: 5, high: 5, lowOpen: true, highOpen: false }, "x"))).toBe("invalid-interval");
    expect(thrownCode(() => fromInterval({ low: 5, high: 5, ...closed, best: 4 }, "x"))).toBe("invalid-interval");
    expect(() => fromInterval({ low: 2, high: 1, ...closed }, "x")).toThrow(
      'fromInterval: interval is empty, reversed, or has a best outside it, got {"low":2,"high":1,"lowOpen":false,"highOpen":false}',
    );
  });

  it("rejects an interval with no lower bound with unbounded-below", () => {
    expect(thrownCode(() => fromInterval({ low: -Infinity, high: 4, ...closed }, "x"))).toBe("unbounded-below");
  });
});
