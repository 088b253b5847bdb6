// The arbitraries check their options: fast-check's own errors for an empty
// list or a reversed range are not fogcount errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as testing from "../../src/testing/index.js";
import { thrown, thrownCode } from "../helpers.js";

// Every arbitrary of the entry (each takes options; the builders take an id or a title).
const arbitraries = Object.entries(testing as Record<string, unknown>).filter(
  (e): e is [string, (options?: unknown) => fc.Arbitrary<unknown>] => typeof e[1] === "function" && e[0].startsWith("arb"),
);

describe("arbitraries refuse options outside their domain", () => {
  it("are found", () => {
    expect(arbitraries.length).toBeGreaterThan(10);
  });

  it.each(arbitraries)("%s refuses null options and options that are not objects", (_name, arb) => {
    expect(thrownCode(() => arb(null))).toBe("invalid-option");
    expect(thrownCode(() => arb("person"))).toBe("invalid-option");
  });

  it.each([
    ["arbEstimate with no units", () => testing.arbEstimate({ units: [] })],
    ["arbEstimate with an unknown kind", () => testing.arbEstimate({ kinds: ["guess" as "exact"] })],
    ["arbEstimate with a negative max", () => testing.arbEstimate({ max: -1 })],
    ["arbFigure with integers as a string", () => testing.arbFigure({ integers: "no" as unknown as boolean })],
    ["arbClaim with an empty subject", () => testing.arbClaim({ subjects: [" "] })],
    ["arbBreakdown with a part included twice", () => testing.arbBreakdown({ includes: ["killed", "killed"] })],
    ["arbPeriod with years reversed", () => testing.arbPeriod({ minYear: 2100, maxYear: 1900 })],
    ["arbPeriod with no year in range", () => testing.arbPeriod({ minYear: 20_000 })],
    ["arbEdtf with a fractional year", () => testing.arbEdtf({ minYear: 1900.5 })],
    ["arbDatePeriod with time as a string", () => testing.arbDatePeriod({ time: "no" as unknown as boolean })],
    ["arbIsoDate before year 0 only", () => testing.arbIsoDate({ maxYear: -1 })],
    ["arbCumulativeSeries with no days", () => testing.arbCumulativeSeries({ minLength: 0 })],
    ["arbCumulativeSeries with max below min", () => testing.arbCumulativeSeries({ minLength: 5, maxLength: 2 })],
    ["arbCumulativeSeries with a total max below its min", () => testing.arbCumulativeSeries({ min: 10, max: 5 })],
    ["arbCumulativeSeries with an empty unit", () => testing.arbCumulativeSeries({ unit: " " })],
    ["arbCumulativeSeries with originators that are not sources", () => testing.arbCumulativeSeries({ originators: [{ id: "x" } as never] })],
    ["arbCumulativeSeries with a window too short for its days", () => testing.arbCumulativeSeries({ maxLength: 40, from: "2025-01-01", to: "2025-02-01" })],
  ])("%s is invalid-option", (_name, fn) => {
    expect(thrownCode(fn)).toBe("invalid-option");
  });

  it.each(arbitraries)("%s refuses an option name it does not take, naming it", (name, arb) => {
    expect(thrown(() => arb({ minyear: 2000 }))).toMatchObject({ code: "invalid-option", message: expect.stringMatching(new RegExp(`^${name}: options\\.minyear is not an option \\(.+\\), got 2000$`)) });
  });

  it.each([
    ["arbDatePeriod", () => testing.arbDatePeriod({ kinds: ["date"] } as never), "minYear, maxYear, time"],
    ["arbSeasonPeriod", () => testing.arbSeasonPeriod({ time: false } as never), "minYear, maxYear"],
    ["arbPeriod", () => testing.arbPeriod({ time: false } as never), "minYear, maxYear, kinds"],
    ["arbIsoDate", () => testing.arbIsoDate({ kinds: ["date"] } as never), "minYear, maxYear"],
    ["arbFigure", () => testing.arbFigure({ units: ["person"] } as never), "min, max, integers"],
    ["arbEstimate", () => testing.arbEstimate({ unit: "person" } as never), "units, min, max, integers, kinds, orders, best"],
    ["arbClaim", () => testing.arbClaim({ subject: "x" } as never), "units, subjects, measures, aggregations, modalities, originators, min, max, from, to"],
    ["arbCumulativeSeries", () => testing.arbCumulativeSeries({ length: 3 } as never), "minLength, maxLength, maxRestatements, unit, min, max, originators, from, to"],
  ])("%s takes only the options it documents (%#)", (_name, fn, names) => {
    expect(thrown(fn).message).toContain(`is not an option (${names})`);
  });

  it("refuse options that cannot be read with invalid-argument, as the matchers do values", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(() => testing.arbClaim(proxy))).toMatchObject({
      code: "invalid-argument",
      message: `arbClaim: options cannot be read (a getter or proxy threw), got "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked"`,
    });
    const units = Object.defineProperty({}, "units", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(thrown(() => testing.arbEstimate(units))).toMatchObject({
      code: "invalid-argument",
      message: 'arbEstimate: options.units cannot be read (a getter or proxy threw), got "Error: boom"',
    });
    expect(thrown(() => testing.arbPeriod(proxy))).toMatchObject({ code: "invalid-argument", message: expect.stringContaining("arbPeriod: options cannot be read") });
    expect(thrown(() => testing.fogcountMatchers.toAllow({ kind: "exact", value: proxy, unit: "x" }, 1))).toMatchObject({
      code: "invalid-argument",
      message: expect.stringContaining("toAllow: received.value cannot be read"),
    });
    expect(thrown(() => testing.fogcountMatchers.toBeEstimate(proxy)).code).toBe("invalid-argument");
  });

  it("still draws what the options allow", () => {
    expect(fc.sample(testing.arbPeriod({ minYear: 2024, maxYear: 2024, kinds: ["season"] }), 5).every((p) => p.kind === "season" && p.year === 2024)).toBe(true);
    expect(fc.sample(testing.arbCumulativeSeries({ minLength: 3, maxLength: 3, maxRestatements: 0 }), 3).every((c) => c.length === 3)).toBe(true);
  });
});
