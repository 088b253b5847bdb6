// Schema messages name the value that failed and, where it can be said, why.
import { describe, expect, it } from "vitest";

import { EstimateSchema, IsoDateSchema } from "../../src/schemas.js";

describe("schema messages", () => {
  it("give the date that is no calendar date", () => {
    const issue = IsoDateSchema.safeParse("2025-02-30").error?.issues[0];
    expect(issue?.message).toBe('expected an ISO calendar date YYYY-MM-DD, got "2025-02-30", which names no day of the calendar');
    expect(IsoDateSchema.safeParse("30 Feb").error?.issues[0]?.message).toBe('expected an ISO calendar date YYYY-MM-DD, got "30 Feb"');
  });

  it("give both ends of a range in reverse", () => {
    const issue = EstimateSchema.safeParse({ kind: "range", low: 12_000, high: 10_000, unit: "person" }).error?.issues[0];
    expect(issue).toMatchObject({ path: ["high"], message: "low must not exceed high, got low 12000 and high 10000" });
  });
});
