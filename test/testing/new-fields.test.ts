// The arbitraries of fogcount/testing produce claims with every field a claim can have.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ClaimSchema, SourceSchema } from "../../src/schemas.js";
import { arbClaim, arbSource } from "../../src/testing/claim.js";

describe("arbitraries and the fields of claims", () => {
  const claims = fc.sample(arbClaim(), { numRuns: 400, seed: 7 });

  it("give modality, aggregation and restates, each valid", () => {
    expect(new Set(claims.map((c) => c.modality))).toEqual(new Set([undefined, "asserted", "planned", "projected", "potential"]));
    expect(new Set(claims.map((c) => c.indicator.aggregation))).toEqual(new Set([undefined, "stock", "flow", "increment"]));
    expect(claims.some((c) => c.restates !== undefined)).toBe(true);
    expect(claims.every((c) => c.restates !== c.id && ClaimSchema.safeParse(c).success)).toBe(true);
  });

  it("give aggregate sources with two or more countries", () => {
    const sources = fc.sample(arbSource(), { numRuns: 200, seed: 7 });
    expect(sources.some((s) => (s.countries?.length ?? 0) >= 2)).toBe(true);
    expect(sources.some((s) => s.country !== undefined)).toBe(true);
    expect(sources.filter((s) => s.country !== undefined && s.countries !== undefined)).toEqual([]);
    expect(sources.every((s) => SourceSchema.safeParse(s).success)).toBe(true);
  });
});
