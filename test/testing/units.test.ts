// The kit refuses, when called, a unit that claim() would refuse at draw time.
import { describe, expect, it } from "vitest";

import * as testing from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("units with white space at either end", () => {
  it.each([
    ["arbClaim", "options.units", () => testing.arbClaim({ units: [" person"] })],
    ["arbEstimate", "options.units", () => testing.arbEstimate({ units: ["person "] })],
    ["arbSeries", "options.units", () => testing.arbSeries({ units: [" person"] })],
    ["arbDataset", "options.units", () => testing.arbDataset({ units: [" person"] })],
    ["arbLedgerEntries", "options.units", () => testing.arbLedgerEntries({ units: ["shell\n"] })],
    ["arbCumulativeSeries", "options.unit", () => testing.arbCumulativeSeries({ unit: " person" })],
    ["arbBreakdown", "options.unit", () => testing.arbBreakdown({ unit: " person" })],
    ["arbWaves", "options.unit", () => testing.arbWaves({ unit: "person " })],
  ])("are refused by %s when it is called", (name, path, call) => {
    const error = thrown(call);
    expect(error.code).toBe("invalid-option");
    expect(error.message).toContain(`${name}: ${path}`);
    expect(error.message).toContain("no white space at either end");
  });

  it("are refused whatever they hold, and a trimmed unit is taken", () => {
    expect(thrown(() => testing.arbClaim({ units: ["person", "\tperson"] })).code).toBe("invalid-option");
    expect(() => testing.arbClaim({ units: ["person", "SIPRI-TIV-million"] })).not.toThrow();
  });
});
