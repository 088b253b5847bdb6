// What the matchers and the period arbitraries say when they fail or refuse.
import { describe, expect, it } from "vitest";

import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { arbIsoDate, arbPeriod, fogcountMatchers as m } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("toEqualEstimate", () => {
  it("names the field that differs, numbers or not", () => {
    expect(m.toEqualEstimate(exact(5, "x"), approx(5, "x")).message()).toContain('(kind: "exact" and "approx")');
    expect(m.toEqualEstimate(exact(5, "x"), exact(5, "y")).message()).toContain('(unit: "x" and "y")');
    expect(m.toEqualEstimate(approx(5, "x", { hedge: "around" }), approx(5, "x", { hedge: "roughly" })).message()).toContain('(hedge: "around" and "roughly")');
    expect(m.toEqualEstimate(atLeast(5, "x", { strict: true }), atLeast(5, "x")).message()).toContain("(strict: true and false)");
    expect(m.toEqualEstimate(range(1, 5, "x"), range(1, 6, "x")).message()).toContain("(high: 5 and 6)");
  });
});

describe("toHaveFinding", () => {
  it("says a finding and its code, with the right article", () => {
    const message = m.toHaveFinding(nisBriefing2025Dataset, "unit-mismatch").message();
    expect(message).toMatch(/^expected a finding unit-mismatch, but/);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "unit-mismatch", { severity: "error" }).message()).toMatch(/^expected an error finding unit-mismatch, but/);
  });
});

describe("toOverlapEstimate", () => {
  it("names itself for estimates in two units", () => {
    const error = thrown(() => m.toOverlapEstimate(exact(1, "x"), exact(1, "y")));
    expect(error.code).toBe("unit-mismatch");
    expect(error.message).toMatch(/^toOverlapEstimate: other is in "y", not in "x"/);
  });
});

describe("the years of arbPeriod and arbIsoDate", () => {
  it("are refused out of range with the range they may be in", () => {
    expect(thrown(() => arbPeriod({ minYear: 20_000 }))).toMatchObject({ code: "invalid-option", message: "arbPeriod: options.minYear must be a whole number from -9999 to 9999, got 20000" });
    expect(thrown(() => arbPeriod({ minYear: 2000.5 })).message).toBe("arbPeriod: options.minYear must be a whole number from -9999 to 9999, got 2000.5");
    expect(thrown(() => arbIsoDate({ maxYear: -1 })).message).toBe("arbIsoDate: options.maxYear must be a whole number from 0 to 9999, got -1");
  });

  it("are refused reversed naming the maxYear given, and one given alone moves the other", () => {
    expect(thrown(() => arbPeriod({ minYear: 2100, maxYear: 1900 })).message).toBe("arbPeriod: options.minYear must not be above options.maxYear (1900), got 2100");
    expect(() => arbIsoDate({ minYear: 2500 })).not.toThrow();
    expect(() => arbIsoDate({ maxYear: 1500 })).not.toThrow();
  });
});
