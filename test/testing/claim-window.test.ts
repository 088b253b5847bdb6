// arbClaim with a window keeps every date of a claim in it: its times, and
// the dates of its relay steps and publications, none after the report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ClaimSchema } from "../../src/schemas.js";
import { arbClaim } from "../../src/testing/index.js";

describe("arbClaim with from and to", () => {
  it("dates relay steps and publications in the window, not after reportedAt", () => {
    const claims = fc.sample(arbClaim({ from: "2025-01-01", to: "2025-03-31" }), { numRuns: 400, seed: 7 });
    const dates = claims.flatMap((c) => {
      const at = [...(c.attribution.relay ?? []), ...(c.attribution.publications ?? [])].flatMap((x) => (x.date === undefined ? [] : [x.date]));
      return at.map((d) => [d, c.reportedAt] as const);
    });
    expect(dates.length).toBeGreaterThan(100);
    for (const [d, reported] of dates) {
      expect(/^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
      expect(d >= "2025-01-01" && d <= "2025-03-31" && d <= reported).toBe(true);
    }
    for (const c of claims) expect(ClaimSchema.safeParse(c).success).toBe(true);
  });
});
