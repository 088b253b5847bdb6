import { describe, it } from "vitest";

import { casualtyRate, lethality, reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { claim } from "../../src/claim/index.js";
import type { Claim } from "../../src/claim/index.js";
import { exact } from "../../src/index.js";
import { source } from "../../src/provenance/index.js";
import { expectFogcountError } from "../helpers.js";

const A = source("a", "ngo", "A", { country: "KR" });
const B = source("b", "ngo", "B", { country: "US" });
const mk = (id: string, subject: string, measure: "killed" | "casualties" | "deployed", v: number, src = A, validTime = "2025-04-30", scope?: string): Claim =>
  claim({
    id,
    indicator: { subject, measure, unit: "person", ...(scope !== undefined && { scope }), ...(measure === "casualties" ? { includes: ["killed", "wounded"] as ("killed" | "wounded")[] } : {}) },
    estimate: exact(v, "person"),
    validTime,
    reportedAt: "2025-04-30",
    attribution: { originator: src },
  });

describe("figures divided or subtracted on one basis", () => {
  it("refuses a ratio of claims about different subjects or scopes", () => {
    expectFogcountError(() => lethality(mk("k", "x", "killed", 600), mk("t", "y", "casualties", 1000)), "mixed-breakdown", /^lethality: the killed \(k, about x\) and the casualties \(t, about y\) are about different subjects or scopes/);
    expectFogcountError(() => lethality(mk("k", "x", "killed", 600), mk("t", "x", "casualties", 1000, A, "2025-04-30", "kursk")), "mixed-breakdown", /about x \(kursk\)/);
    expectFogcountError(() => casualtyRate(mk("t", "x", "casualties", 100), mk("d", "y", "deployed", 1000)), "mixed-breakdown");
  });

  it("refuses a breakdown whose claims mix originators, subjects or valid times", () => {
    const t = mk("t", "x", "casualties", 4700);
    const bd = { killed: exact(600, "person"), wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: t.estimate, includes: ["killed", "wounded"] } as CasualtyBreakdown;
    expectFogcountError(() => reconcileCasualties({ ...bd, claims: { killed: mk("k", "x", "killed", 600, B), total: t } }), "mixed-breakdown", /^reconcileCasualties: breakdown\.claims\.total \("t"\) and breakdown\.claims\.killed \("k"\) differ in their originator/);
    expectFogcountError(() => reconcileCasualties({ ...bd, claims: { killed: mk("k", "x", "killed", 600, A, "2025-01-31"), total: t } }), "mixed-breakdown", /differ in their valid time/);
    expectFogcountError(() => reconcileCasualties({ ...bd, claims: { killed: mk("k", "y", "killed", 600), total: t } }), "mixed-breakdown", /differ in their subject/);
  });
});
