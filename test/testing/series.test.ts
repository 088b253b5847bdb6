// A series of the kit is one clean history: nothing for findContradictions to find.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ClaimSchema } from "../../src/schemas.js";
import { findContradictions, revisionHistory } from "../../src/revision/index.js";
import { arbRevisionHistory, arbSeries } from "../../src/testing/index.js";

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
