import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ClaimSchema, IndicatorSchema, MeasureSchema } from "../../src/claim/schema.js";
import { arbClaim } from "../../src/testing/claim.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS" } as const;
const valid = {
  id: "c1",
  indicator: { subject: "kp-forces-in-russia", measure: "casualties", unit: "person" },
  estimate: { kind: "approx", value: 4700, unit: "person" },
  validTime: "2025-04-30",
  reportedAt: "2025-04-30",
  attribution: { originator: nis },
};

const paths = (r: { error?: { issues: readonly { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join("."));

describe("ClaimSchema", () => {
  it("accepts every generated claim", () => {
    fc.assert(fc.property(arbClaim(), (c) => ClaimSchema.safeParse(c).success), { numRuns: 300 });
  });

  it("fills a missing status with normal", () => {
    expect(ClaimSchema.parse(valid).status).toEqual({ kind: "normal" });
  });

  it("puts a unit disagreement at estimate.unit", () => {
    const result = ClaimSchema.safeParse({ ...valid, estimate: { kind: "approx", value: 4700, unit: "soldier" } });
    expect(paths(result)).toEqual(["estimate.unit"]);
    expect(result.error?.issues[0]?.message).toContain('"soldier"');
  });

  it("puts a bad time at its field, with the reason", () => {
    const result = ClaimSchema.safeParse({ ...valid, validTime: "2025-03/2025-01", recordedAt: "yesterday" });
    expect(paths(result).sort()).toEqual(["recordedAt", "validTime"]);
    expect(result.error?.issues.find((i) => i.path[0] === "validTime")?.message).toMatch(/after/);
  });

  it("requires a reason to deprecate", () => {
    expect(paths(ClaimSchema.safeParse({ ...valid, status: { kind: "deprecated" } }))).toEqual(["status.reason"]);
    expect(paths(ClaimSchema.safeParse({ ...valid, status: { kind: "deprecated", reason: "" } }))).toEqual(["status.reason"]);
    expect(ClaimSchema.safeParse({ ...valid, status: { kind: "deprecated", reason: "typo", supersededBy: "c2" } }).success).toBe(true);
  });

  it("reports nested paths in the attribution", () => {
    const result = ClaimSchema.safeParse({ ...valid, attribution: { originator: { ...nis, country: "kor" }, credibility: 0 } });
    expect(paths(result).sort()).toEqual(["attribution.credibility", "attribution.originator.country"]);
  });
});

describe("IndicatorSchema", () => {
  it("allows includes on casualties only, without repeats", () => {
    expect(IndicatorSchema.safeParse({ ...valid.indicator, includes: ["killed", "wounded"] }).success).toBe(true);
    expect(paths(IndicatorSchema.safeParse({ ...valid.indicator, measure: "killed", includes: ["killed"] }))).toEqual(["includes"]);
    expect(paths(IndicatorSchema.safeParse({ ...valid.indicator, includes: ["killed", "killed"] }))).toEqual(["includes"]);
    expect(paths(IndicatorSchema.safeParse({ ...valid.indicator, includes: [] }))).toEqual(["includes"]);
    expect(paths(IndicatorSchema.safeParse({ ...valid.indicator, scope: " " }))).toEqual(["scope"]);
  });
});

describe("MeasureSchema", () => {
  it("accepts the vocabulary and namespace:name, nothing else", () => {
    for (const m of ["killed", "casualties", "present", "oryx:tanks-destroyed", "acled:events_2024", "ledger:value"]) {
      expect(MeasureSchema.safeParse(m).success, m).toBe(true);
    }
    for (const m of ["kia", "Killed", "oryx:", ":x", "Oryx:tanks", "oryx:tanks destroyed", "a:b:c", "1x:y"]) {
      expect(MeasureSchema.safeParse(m).success, m).toBe(false);
    }
    expect(MeasureSchema.safeParse("kia").error?.issues[0]?.message).toMatch(/MEASURES or namespace:name/);
  });
});
