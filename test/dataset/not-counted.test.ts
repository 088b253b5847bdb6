// What no total may count, found by checkDataset: a ledger entry delivered on
// the strength of a plan, a wave or entry resting on a claim of another
// measure (the killed counted as sent), a wave reported before it was sent.
import { describe, expect, it } from "vitest";

import { checkDataset } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import { nisBriefing2025Dataset as seed } from "../../src/fixtures/index.js";

type Json = Record<string, unknown>;
const copy = (): Json & { claims: Json[]; deployments: Json[]; ledgers: { entries: Json[] }[] } => JSON.parse(JSON.stringify(seed));
const findings = (d: unknown): [string, string][] => checkDataset(d as Dataset).map((f) => [f.code, f.path.join(".")]);
const seedFindings = findings(seed);
const added = (d: unknown): [string, string][] => findings(d).filter(([code, path]) => !seedFindings.some(([c, p]) => c === code && p === path));
const autumn = (d: ReturnType<typeof copy>): Json => d.claims.find((c) => c["id"] === "nis-2024-autumn-deployed") as Json;
const troops = (d: ReturnType<typeof copy>): Json => d.ledgers[0]?.entries[0] as Json;
const about = (value: number) => ({ kind: "approx", value, unit: "person" });

/** The seed with a claim `plan` of the given modality, and a troops entry at `stage` resting on it (and on `also`). */
function plannedEntry(modality: string, stage: string, also: string[] = []): unknown {
  const d = copy();
  d.claims.push({ ...autumn(d), id: "plan", modality, estimate: about(5000), validTime: "2025-06", reportedAt: "2025-04-30" });
  d.ledgers[0]?.entries.push({ ...troops(d), id: "t5", quantity: about(5000), stage, period: "2025-06", claims: ["plan", ...also] });
  return d;
}

describe("a ledger entry delivered on the strength of a plan", () => {
  it.each(["planned", "projected", "potential"])("is plan-counted-as-deployment at its stage, for a claim %s", (modality) => {
    expect(added(plannedEntry(modality, "delivered"))).toEqual([["plan-counted-as-deployment", "ledgers.0.entries.9.stage"]]);
  });

  it("names the entry, what it counts, the claim and what to do", () => {
    const f = checkDataset(plannedEntry("planned", "in-use") as Dataset).find((x) => x.code === "plan-counted-as-deployment");
    expect(f?.message).toBe(
      "t5 (troops) counts about 5,000 people as in-use from KP to RU, but rests on plan, a plan (planned), and a plan is not a delivery: give the entry the stage its claim supports (announced or committed), or rest it on a claim of what was seen in use"
    );
  });

  it("is found through a restatement of the plan", () => {
    const d = plannedEntry("planned", "delivered") as ReturnType<typeof copy>;
    d.claims.push({ ...autumn(d), id: "news", restates: "plan", estimate: about(5000), validTime: "2025-06", reportedAt: "2025-04-30", attribution: { originator: "kr-nis" } });
    (d.ledgers[0]?.entries[9] as Json)["claims"] = ["news"];
    expect(added(d).filter(([c]) => c === "plan-counted-as-deployment")).toEqual([["plan-counted-as-deployment", "ledgers.0.entries.9.stage"]]);
  });

  it.each(["announced", "committed", "ordered"])("is no finding at the stage %s, which a plan may well support", (stage) => {
    expect(added(plannedEntry("planned", stage))).toEqual([]);
  });

  it("is no finding when an asserted claim beside the plan says it was delivered", () => {
    expect(added(plannedEntry("planned", "delivered", ["nis-2024-autumn-deployed"])).filter(([c]) => c === "plan-counted-as-deployment")).toEqual([]);
  });
});

describe("a wave or ledger item resting on a claim of another measure", () => {
  it("is claim-figure-mismatch at the reference, for a wave on a claim of the killed", () => {
    const d = copy();
    d.deployments.push({ ...(d.deployments[0] as Json), id: "w600", size: about(600), period: "2025-01", claim: "nis-2025-04-killed", adds: undefined });
    expect(added(d)).toEqual([["claim-figure-mismatch", "deployments.2.claim"]]);
    expect(checkDataset(d as unknown as Dataset).find((f) => f.path.join(".") === "deployments.2.claim")?.message).toBe(
      "w600 sends about 600 people (troops, KP to RU), but rests on nis-2025-04-killed, a claim of kp-forces-in-russia killed: a count of killed is not a wave sent (deployed, present or laborers), so a total that counted it would count what its claim does not state (rest it on a claim of what was sent, or leave the claim out)"
    );
  });

  it.each(["nis-2025-04-casualties", "nis-2025-q1-repatriated"])("is a finding for a wave on %s", (claim) => {
    const d = copy();
    d.deployments.push({ ...(d.deployments[0] as Json), id: "w", size: about(600), period: "2025-01", claim, adds: undefined });
    expect(added(d).filter(([c]) => c === "claim-figure-mismatch")).toEqual([["claim-figure-mismatch", "deployments.2.claim"]]);
  });

  it("is no finding for a wave on a claim of laborers or of a namespaced measure", () => {
    const d = copy();
    d.claims.push({ ...autumn(d), id: "own", indicator: { subject: "kp-forces", measure: "desk:sent", unit: "person" } });
    d.deployments.push({ ...(d.deployments[0] as Json), id: "w1", category: "laborers", size: about(15000), period: "../2025-04-30", claim: "nis-2025-04-laborers", adds: undefined });
    d.deployments.push({ ...(d.deployments[0] as Json), id: "w2", claim: "own", adds: undefined, replaces: undefined });
    expect(added(d).filter(([c]) => c === "claim-figure-mismatch")).toEqual([]);
  });

  it("is a finding for a ledger entry on a claim of the killed, and none for one on a claim of what was supplied", () => {
    const d = copy();
    d.ledgers[0]?.entries.push({ ...troops(d), id: "t600", quantity: about(600), period: "2025-01", claims: ["nis-2025-04-killed"] });
    expect(added(d)).toEqual([["claim-figure-mismatch", "ledgers.0.entries.9.claims.0"]]);
    expect(added(copy())).toEqual([]);
  });
});

describe("an asserted wave reported before it was sent", () => {
  const withJune = (more: Json): unknown => {
    const d = copy();
    d.deployments.push({ id: "june", from: "KP", to: "RU", category: "troops", size: about(5000), period: "2025-06", reportedAt: "2025-04-30", attribution: { originator: "kr-nis" }, ...more });
    return d;
  };

  it("is reported-before-valid at its reportedAt", () => {
    expect(added(withJune({}))).toEqual([["reported-before-valid", "deployments.2.reportedAt"]]);
    expect(checkDataset(withJune({}) as Dataset).find((f) => f.code === "reported-before-valid")?.message).toBe(
      "june is reported at 2025-04-30, before the wave it reports was sent (2025-06 (June 2025)): what a report says will be sent is a plan or a projection, not a wave sent (give it the modality planned or projected, or correct the date)"
    );
  });

  it.each([
    ["planned", { modality: "planned" }],
    ["reported while it is sent", { period: "2025-04/2025-06" }],
    ["reported on its last day", { period: "2025-04", reportedAt: "2025-04-30" }],
    ["of an unknown start", { period: "/2025-06" }],
    ["reported at an imprecise time that may be after", { reportedAt: "2025" }],
  ])("is no finding when %s", (_, more) => {
    expect(added(withJune(more))).toEqual([]);
  });
});

describe("a wave size, entry quantity or value of 0 whose words say no figure was given", () => {
  it("is unknown-as-zero at the figure, for a wave, an entry's quantity and an entry's value", () => {
    const d = copy();
    const na = (unit: string) => ({ kind: "exact", value: 0, unit, text: "n/a" });
    d.deployments.push({ id: "w2", from: "KP", to: "RU", category: "troops", size: na("person"), period: "2025-01", reportedAt: "2025-04-30", attribution: { originator: "kr-nis" } });
    const e = troops(d);
    d.ledgers[0]?.entries.push({ ...e, id: "q0", quantity: na("person"), claims: undefined });
    d.ledgers[0]?.entries.push({ ...e, id: "v0", quantity: undefined, value: { estimate: { ...na("USD"), text: "—" }, basis: "stated" }, claims: undefined });
    expect(added(d)).toEqual([
      ["unknown-as-zero", "deployments.2.size"],
      ["unknown-as-zero", "ledgers.0.entries.9.quantity"],
      ["unknown-as-zero", "ledgers.0.entries.10.value.estimate"],
    ]);
    expect(checkDataset(d as unknown as Dataset).find((f) => f.path.join(".") === "deployments.2.size")?.message).toBe(
      'w2 records 0 where the source says "n/a": unknown is not zero, and no total counts it as 0 (state the size that was said, or an open one such as at least 0)'
    );
  });
});
