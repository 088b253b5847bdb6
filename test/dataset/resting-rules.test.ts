// The rules on what breakdowns, waves and ledger items rest on, beyond their
// cases: the messages, the restatements followed, and edges.
import { describe, expect, it } from "vitest";

import { checkDataset, DATASET_RULES, parseDataset } from "../../src/dataset/index.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { claimOf, datasetOf, entryOf, findingsIn, ledgerOf, waveOf } from "./build.js";
import type { Sections } from "./build.js";
import { RESTING_CASES as CASES } from "./resting-cases.js";

const messages = (sections: Sections, code: string): string[] => {
  const { claims = [], ...extra } = sections as Record<string, unknown>;
  return checkDataset(parseDataset(datasetOf(claims as unknown[], extra)))
    .filter((f) => f.code === code)
    .map((f) => f.message);
};

const sent = { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" };
const about = (value: number) => ({ kind: "approx", value, unit: "person" });

describe("rests-on-deprecated-claim", () => {
  it("is an error, listed with the rules", () => {
    expect(DATASET_RULES.find((r) => r.code === "rests-on-deprecated-claim")).toEqual({ code: "rests-on-deprecated-claim", severity: "error" });
  });

  it("names the item, the claim, why it was deprecated and what supersedes it", () => {
    expect(messages(CASES["rests-on-deprecated-claim"]?.fails ?? [], "rests-on-deprecated-claim")).toEqual([
      "b0: its killed rests on gone, deprecated (retracted by the agency): a total that counts b0 counts a figure its source no longer stands by (rest it on a claim that stands, or leave it out)",
      "w0, a wave of about 5,000 people (troops, KP to RU), rests on old, deprecated (counted twice), superseded by new: a total that counts w0 counts a figure its source no longer stands by (rest it on new, or leave it out)",
      "w1, a wave of about 5,000 people (troops, KP to RU), rests on news, which restates old, deprecated (counted twice), superseded by new: a total that counts w1 counts a figure its source no longer stands by (rest it on new, or leave it out)",
      "e0 (shells) rests on shells, deprecated (misread): a total that counts e0 counts a figure its source no longer stands by (rest it on a claim that stands, or leave it out)",
      "v0 (what was sent) rests on shells, deprecated (misread): a total that counts v0 counts a figure its source no longer stands by (rest it on a claim that stands, or leave it out)",
    ]);
  });

  it("finds nothing for a deprecated claim that nothing rests on, or for a wave on the claim that replaced it", () => {
    const claims = [
      claimOf("old", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: about(5000), status: { kind: "deprecated", reason: "counted twice", supersededBy: "new" } }),
      claimOf("new", 0, "2024-10", { reportedAt: "2024-12-01", indicator: sent, estimate: about(3000) }),
    ];
    expect(findingsIn({ claims })).toEqual([]);
    expect(findingsIn({ claims, deployments: [waveOf("w0", about(3000), "2024-10", { claim: "new" })] })).toEqual([]);
    expect(findingsIn({ claims, deployments: [waveOf("w0", about(5000), "2024-10", { claim: "old" })] })).toEqual([["rests-on-deprecated-claim", "error", "deployments.0.claim"]]);
  });

  it("reports each reference of an item to a deprecated claim, in order, and is turned off as asked", () => {
    const claims = [
      claimOf("a", 300, "2025-01-31", { indicator: { subject: "xx-forces", measure: "deployed", unit: "person" }, status: { kind: "deprecated", reason: "misread" } }),
      claimOf("b", 600, "2025-01-31", { indicator: { subject: "yy-forces", measure: "deployed", unit: "person" }, status: { kind: "deprecated", reason: "retracted" } }),
    ];
    const ledgers = [ledgerOf("kp-ru", [entryOf("e0", "KP", "RU", { claims: ["a", "b"] })])];
    expect(findingsIn({ claims, ledgers })).toEqual([
      ["rests-on-deprecated-claim", "error", "ledgers.0.entries.0.claims.0"],
      ["rests-on-deprecated-claim", "error", "ledgers.0.entries.0.claims.1"],
    ]);
    expect(findingsIn({ claims, ledgers }, { rules: { "rests-on-deprecated-claim": "off" } })).toEqual([]);
  });

  it("leaves the seed dataset with its one finding, and finds a retracted claim of it under both its wave and its ledger entry", () => {
    expect(checkDataset(nisBriefing2025Dataset).map((f) => f.code)).toEqual(["increment-before-wave"]);
    const claims = nisBriefing2025Dataset.claims.map((c) => (c.id === "nis-2024-autumn-deployed" ? { ...c, status: { kind: "deprecated" as const, reason: "counted twice" } } : c));
    expect(checkDataset({ ...nisBriefing2025Dataset, claims }).map((f) => [f.code, f.path.join(".")])).toEqual([
      ["increment-before-wave", "claims.7.validTime"],
      ["rests-on-deprecated-claim", "deployments.0.claim"],
      ["rests-on-deprecated-claim", "ledgers.0.entries.0.claims.0"],
    ]);
  });
});

describe("claim-figure-mismatch", () => {
  it("is an error, listed with the rules", () => {
    expect(DATASET_RULES.find((r) => r.code === "claim-figure-mismatch")).toEqual({ code: "claim-figure-mismatch", severity: "error" });
  });

  it("names the item, its figure and the figures of its claims", () => {
    const found = messages(CASES["claim-figure-mismatch"]?.fails ?? [], "claim-figure-mismatch");
    expect(found[0]).toBe(
      "w0 sends 50,000 people (troops, KP to RU), but rests on c5k, which states about 5,000 people: the two allow no common figure (an approximate figure read as wide as its rounding), so a total that counts w0 counts a figure its claim does not state (give w0 the figure of the claim it was read from, or rest it on that claim)",
    );
    expect(found[2]).toMatch(/^e1 \(shells\) is valued at \$900, but rests on usd, which states \$300: the two allow no common figure /);
    expect(found[3]).toMatch(/^e2 \(shells\) has the quantity 50,000 shells, but rests on s5k \(about 5,000 shells\) and s6k \(6,000 shells\), none of which allows it .* its claims do not state /);
  });

  it("reads an approximate figure as wide as its rounding, and an exact one as it is", () => {
    const claims = [claimOf("c", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: about(5000) })];
    const wave = (size: number | Record<string, unknown>) => findingsIn({ claims, deployments: [waveOf("w0", size, "2024-10", { claim: "c" })] });
    expect(wave(5500)).toEqual([]);
    expect(wave(5501)).toEqual([["claim-figure-mismatch", "error", "deployments.0.size"]]);
    expect(wave({ kind: "atLeast", value: 6000, unit: "person" })).toEqual([["claim-figure-mismatch", "error", "deployments.0.size"]]);
    expect(wave({ kind: "atMost", value: 6000, unit: "person" })).toEqual([]);
    const exact = [claimOf("c", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "exact", value: 5000, unit: "person" } })];
    expect(findingsIn({ claims: exact, deployments: [waveOf("w0", 5001, "2024-10", { claim: "c" })] })).toEqual([["claim-figure-mismatch", "error", "deployments.0.size"]]);
  });

  it("does not compare a figure in another unit, and does not throw on figures too wide to widen", () => {
    const claims = [claimOf("c", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: about(5000) })];
    expect(findingsIn({ claims, deployments: [waveOf("w0", { kind: "exact", value: 50_000, unit: "soldier" }, "2024-10", { claim: "c" })] })).toEqual([]);
    const huge = [claimOf("c", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: about(Number.MAX_VALUE) })];
    expect(findingsIn({ claims: huge, deployments: [waveOf("w0", 5000, "2024-10", { claim: "c" })] })).toEqual([["claim-figure-mismatch", "error", "deployments.0.size"]]);
    expect(findingsIn({ claims: huge, deployments: [waveOf("w0", about(Number.MAX_VALUE), "2024-10", { claim: "c" })] })).toEqual([]);
  });

  it("reports a wave on a deprecated claim whose figure is not the wave's twice: each is its own finding", () => {
    const claims = [claimOf("c", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: about(5000), status: { kind: "deprecated", reason: "misread" } })];
    expect(findingsIn({ claims, deployments: [waveOf("w0", 50_000, "2024-10", { claim: "c" })] })).toEqual([
      ["rests-on-deprecated-claim", "error", "deployments.0.claim"],
      ["claim-figure-mismatch", "error", "deployments.0.size"],
    ]);
  });
});
