// A zero whose words say no figure was given ("n/a", "—") is of unknown size: nothing is
// derived from it, as from any other unknown part.
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import { nisBriefing2025CasualtiesApril } from "../../src/fixtures/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";

const breakdown = (killed: CasualtyBreakdown["killed"]): CasualtyBreakdown => ({
  killed,
  wounded: "not-reported",
  missing: "not-reported",
  captured: "not-reported",
  total: { kind: "approx", value: 4700, unit: "person" },
  includes: ["killed", "wounded"],
});

describe("reconcileCasualties and a zero that is no figure", () => {
  it.each(["n/a", "—", "N/A"])("derives nothing from a 0 written %j, and keeps it as given", (text) => {
    const killed = { kind: "exact" as const, value: 0, unit: "person", text };
    const r = reconcileCasualties(breakdown(killed));
    expect(r.breakdown.wounded).toBe("not-reported");
    expect(r.breakdown.killed).toEqual(killed);
    expect(r.derived).toEqual({});
    expect(r.findings.map((f) => f.code)).toEqual(["not-derivable"]);
  });

  it("derives from a 0 that is a figure", () => {
    expect(reconcileCasualties(breakdown({ kind: "exact", value: 0, unit: "person" })).breakdown.wounded).toEqual({ kind: "approx", value: 4700, unit: "person" });
  });
});

describe("reconcileCasualties and a figure whose claim is no count", () => {
  it.each(["projected", "planned", "potential"] as const)("derives nothing from a part whose claim is %s", (modality) => {
    const b = nisBriefing2025CasualtiesApril;
    const killed = b.claims?.killed;
    expect(killed).toBeDefined();
    const r = reconcileCasualties({ ...b, claims: { ...b.claims, killed: { ...(killed as NonNullable<typeof killed>), modality } } });
    expect(r.breakdown.wounded).toBe(b.wounded);
    expect(r.derived.wounded).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain("not-derivable");
  });
});
