import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbIsoDate, arbPeriod } from "../../src/testing/time.js";
import { formatPeriod, period } from "../../src/time/index.js";
import {
  DatePeriodSchema,
  EdtfSchema,
  IntervalEndSchema,
  IntervalPeriodSchema,
  IsoDateSchema,
  PeriodSchema,
  SeasonPeriodSchema,
  SubyearPeriodSchema,
} from "../../src/time/schema.js";

describe("PeriodSchema", () => {
  it("accepts every generated period and keeps it as it is", () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        const result = PeriodSchema.safeParse(p);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts what period() reads and survives JSON", () => {
    for (const edtf of ["2024-10?", "2004-06~-11", "1985-XX-XX", "2024-27", "2025-33~", "1984-06-02?/..", "1985-04-12T23:20:30Z"]) {
      const value = period(edtf);
      expect(PeriodSchema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
    }
  });

  it("rejects shapes that are not periods", () => {
    expect(PeriodSchema.safeParse({ kind: "date", precision: "month", year: 2024, month: 13 }).success).toBe(false);
    expect(PeriodSchema.safeParse({ kind: "date", precision: "day", year: 12024 }).success).toBe(false);
    expect(PeriodSchema.safeParse({ kind: "week", year: 2024 }).success).toBe(false);
    expect(PeriodSchema.safeParse("2024").success).toBe(false);
  });

  it("rejects a day the month does not have, with parsePeriod's reason", () => {
    const result = PeriodSchema.safeParse({ kind: "date", precision: "day", year: 2023, month: 2, day: 29 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('"2023-02-29": day 29 is not a day of 2023-02');
  });

  it("rejects a period that is not in canonical form", () => {
    const cases = [
      { kind: "date", precision: "year", year: 2024, month: 3 },
      { kind: "date", precision: "month", year: 2024 },
      { kind: "date", precision: "year", year: 2024, approximate: {} },
      { kind: "date", precision: "year", year: 2024, approximate: { month: true } },
      { kind: "date", precision: "year", year: 2015, unspecified: "year-last-digit" },
      { kind: "subyear", year: 2024, unit: "quadrimester", index: 4 },
    ];
    for (const value of cases) {
      const result = PeriodSchema.safeParse(value);
      expect(result.success, JSON.stringify(value)).toBe(false);
    }
    const result = PeriodSchema.safeParse(cases[0]);
    expect(result.error?.issues[0]?.message).toMatch(/not in its canonical form: it is written "2024"/);
  });

  it("rejects an interval that ends before it starts, or has no dated end", () => {
    const start = { kind: "date", precision: "year", year: 2025 };
    const end = { kind: "date", precision: "year", year: 2024 };
    expect(PeriodSchema.safeParse({ kind: "interval", start, end }).success).toBe(false);
    expect(IntervalPeriodSchema.safeParse({ kind: "interval", start: { kind: "open" }, end: { kind: "unknown" } }).success).toBe(
      false,
    );
    expect(IntervalPeriodSchema.safeParse({ kind: "interval", start: end, end: start }).success).toBe(true);
  });

  it("has a schema for each kind", () => {
    expect(DatePeriodSchema.safeParse(period("2024-10")).success).toBe(true);
    expect(SeasonPeriodSchema.safeParse(period("2024-23")).success).toBe(true);
    expect(SubyearPeriodSchema.safeParse(period("2025-33")).success).toBe(true);
    expect(IntervalEndSchema.safeParse({ kind: "open" }).success).toBe(true);
    expect(SeasonPeriodSchema.safeParse(period("2024-10")).success).toBe(false);
  });
});

describe("EdtfSchema", () => {
  it("accepts supported EDTF and rejects the rest with the reason", () => {
    fc.assert(fc.property(arbPeriod(), (p) => EdtfSchema.safeParse(formatPeriod(p)).success), { numRuns: 500 });
    const result = EdtfSchema.safeParse("2024-13");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/month 13/);
  });
});

describe("IsoDateSchema", () => {
  it("accepts calendar dates and rejects the rest", () => {
    fc.assert(fc.property(arbIsoDate(), (d) => IsoDateSchema.safeParse(d).success), { numRuns: 500 });
    for (const bad of ["2025-02-29", "2025-13-01", "2025-4-30", "30/04/2025", "2025-04-30T00:00:00Z", ""]) {
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(IsoDateSchema.safeParse("-0400-01-01").success).toBe(true);
    expect(IsoDateSchema.safeParse("999999-01-01").success).toBe(false);
  });
});
