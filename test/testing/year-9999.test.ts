// Windows at the end of the ISO calendar: no time drawn after 9999-12-31, and
// a default that makes a window too short is named as the default.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ClaimSchema } from "../../src/schemas.js";
import { arbClaim, arbCumulativeSeries, arbDataset } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("the end of the year 9999", () => {
  it("arbDataset refuses to seed reported-after-dataset when the window ends on 9999-12-31, when called", () => {
    const e = thrown(() => arbDataset({ from: "9999-10-01", to: "9999-12-31", withFinding: "reported-after-dataset" }));
    expect(e.code).toBe("invalid-option");
    expect(e.message).toMatch(/^arbDataset: options\.to must be before 9999-12-31 to seed reported-after-dataset/);
    expect(fc.sample(arbDataset({ from: "9999-10-01", to: "9999-12-30", withFinding: "reported-after-dataset" }), 10)).toHaveLength(10);
    expect(fc.sample(arbDataset({ from: "9999-10-01", to: "9999-12-31", withFinding: "unit-mismatch" }), 10)).toHaveLength(10);
  });

  it("arbCumulativeSeries with no `to` draws nothing after 9999-12-31", () => {
    fc.assert(
      fc.property(arbCumulativeSeries({ from: "9999-10-01" }), (claims) => {
        expect(claims.every((c) => ClaimSchema.safeParse(c).success && c.reportedAt <= "9999-12-31")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("arbCumulativeSeries refuses a `from` too late for the default `to`, saying it is the default", () => {
    const e = thrown(() => arbCumulativeSeries({ from: "9999-12-01" }));
    expect(e.code).toBe("invalid-option");
    expect(e.message).toBe(
      "arbCumulativeSeries: options.to must be at least 44 days from options.from (9999-12-01, counting both); left out, it is 9999-12-31 by default: give a later options.to, or an earlier options.from, got undefined",
    );
  });
});

describe("a window too short", () => {
  it("names a default `to` as the default", () => {
    expect(thrown(() => arbClaim({ from: "2030-01-01" })).message).toBe(
      "arbClaim: options.to must be at least 1 day from options.from (2030-01-01, counting both); left out, it is 2025-12-31 by default: give a later options.to, or an earlier options.from, got undefined",
    );
  });

  it("names a default `from` as the default", () => {
    expect(thrown(() => arbClaim({ to: "2021-06-30" })).message).toBe('arbClaim: options.to must be at least 1 day from options.from (2022-01-01 by default, counting both), got "2021-06-30"');
  });
});
