import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { parseClaim, safeParseClaim } from "../../src/claim/parse.js";

const json = {
  id: "c1",
  indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
  estimate: { kind: "approx", value: 600, unit: "person", hedge: "approximately" },
  validTime: "2025-04-30",
  reportedAt: "2025-04-30",
  attribution: { originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS" } },
};

describe("parseClaim", () => {
  it("reads a claim from JSON and fills the status", () => {
    expect(parseClaim(JSON.parse(JSON.stringify(json)))).toEqual({ ...json, status: { kind: "normal" } });
  });

  it("throws zod's error with the path of each issue", () => {
    let error: unknown;
    try {
      parseClaim({ ...json, estimate: { ...json.estimate, unit: "soldier" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path)).toEqual([["estimate", "unit"]]);
  });
});

describe("safeParseClaim", () => {
  it("returns the result instead of throwing", () => {
    expect(safeParseClaim(json).success).toBe(true);
    const bad = safeParseClaim({ id: "c1" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      "attribution",
      "estimate",
      "indicator",
      "reportedAt",
      "validTime",
    ]);
  });
});
