// Arbitraries that draw claims pair measures and units as claim() does: a
// measure of the vocabulary counts people, never money.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDataset } from "../../src/dataset/index.js";
import { ClaimSchema, DatasetSchema } from "../../src/schemas.js";
import { arbClaim, arbDataset, arbRevisionHistory, arbSeries } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

const money = { units: ["USD"], measures: ["killed"] } as const;

describe("measures and units, paired as a claim takes them", () => {
  it.each([
    ["arbClaim", () => arbClaim(money)],
    ["arbSeries", () => arbSeries(money)],
    ["arbRevisionHistory", () => arbRevisionHistory(money)],
    ["arbDataset", () => arbDataset(money)],
  ])("%s refuses units all money with measures that count people, when called", (name, call) => {
    const e = thrown(call);
    expect(e.code).toBe("invalid-option");
    expect(e.message).toBe(`${name}: options.units are all money or units of measurement (km, t, days, TIV), but the measures killed count people: add a namespaced measure or a unit that counts people, got ["USD"]`);
  });

  it("says the measures are the default ones when none are given", () => {
    expect(thrown(() => arbSeries({ units: ["USD"] })).message).toMatch(/^arbSeries: options\.units are all money or units of measurement \(km, t, days, TIV\), but the measures drawn by default \(killed, casualties, deployed, present\) count people/);
    expect(thrown(() => arbDataset({ units: ["USD"] })).code).toBe("invalid-option");
  });

  it("arbSeries draws only claims that pass ClaimSchema with money among the units, money only with a namespaced measure", () => {
    fc.assert(
      fc.property(arbSeries({ units: ["USD", "person"], measures: ["killed", "acled:payments"] }), (claims) => {
        expect(claims.every((c) => ClaimSchema.safeParse(c).success)).toBe(true);
        expect(claims.every((c) => c.indicator.unit !== "USD" || c.indicator.measure === "acled:payments")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("arbRevisionHistory draws with money among the units", () => {
    expect(fc.sample(arbRevisionHistory({ units: ["USD", "person"], measures: ["killed"] }), 100).every((h) => h.kind === "revision-history")).toBe(true);
  });

  it("arbDataset draws only valid, clean datasets with money among the units", () => {
    fc.assert(
      fc.property(arbDataset({ units: ["USD", "person"] }), (d) => {
        expect(DatasetSchema.safeParse(d).success).toBe(true);
        expect(checkDataset(d)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("arbDataset keeps to the subjects, measures and units given, breakdown claims included", () => {
    const only = fc.sample(arbDataset({ subjects: ["alpha"], units: ["tank"], measures: ["x:destroyed"] }), { numRuns: 40, seed: 3 });
    const indicators = only.flatMap((d) => d.claims.map((c) => [c.indicator.subject, c.indicator.measure, c.indicator.unit].join()));
    expect(new Set(indicators)).toEqual(new Set(["alpha,x:destroyed,tank"]));
    const people = fc.sample(arbDataset({ subjects: ["alpha"], units: ["person"], measures: ["killed", "casualties"] }), { numRuns: 60, seed: 4 });
    const claims = people.flatMap((d) => d.claims);
    expect(claims.some((c) => c.id.startsWith("b"))).toBe(true);
    expect(claims.every((c) => c.indicator.subject === "alpha" && ["killed", "casualties"].includes(c.indicator.measure))).toBe(true);
    expect(people.every((d) => checkDataset(d).length === 0)).toBe(true);
  });
});
