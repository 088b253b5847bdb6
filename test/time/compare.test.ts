import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbPeriod } from "../../src/testing/time.js";
import { comparePeriods, formatPeriod, isWithin, overlapsPeriod, period, periodBounds } from "../../src/time/index.js";
import type { BoundsOptions, Period } from "../../src/time/index.js";
import { expectFogcountError } from "../helpers.js";

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

/** Whether a period has an unknown interval end (EDTF: nothing on that side of the '/'). */
function unknownEnd(x: Period): boolean {
  return x.kind === "interval" && (x.start.kind === "unknown" || x.end.kind === "unknown");
}

const known = arbPeriod().filter((x) => !unknownEnd(x));

/** What a comparison answers, or "refused" for an invalid-argument error. */
function outcome(run: () => boolean): boolean | "refused" {
  try {
    return run();
  } catch (error) {
    if ((error as { code?: string }).code === "invalid-argument") return "refused";
    throw error;
  }
}

/** Two offsets in days, to put an unknown end on one of the days it may be. */
const days = fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }));

/** An ISO day as [year, month, day]. */
function ymd(iso: string): [number, number, number] {
  return iso.split(/(?<=\d)-/).map(Number) as [number, number, number];
}

/**
 * The period with its unknown end stated: `offset` days after the first day its start allows
 * (read in either hemisphere), or before the last day its end allows.
 */
function complete(x: Period, offset: number): Period {
  if (!unknownEnd(x) || x.kind !== "interval") return x;
  const atEnd = x.end.kind === "unknown";
  const sides = (["north", "south"] as const).map((hemisphere) => {
    const { earliest, latest } = periodBounds(x, { hemisphere });
    return ymd((atEnd ? earliest : latest) as string);
  });
  const order = (u: [number, number, number], v: [number, number, number]): number => u[0] - v[0] || u[1] - v[1] || u[2] - v[2];
  sides.sort(order);
  const [y, m, d] = (atEnd ? sides[1] : sides[0]) as [number, number, number];
  const day = new Date(Date.UTC(2000, 0, 1));
  day.setUTCFullYear(y, m - 1, d + (atEnd ? offset : -offset));
  if (Math.abs(day.getUTCFullYear()) > 9999) return atEnd ? { ...x, end: { kind: "open" } } : { ...x, start: { kind: "open" } };
  const stated = { kind: "date", precision: "day", year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() } as const;
  return atEnd ? { ...x, end: stated } : { ...x, start: stated };
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

  it("reads an open end as no end: past every day, certainly", () => {
    expect(isWithin(p("2024-10"), p("2024/.."))).toBe(true);
    expect(isWithin(p("2030"), p("2024/.."))).toBe(true);
    expect(isWithin(p("2024/.."), p("2024-10"))).toBe(false);
    expect(isWithin(p("2020"), p("../2024"))).toBe(true);
    expect(isWithin(p("/2025"), p("../2024"))).toBe(false);
  });

  it("answers around an unknown end where the answer does not turn on it", () => {
    // the interval starts in 2024, so 2020 is outside it whatever its end
    expect(isWithin(p("2020"), p("2024/"))).toBe(false);
    expect(isWithin(p("2024/"), p("2020/.."))).toBe(true);
    expect(isWithin(p("/2024"), p("../2024"))).toBe(true);
    expect(isWithin(p("/2024"), p("../2025-06"))).toBe(true);
    // an unknown end is a day: an interval that runs on is not within one that ends
    expect(isWithin(p("2024/.."), p("2023/"))).toBe(false);
    expect(isWithin(p("../2024"), p("/2025"))).toBe(false);
    expect(isWithin(p("2026"), p("/2025"))).toBe(false);
  });

  it.each([
    // the reproducer: is 2030 within an interval from 2024 to a day not known?
    ["2030", "2024/", "outer.end"],
    ["2024-10", "2024/", "outer.end"],
    ["2024", "2024/", "outer.end"],
    ["2020", "/2024", "outer.start"],
    ["2024/", "2024", "inner.end"],
    ["2024/", "2023/", "inner.end"],
    ["/2024", "2020/2030", "inner.start"],
    // two intervals written "2024/" need not end on the same day
    ["2024/", "2024/", "inner.end"],
  ])("refuses isWithin(%s, %s), which turns on an unknown end (%s)", (inner, outer, path) => {
    expectFogcountError(() => isWithin(p(inner), p(outer)), "invalid-argument", new RegExp(`^isWithin: ${path.replace(".", "\\.")} is unknown .*not known; state that day, or write the (start|end) open`));
  });

  it("widens qualified periods under the widen policy", () => {
    expect(isWithin(p("2023-12"), p("2024~"))).toBe(false);
    expect(isWithin(p("2023-12"), p("2024~"), { qualifiers: "widen" })).toBe(true);
  });

  it("agrees with the bounds where no end is unknown", () => {
    fc.assert(
      fc.property(known, known, options, (a, b, o) => {
        const [as, ae] = span(a, o);
        const [bs, be] = span(b, o);
        return isWithin(a, b, o) === (bs <= as && ae <= be);
      }),
      { numRuns: 2000 },
    );
  });

  it("answers around an unknown end only what every day it may be would answer", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), options, days, (a, b, o, [da, db]) => {
        const answer = outcome(() => isWithin(a, b, o));
        const [ca, cb] = [complete(a, da), complete(b, db)];
        return answer === "refused" ? unknownEnd(a) || unknownEnd(b) : answer === isWithin(ca, cb, o);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds for every period within itself where no end is unknown", () => {
    fc.assert(fc.property(known, options, (a, o) => isWithin(a, a, o)), { numRuns: 1000 });
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

  it("answers around an unknown end where the answer does not turn on it", () => {
    expect(overlapsPeriod(p("2030"), p("/2024"))).toBe(false);
    expect(overlapsPeriod(p("2020"), p("2024/"))).toBe(false);
    expect(overlapsPeriod(p("2024/"), p("/2020"))).toBe(false);
    // both allow their first day, 1 January 2024
    expect(overlapsPeriod(p("2024/"), p("2024/"))).toBe(true);
    expect(overlapsPeriod(p("2024/"), p("2024-01-01"))).toBe(true);
    expect(overlapsPeriod(p("2030"), p("2024/.."))).toBe(true);
    expect(overlapsPeriod(p("2020"), p("../2024"))).toBe(true);
  });

  it.each([
    ["2030", "2024/", "b.end"],
    ["2024-06", "2024/", "b.end"],
    ["2020", "/2024", "b.start"],
    ["2024/", "2030", "a.end"],
    ["/2024", "2020", "a.start"],
  ])("refuses overlapsPeriod(%s, %s), which turns on an unknown end (%s)", (a, b, path) => {
    expectFogcountError(() => overlapsPeriod(p(a), p(b)), "invalid-argument", new RegExp(`^overlapsPeriod: ${path.replace(".", "\\.")} is unknown `));
  });

  it("answers around an unknown end only what every day it may be would answer", () => {
    fc.assert(
      fc.property(arbPeriod(), arbPeriod(), options, days, (a, b, o, [da, db]) => {
        const answer = outcome(() => overlapsPeriod(a, b, o));
        const [ca, cb] = [complete(a, da), complete(b, db)];
        return answer === "refused" ? unknownEnd(a) || unknownEnd(b) : answer === overlapsPeriod(ca, cb, o);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the bounds and is symmetric where no end is unknown", () => {
    fc.assert(
      fc.property(known, known, options, (a, b, o) => {
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
      fc.property(arbPeriod(), arbPeriod(), (a, b) => outcome(() => isWithin(a, b)) !== true || overlapsPeriod(a, b)),
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
