// What the waves and ledger entries of arbDataset rest on: claims of what was sent, never of
// losses, and for an entry said delivered or in use, a claim of what was done, not of a plan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDataset } from "../../src/dataset/index.js";
import { arbDataset } from "../../src/testing/index.js";

const LOSSES = ["killed", "wounded", "missing", "captured", "casualties"];

describe("arbDataset: what waves and entries rest on", () => {
  it("rests waves on claims of people deployed, present or laborers, and entries on no claim of losses", () => {
    let [waves, entries] = [0, 0];
    for (const d of fc.sample(arbDataset({ maxWaves: 6, maxLedgers: 2 }), { numRuns: 150, seed: 7 })) {
      const byId = new Map(d.claims.map((c) => [c.id, c]));
      for (const w of d.deployments) {
        if (w.claim === undefined) continue;
        expect(["deployed", "present", "laborers"]).toContain(byId.get(w.claim)?.indicator.measure);
        waves += 1;
      }
      for (const e of d.ledgers.flatMap((l) => l.entries)) {
        const on = (e.claims ?? []).map((id) => byId.get(id));
        for (const c of on) expect(LOSSES).not.toContain(c?.indicator.measure);
        if (on.length > 0 && ["delivered", "in-use"].includes(e.stage) && e.evidence !== "none-observed") {
          expect(on.some((c) => (c?.modality ?? "asserted") === "asserted" && (c?.restates === undefined || (byId.get(c.restates)?.modality ?? "asserted") === "asserted"))).toBe(true);
        }
        entries += on.length > 0 ? 1 : 0;
      }
      expect(checkDataset(d)).toEqual([]);
    }
    expect(waves).toBeGreaterThan(20);
    expect(entries).toBeGreaterThan(20);
  });

  it("never reports a wave before its period begins, nor writes a size or quantity of 0 as no figure", () => {
    for (const d of fc.sample(arbDataset({ maxWaves: 6, maxLedgers: 2 }), { numRuns: 100, seed: 8 })) {
      for (const w of d.deployments) {
        const start = w.period.split("/")[0] as string;
        if (start !== "..") expect(w.reportedAt.slice(0, 10) >= start.slice(0, 10)).toBe(true);
        expect(w.size.text).toBeUndefined();
      }
      for (const e of d.ledgers.flatMap((l) => l.entries)) expect(e.quantity?.text).toBeUndefined();
    }
  });
});
