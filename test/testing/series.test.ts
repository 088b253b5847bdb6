// A series of the kit is one clean history: nothing for findContradictions to find.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Claim } from "../../src/index.js";
import { ClaimSchema } from "../../src/schemas.js";
import { findContradictions, revisionHistory } from "../../src/revision/index.js";
import { arbCumulativeSeries, arbRevisionHistory, arbSeries } from "../../src/testing/index.js";

describe("arbSeries", () => {
  it("draws claims that make one history with nothing to find", () => {
    fc.assert(
      fc.property(arbSeries(), (claims) => {
        expect(claims.every((c) => ClaimSchema.safeParse(c).success)).toBe(true);
        const histories = revisionHistory(claims);
        expect(histories).toHaveLength(1);
        const stock = (claims[0]?.indicator.aggregation ?? "stock") === "stock";
        expect(findContradictions(histories[0]!, { cumulative: stock })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps minLength figures of the originator's own, even when the steps are long", () => {
    fc.assert(
      fc.property(arbSeries({ minLength: 30, maxLength: 30, from: "2025-01-01", to: "2025-02-15" }), (claims) => {
        expect(claims.filter((c) => c.restates === undefined)).toHaveLength(30);
      }),
      { numRuns: 50 },
    );
  });

  it("arbRevisionHistory gives the history of a series", () => {
    fc.assert(fc.property(arbRevisionHistory({ maxLength: 4 }), (h) => h.kind === "revision-history" && h.claims.length >= 1));
  });
});

describe("arbCumulativeSeries", () => {
  const desk = { id: "ua-desk", kind: "outlet" as const, name: "Desk" };
  const staff = { id: "ua-general-staff", kind: "military" as const, name: "General Staff", country: "UA" };

  const falls = (claims: Claim[]) => findContradictions(revisionHistory(claims)[0]!, { cumulative: true }).filter((f) => f.code === "cumulative-decrease");

  it("draws one running total that never falls", () => {
    fc.assert(
      fc.property(arbCumulativeSeries(), (claims) => {
        expect(claims.every((c) => ClaimSchema.safeParse(c).success)).toBe(true);
        const histories = revisionHistory(claims);
        expect(histories).toHaveLength(1);
        expect(falls(claims)).toEqual([]);
        // nor anything else: a revision is reported more than 14 days after the figure it revises
        expect(findContradictions(histories[0]!, { cumulative: true })).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps to its unit, totals, originators and window, with every day it is asked for", () => {
    const options = { minLength: 30, maxLength: 30, unit: "tank", min: 100, max: 400, originators: [desk, staff], from: "2025-01-01", to: "2025-02-10" };
    fc.assert(
      fc.property(arbCumulativeSeries(options), (claims) => {
        expect(claims.filter((c) => c.id.startsWith("d"))).toHaveLength(30);
        expect(new Set(claims.map((c) => c.attribution.originator.id)).size).toBe(1);
        for (const c of claims) {
          expect(ClaimSchema.safeParse(c).success).toBe(true);
          expect([c.indicator.unit, c.estimate.unit]).toEqual(["tank", "tank"]);
          expect(c.estimate.kind === "approx" && c.estimate.value >= 100 && c.estimate.value <= 400).toBe(true);
          expect(["ua-desk", "ua-general-staff"]).toContain(c.attribution.originator.id);
          expect(c.validTime > "2025-01-01" && c.validTime <= c.reportedAt && c.reportedAt <= "2025-02-10").toBe(true);
        }
        expect(falls(claims)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
