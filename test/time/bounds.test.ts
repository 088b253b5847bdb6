import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { arbPeriod } from "../../src/testing/time.js";
import { describePeriod, isWithin, periodBounds, period, SEASON_START_MONTH, SUBYEAR_LENGTH } from "../../src/time/index.js";
import type { BoundsOptions } from "../../src/time/index.js";

function bounds(edtf: string, options?: BoundsOptions): [string | null, string | null] {
  const { earliest, latest } = periodBounds(period(edtf), options);
  return [earliest, latest];
}

describe("periodBounds", () => {
  it("gives the first and last day of a year, month and day", () => {
    expect(bounds("1985")).toEqual(["1985-01-01", "1985-12-31"]);
    expect(bounds("1985-04")).toEqual(["1985-04-01", "1985-04-30"]);
    expect(bounds("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(bounds("2023-02")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(bounds("1900-02")).toEqual(["1900-02-01", "1900-02-28"]);
    expect(bounds("2000-02")).toEqual(["2000-02-01", "2000-02-29"]);
    expect(bounds("1985-04-12")).toEqual(["1985-04-12", "1985-04-12"]);
  });

  it("bounds a date and time by its day as written", () => {
    expect(bounds("1985-04-12T23:20:30-04")).toEqual(["1985-04-12", "1985-04-12"]);
  });

  it.each([
    // the reproducer: 04:30 on 2 March in UTC, 1 March as written
    ["2025-03-01T23:30:00-05:00", "2025-03-01", "1 March 2025"],
    ["2025-03-01T23:30:00Z", "2025-03-01", "1 March 2025"],
    ["2025-03-01T23:30:00", "2025-03-01", "1 March 2025"],
    ["2025-03-01T01:30:00+05:00", "2025-03-01", "1 March 2025"],
    ["2025-03-01T00:00:00+14:00", "2025-03-01", "1 March 2025"],
    ["2024-12-31T23:59:59-12:00", "2024-12-31", "31 December 2024"],
  ])("names the day of %s as written, %s, in its bounds and its words", (edtf, day, words) => {
    expect(bounds(edtf)).toEqual([day, day]);
    expect(describePeriod(period(edtf))).toBe(words);
    expect(isWithin(period(edtf), period(day))).toBe(true);
  });

  it("names one day in the bounds and the words of any date and time", () => {
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const offsets = fc.constantFrom("", "Z", "-05:00", "+05:30", "-12", "+14:00");
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), offsets, (instant, offset) => {
        const edtf = `${instant.toISOString().slice(0, 19)}${offset}`;
        const [earliest, latest] = bounds(edtf);
        const [y, m, d] = (earliest as string).split("-").map(Number) as [number, number, number];
        return earliest === latest && describePeriod(period(edtf)) === `${d} ${MONTHS[m - 1]} ${y}` && edtf.startsWith(earliest as string);
      }),
      { numRuns: 500 },
    );
  });

  it("writes years before 0 and small years in four digits", () => {
    expect(bounds("-0400")).toEqual(["-0400-01-01", "-0400-12-31"]);
    expect(bounds("0005-02")).toEqual(["0005-02-01", "0005-02-28"]);
    expect(bounds("-0001-02")).toEqual(["-0001-02-01", "-0001-02-28"]);
    expect(bounds("0000-02")).toEqual(["0000-02-01", "0000-02-29"]);
  });

  it("spans every value unspecified digits allow", () => {
    expect(bounds("201X")).toEqual(["2010-01-01", "2019-12-31"]);
    expect(bounds("20XX")).toEqual(["2000-01-01", "2099-12-31"]);
    expect(bounds("2004-XX")).toEqual(["2004-01-01", "2004-12-31"]);
    expect(bounds("1985-04-XX")).toEqual(["1985-04-01", "1985-04-30"]);
    expect(bounds("1985-XX-XX")).toEqual(["1985-01-01", "1985-12-31"]);
  });

  it("reads seasons through the one season table, northern by default", () => {
    expect(bounds("2024-21")).toEqual(["2024-03-01", "2024-05-31"]);
    expect(bounds("2024-22")).toEqual(["2024-06-01", "2024-08-31"]);
    expect(bounds("2024-23")).toEqual(["2024-09-01", "2024-11-30"]);
    expect(bounds("2024-24")).toEqual(["2024-12-01", "2025-02-28"]);
    expect(bounds("2023-24")).toEqual(["2023-12-01", "2024-02-29"]);
  });

  it("reads seasons that name no hemisphere with the hemisphere option", () => {
    const south = { hemisphere: "south" } as const;
    expect(bounds("2024-21", south)).toEqual(["2024-09-01", "2024-11-30"]);
    expect(bounds("2024-22", south)).toEqual(["2024-12-01", "2025-02-28"]);
    expect(bounds("2024-23", south)).toEqual(["2024-03-01", "2024-05-31"]);
    expect(bounds("2024-24", south)).toEqual(["2024-06-01", "2024-08-31"]);
  });

  it("reads hemisphere codes 25–32 whatever the option says", () => {
    for (const hemisphere of ["north", "south"] as const) {
      expect(bounds("2024-27", { hemisphere })).toEqual(["2024-09-01", "2024-11-30"]);
      expect(bounds("2024-31", { hemisphere })).toEqual(["2024-03-01", "2024-05-31"]);
      expect(bounds("2019-28", { hemisphere })).toEqual(["2019-12-01", "2020-02-29"]);
      expect(bounds("2019-30", { hemisphere })).toEqual(["2019-12-01", "2020-02-29"]);
    }
    expect(bounds("2024-25")).toEqual(["2024-03-01", "2024-05-31"]);
    expect(bounds("2024-26")).toEqual(["2024-06-01", "2024-08-31"]);
    expect(bounds("2024-29")).toEqual(["2024-09-01", "2024-11-30"]);
    expect(bounds("2024-32")).toEqual(["2024-06-01", "2024-08-31"]);
  });

  it("matches the documented season table", () => {
    expect(SEASON_START_MONTH).toEqual({
      north: { spring: 3, summer: 6, autumn: 9, winter: 12 },
      south: { spring: 9, summer: 12, autumn: 3, winter: 6 },
    });
    expect(SUBYEAR_LENGTH).toEqual({ quarter: 3, quadrimester: 4, semester: 6 });
  });

  it("reads quarters, quadrimesters and semesters as calendar months", () => {
    expect(bounds("2001-33")).toEqual(["2001-01-01", "2001-03-31"]);
    expect(bounds("2001-34")).toEqual(["2001-04-01", "2001-06-30"]);
    expect(bounds("2001-35")).toEqual(["2001-07-01", "2001-09-30"]);
    expect(bounds("2001-36")).toEqual(["2001-10-01", "2001-12-31"]);
    expect(bounds("2001-37")).toEqual(["2001-01-01", "2001-04-30"]);
    expect(bounds("2001-38")).toEqual(["2001-05-01", "2001-08-31"]);
    expect(bounds("2001-39")).toEqual(["2001-09-01", "2001-12-31"]);
    expect(bounds("2001-40")).toEqual(["2001-01-01", "2001-06-30"]);
    expect(bounds("2001-41")).toEqual(["2001-07-01", "2001-12-31"]);
  });

  it("runs an interval from its start's first day to its end's last day", () => {
    expect(bounds("1964/2008")).toEqual(["1964-01-01", "2008-12-31"]);
    expect(bounds("2004-06/2006-08")).toEqual(["2004-06-01", "2006-08-31"]);
    expect(bounds("2004-02-01/2005-02")).toEqual(["2004-02-01", "2005-02-28"]);
    expect(bounds("2005/2020-02")).toEqual(["2005-01-01", "2020-02-29"]);
    expect(bounds("-0200/0200")).toEqual(["-0200-01-01", "0200-12-31"]);
    expect(bounds("2004-06-XX/2004-07-03")).toEqual(["2004-06-01", "2004-07-03"]);
    expect(bounds("2024-23/2025-33")).toEqual(["2024-09-01", "2025-03-31"]);
  });

  it("has no bound at an open or unknown end", () => {
    expect(bounds("1985-04-12/..")).toEqual(["1985-04-12", null]);
    expect(bounds("../1985-04")).toEqual([null, "1985-04-30"]);
    expect(bounds("1985/")).toEqual(["1985-01-01", null]);
    expect(bounds("/1985")).toEqual([null, "1985-12-31"]);
  });

  it("ignores qualifiers by default", () => {
    expect(bounds("2024~")).toEqual(["2024-01-01", "2024-12-31"]);
    expect(bounds("2024-10?")).toEqual(["2024-10-01", "2024-10-31"]);
    expect(bounds("2024-23%")).toEqual(["2024-09-01", "2024-11-30"]);
    expect(bounds("2024~", { qualifiers: "as-stated" })).toEqual(["2024-01-01", "2024-12-31"]);
  });

  describe('qualifiers: "widen"', () => {
    const widen = { qualifiers: "widen" } as const;

    it("widens each qualified part by one of its unit", () => {
      expect(bounds("2024~", widen)).toEqual(["2023-01-01", "2025-12-31"]);
      expect(bounds("2024?", widen)).toEqual(["2023-01-01", "2025-12-31"]);
      expect(bounds("2024-10?", widen)).toEqual(["2023-09-01", "2025-11-30"]);
      expect(bounds("2024-~10", widen)).toEqual(["2024-09-01", "2024-11-30"]);
      expect(bounds("2024-11-~30", widen)).toEqual(["2024-11-29", "2024-12-01"]);
      expect(bounds("2004-%06-11", widen)).toEqual(["2004-05-11", "2004-07-11"]);
      expect(bounds("2004?-06-11", widen)).toEqual(["2003-06-11", "2005-06-11"]);
      expect(bounds("2004-06-11%", widen)).toEqual(["2003-05-10", "2005-07-12"]);
      expect(bounds("2024-01-XX~", widen)).toEqual(["2022-12-01", "2025-02-28"]);
      expect(bounds("2004-XX?", widen)).toEqual(["2003-01-01", "2005-12-31"]);
      expect(bounds("201X~", widen)).toEqual(["2009-01-01", "2020-12-31"]);
    });

    it("keeps a month's last day when a month widens", () => {
      expect(bounds("2024-~01", widen)).toEqual(["2023-12-01", "2024-02-29"]);
      expect(bounds("2024-~11", widen)).toEqual(["2024-10-01", "2024-12-31"]);
    });

    it("widens a season or sub-year grouping by its own length", () => {
      expect(bounds("2024-23~", widen)).toEqual(["2024-06-01", "2025-02-28"]);
      expect(bounds("2025-33?", widen)).toEqual(["2024-10-01", "2025-06-30"]);
      expect(bounds("2025-40~", widen)).toEqual(["2024-07-01", "2025-12-31"]);
      expect(bounds("2025-33", widen)).toEqual(["2025-01-01", "2025-03-31"]);
    });

    it("widens only the qualified end of an interval", () => {
      expect(bounds("1984~/2004-06", widen)).toEqual(["1983-01-01", "2004-06-30"]);
      expect(bounds("1984/2004-06~", widen)).toEqual(["1984-01-01", "2005-07-31"]);
      expect(bounds("1984-06-02?/..", widen)).toEqual(["1983-05-01", null]);
    });

    it("leaves unqualified periods alone", () => {
      expect(bounds("2024-10", widen)).toEqual(bounds("2024-10"));
    });
  });

  it("throws invalid-option for an unknown hemisphere or policy", () => {
    const p = period("2024-23");
    for (const options of [{ hemisphere: "east" }, { qualifiers: "loose" }]) {
      try {
        periodBounds(p, options as unknown as BoundsOptions);
        expect.unreachable();
      } catch (error) {
        expect(isFogcountError(error, "invalid-option")).toBe(true);
        expect((error as Error).message).toMatch(/east|loose/);
      }
    }
  });

  it("does not depend on the time zone's midnight", () => {
    expect(bounds("2024-03")).toEqual(["2024-03-01", "2024-03-31"]);
    expect(bounds("2024-10")).toEqual(["2024-10-01", "2024-10-31"]);
  });

  it("has earliest <= latest for every period, hemisphere and policy", () => {
    fc.assert(
      fc.property(
        arbPeriod(),
        fc.constantFrom("north", "south"),
        fc.constantFrom("as-stated", "widen"),
        (p, hemisphere, qualifiers) => {
          const { earliest, latest } = periodBounds(p, { hemisphere, qualifiers });
          if (earliest === null || latest === null) return p.kind === "interval";
          return toNumber(earliest) <= toNumber(latest);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("widening never narrows", () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        const plain = periodBounds(p);
        const wide = periodBounds(p, { qualifiers: "widen" });
        const le = (a: string | null, b: string | null) => a === null || b === null || toNumber(a) <= toNumber(b);
        return (wide.earliest === null) === (plain.earliest === null) && le(wide.earliest, plain.earliest) && le(plain.latest, wide.latest);
      }),
      { numRuns: 1000 },
    );
  });
});

/** An ISO date as a number that sorts as the days do: 2024-10-31 is 20241031. */
function toNumber(iso: string): number {
  const match = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}
