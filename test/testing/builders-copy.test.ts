// The builders keep a copy of what they are given: editing an estimate, a
// source, a relay step, a claim or a part afterwards changes neither the
// builder (a base builder may be shared) nor what it built or will build.
import { describe, expect, it } from "vitest";

import type { Claim, Estimate, Source } from "../../src/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import type { LedgerEntry } from "../../src/ledger/index.js";
import { aBreakdown, aClaim, aDataset, aLedgerEntry, aWave } from "../../src/testing/index.js";

/** A fresh, editable estimate and source, as a caller would write them. */
const editable = () => ({
  estimate: { kind: "approx", value: 4700, unit: "person" } as { kind: "approx"; value: number; unit: string },
  source: { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" } as { id: string; kind: "intelligence-agency"; name: string; country: string },
});

describe("aClaim", () => {
  it("keeps its own copy of the estimate, the source and a relay step", () => {
    const { estimate, source } = editable();
    const step = { kind: "channel" as const, channel: "briefing" as "briefing" | "leak", date: "2025-04-30" };
    const base = aClaim().by(source as Source).via(step).saying(estimate as Estimate).asOf("2025-04-30");
    const before = base.build();
    estimate.value = 9999;
    source.name = "edited";
    step.channel = "leak";
    const after = base.build();
    for (const c of [before, after]) {
      expect(c.estimate).toEqual({ kind: "approx", value: 4700, unit: "person" });
      expect(c.attribution.originator.name).toBe("National Intelligence Service");
      expect(c.attribution.relay).toEqual([{ kind: "channel", channel: "briefing", date: "2025-04-30" }]);
    }
  });

  it("keeps its copy when the estimate is edited before build()", () => {
    const { estimate } = editable();
    const pending = aClaim().by("NIS").saying(estimate as Estimate).asOf("2025-04-30");
    estimate.value = 1;
    estimate.kind = "exact" as never;
    expect(pending.build().estimate).toEqual({ kind: "approx", value: 4700, unit: "person" });
  });
});

describe("aWave", () => {
  it("keeps its own copy of the size and the source, in the builder and in the wave built", () => {
    const { estimate, source } = editable();
    const base = aWave().sending(estimate as Estimate).from("KP").to("RU").during("2024-23").by(source as Source);
    const built: Deployment = base.build();
    estimate.value = 1;
    source.name = "edited";
    for (const w of [built, base.build()]) {
      expect(w.size).toEqual({ kind: "approx", value: 4700, unit: "person" });
      expect(w.attribution.originator.name).toBe("National Intelligence Service");
    }
  });
});

describe("aLedgerEntry", () => {
  it("keeps its own copy of the quantity, the value and the source", () => {
    const { estimate, source } = editable();
    const value = { kind: "exact" as const, value: 5, unit: "USD" };
    const base = aLedgerEntry().from("RU").to("KP").sending("shells", "munitions").quantity(estimate as Estimate).worth(value).during("2024").by(source as Source);
    const built: LedgerEntry = base.build();
    estimate.value = 1;
    value.value = 6;
    source.name = "edited";
    for (const e of [built, base.build()]) {
      expect([e.quantity, e.value?.estimate, e.attribution.originator.name]).toEqual([{ kind: "approx", value: 4700, unit: "person" }, { kind: "exact", value: 5, unit: "USD" }, "National Intelligence Service"]);
    }
  });
});

describe("aBreakdown", () => {
  it("keeps its own copy of a figure and of a claim given for one", () => {
    const { estimate } = editable();
    const killed = { kind: "exact", value: 600, unit: "person" };
    const claim = JSON.parse(JSON.stringify(aClaim("k").by("NIS").counting("killed").saying(killed as Estimate).asOf("2025-04-30").build())) as { estimate: { value: number }; id: string };
    const base = aBreakdown().killed(claim as unknown as Claim).total(estimate as Estimate);
    const built = base.build();
    estimate.value = 1;
    claim.estimate.value = 1;
    claim.id = "edited";
    for (const b of [built, base.build()]) {
      expect([b.killed, b.total, b.claims?.killed?.id, b.claims?.killed?.estimate]).toEqual([killed, { kind: "approx", value: 4700, unit: "person" }, "k", killed]);
    }
  });
});

describe("aDataset", () => {
  it("keeps its own copy of the claims and parts it is given", () => {
    const claim = JSON.parse(JSON.stringify(aClaim("apr").by("NIS").saying({ kind: "exact", value: 600, unit: "person" }).asOf("2025-04-30").build())) as Claim & { estimate: { value: number } };
    const wave = JSON.parse(JSON.stringify(aWave("w").sending({ kind: "exact", value: 3000, unit: "person" }).from("KP").to("RU").during("2024-23").by("NIS").build())) as Deployment & { size: { value: number } };
    const base = aDataset().withClaims(claim).withWaves(wave);
    claim.estimate.value = 1;
    wave.size.value = 1;
    const d = base.build();
    expect([d.claims[0]?.estimate, d.deployments[0]?.size]).toEqual([
      { kind: "exact", value: 600, unit: "person" },
      { kind: "exact", value: 3000, unit: "person" },
    ]);
  });
});
