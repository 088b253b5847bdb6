import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbPeriod } from "../../src/testing/time.js";
import { comparePeriods, formatPeriod, isWithin, overlapsPeriod, period, periodBounds } from "../../src/time/index.js";
import type { BoundsOptions, Period } from "../../src/time/index.js";

const p = period;

function day(iso: string | null, side: "start" | "end"): number {
  if (iso === null) return side === "start" ? -Infinity : Infinity;
  const match = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso) as RegExpExecArray;
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

function span(x: Period, options?: BoundsOptions): [number, number] {
  const { earliest, latest } = periodBounds(x, options);
  return [day(earliest, "start"), day(latest, "end")];
}

const options = fc.record(
  { hemisphere: fc.constantFrom("north", "south"), qualifiers: fc.constantFrom("as-stated", "widen") },
  { requiredKeys: [] },
) as fc.Arbitrary<BoundsOptions>;

describe("isWithin", () => {
  it("holds when every day of the inner period lies in the outer one", () => {
    expect(isWithin(p("2025-01/2025-03"), p("2025-40"))).toBe(true);
    expect(isWithin(p("2025-01/2025-03"), p("2025-33"))).toBe(true);
    expect(isWithin(p("2025-33"), p("2025-01/2025-03"))).toBe(true);
    expect(isWithin(p("2024-10"), p("2024-23"))).toBe(true);
    expect(isWithin(p("2024-23"), p("2024-10"))).toBe(false);
    expect(isWithin(p("2024-12-25"), p("2024-24"))).toBe(true);
    expect(isWithin(p("2025-02"), p("2024-24"))).toBe(true);
    expect(isWithin(p("2025-03"), p("2024-24"))).toBe(false);
    expect(isWithin(p("2024"), p("2024"))).toBe(true);
  });

  it("uses the hemisphere for seasons that name none", () => {
    expect(isWithin(p("2024-04"), p("2024-23"))).toBe(false);
    expect(isWithin(p("2024-04"), p("2024-23"), { hemisphere: "south" })).toBe(true);
  });

  it("treats open and unknown ends as unbounded", () => {
    expect(isWithin(p("2024-10"), p("2024/.."))).toBe(true);
    expect(isWithin(p("2024/.."), p("2024-10"))).toBe(false);
    expect(isWithin(p("../2024"), p("/2025"))).toBe(true);
    expect(isWithin(p("/2025"), p("../2024"))).toBe(false);
    expect(isWithin(p("2024/.."), p("2023/"))).toBe(true);
  });

  it("widens qualified periods under the widen policy", () => {
    expect(isWithin(p("2023-12"), p("2024~"))).toBe(false);
    expect(isWithin(p("2023-12"), p("2024~"), { qualifiers: "widen" })).toBe(true);
  });

  it("agrees with the bounds", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), options, (a, b, o) => {
        const [as, ae] = span(a, o);
        const [bs, be] = span(b, o);
        return isWithin(a, b, o) === (bs <= as && ae <= be);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds for every period within itself", () => {
    fc.assert(fc.property(arbPeriod(), options, (a, o) => isWithin(a, a, o)), { numRuns: 1000 });
  });
});

describe("overlapsPeriod", () => {
  it("holds when the periods share a day", () => {
    expect(overlapsPeriod(p("2024-23"), p("2024-11/2025-02"))).toBe(true);
    expect(overlapsPeriod(p("2024-23"), p("2024-24"))).toBe(false);
    expect(overlapsPeriod(p("2024-11-30"), p("2024-23"))).toBe(true);
    expect(overlapsPeriod(p("2024-12-01"), p("2024-23"))).toBe(false);
    expect(overlapsPeriod(p("2024-10/.."), p("2030"))).toBe(true);
    expect(overlapsPeriod(p("../2024-10"), p("2030"))).toBe(false);
    expect(overlapsPeriod(p("../2024"), p("2020/.."))).toBe(true);
  });

  it("agrees with the bounds and is symmetric", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), options, (a, b, o) => {
        const [as, ae] = span(a, o);
        const [bs, be] = span(b, o);
        const expected = as <= be && bs <= ae;
        return overlapsPeriod(a, b, o) === expected && overlapsPeriod(b, a, o) === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it("follows from containment", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), (a, b) => !isWithin(a, b) || overlapsPeriod(a, b)),
      { numRuns: 1000 },
    );
  });
});

describe("comparePeriods", () => {
  it("sorts by earliest day, then by latest day", () => {
    const sorted = ["2025-03", "2024-23", "2025", "../2024", "2025-01/..", "2025-01", "2024-24"]
      .map(p)
      .sort(comparePeriods)
      .map((x) => formatPeriod(x));
    expect(sorted).toEqual(["../2024", "2024-23", "2024-24", "2025-01", "2025", "2025-01/..", "2025-03"]);
  });

  it("returns 0 for periods with the same bounds", () => {
    expect(comparePeriods(p("2025-33"), p("2025-01/2025-03"))).toBe(0);
    expect(comparePeriods(p("2024~"), p("2024"))).toBe(0);
    expect(comparePeriods(p("2024~"), p("2024"), { qualifiers: "widen" })).toBe(-1);
    expect(comparePeriods(p("/2024"), p("../2024"))).toBe(0);
    expect(comparePeriods(p("2024/"), p("2024/.."))).toBe(0);
  });

  it("is antisymmetric and agrees with the bounds", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), options, (a, b, o) => {
        const [as, ae] = span(a, o);
        const [bs, be] = span(b, o);
        const expected = Math.sign(as - bs || ae - be) || 0;
        const got = comparePeriods(a, b, o);
        return got === expected && comparePeriods(b, a, o) === (-got || 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), arbPeriod(), (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(comparePeriods) as [Period, Period, Period];
        return comparePeriods(x, y) <= 0 && comparePeriods(y, z) <= 0 && comparePeriods(x, z) <= 0;
      }),
      { numRuns: 1000 },
    );
  });
});
