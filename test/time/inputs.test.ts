// What the time room does with input it cannot trust.
import { describe, expect, it } from "vitest";

import { comparePeriods, formatPeriod, isWithin, overlapsPeriod, period, periodBounds } from "../../src/index.js";
import type { BoundsOptions, Hemisphere, Period } from "../../src/index.js";
import { thrown, thrownCode } from "../helpers.js";

const autumn = period("2024-23");


describe("periods that are not periods", () => {
  it("refuses an EDTF string given for a period, and says to read it first", () => {
    const e = thrown(() => periodBounds("2024-23" as unknown as Period));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toBe('periodBounds: period is not a period (not an object) (read an EDTF string with period() first), got "2024-23"');
  });

  it.each([
    ["a year written as text", { kind: "date", precision: "year", year: "2024" }],
    ["a month 13", { kind: "date", precision: "month", year: 2024, month: 13 }],
    ["30 February", { kind: "date", precision: "day", year: 2025, month: 2, day: 30 }],
    ["an interval that ends before it starts", { kind: "interval", start: { kind: "date", precision: "year", year: 2025 }, end: { kind: "date", precision: "year", year: 2024 } }],
    ["no kind", { year: 2024, season: "autumn" }],
    ["a NaN year", { kind: "season", year: NaN, season: "autumn" }],
    ["null", null],
  ])("refuses %s in every function that takes a period", (_name, value) => {
    const p = value as Period;
    for (const fn of [() => periodBounds(p), () => formatPeriod(p), () => comparePeriods(autumn, p), () => isWithin(p, autumn), () => overlapsPeriod(autumn, p)]) {
      expect(thrownCode(fn)).toBe("invalid-argument");
    }
  });

  it("still reads what parsePeriod gives", () => {
    expect(periodBounds(autumn)).toEqual({ earliest: "2024-09-01", latest: "2024-11-30" });
    expect(formatPeriod(period("2004-06~-11"))).toBe("2004-06~-11");
  });
});

describe("options outside their domain", () => {
  it.each([
    ["null options", () => periodBounds(autumn, null as unknown as BoundsOptions)],
    ["a hemisphere that is not one", () => periodBounds(autumn, { hemisphere: "up" as Hemisphere })],
    ["a qualifier policy that is not one", () => isWithin(autumn, autumn, { qualifiers: "loose" as "widen" })],
    ["options as a string", () => comparePeriods(autumn, autumn, "south" as unknown as BoundsOptions)],
  ])("%s is invalid-option", (_name, fn) => {
    expect(thrownCode(fn)).toBe("invalid-option");
  });
});

describe("period() with words", () => {
  it("points a phrase to resolveTimePhrase", () => {
    const e = thrown(() => period("last fall"));
    expect(e.code).toBe("invalid-period");
    expect(e.message).toContain('to read a phrase such as "last fall", use resolveTimePhrase from fogcount/text');
  });

  it("gives no such hint for EDTF that is only wrong", () => {
    expect(thrown(() => period("2024-13")).message).not.toContain("resolveTimePhrase");
  });
});
