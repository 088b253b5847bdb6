// The rules of a dataset's later sections beyond their cases: increments
// among the waves reported once, the messages, and edges.
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { breakdownOf, claimOf, datasetOf, entryOf, findingsIn, findingsOf, ledgerOf, valuationOf, waveOf } from "./build.js";
import type { Sections } from "./build.js";
import { approx, deployed, exact, range, SECTION_CASES as CASES, tiv, value } from "./section-cases.js";

describe("increment-before-wave in deployments", () => {
  const fall = waveOf("fall", range(10_000, 12_000), "2024-23");
  const more = (period: string, over: Record<string, unknown> = {}) => waveOf("more", approx(3000), period, { adds: "fall", ...over });

  it("flags a wave counted as sent that ends before the wave it adds to starts, at its period", () => {
    expect(findingsIn({ deployments: [fall, more("2023-01/2023-04")] })).toEqual([["increment-before-wave", "error", "deployments.1.period"]]);
    expect(checkDataset(parseDataset(datasetOf([], { deployments: [fall, more("2023-01/2023-04")] })))[0]?.message).toBe(
      "more adds about 3,000 people (troops, KP to RU), dated 2023-01/2023-04 (January–April 2023): before fall, the wave it adds to, dated 2024-23 (autumn 2024). A slipped year?",
    );
  });

  it("lets pass a wave dated after its base, one that may have gone with it, and a plan", () => {
    expect(findingsIn({ deployments: [fall, more("2025-01/2025-04")] })).toEqual([]);
    expect(findingsIn({ deployments: [waveOf("fall", 11_000, "2024-10"), more("2024-09/2024-12")] })).toEqual([]);
    expect(findingsIn({ deployments: [fall, more("2023-01/2023-04", { modality: "planned" })] })).toEqual([]);
  });

  it("reports one slip once: a wave resting on a claim the claims rule reports is not reported again", () => {
    const claims = [
      claimOf("fall", 0, "2024-23", { reportedAt: "2025-04-30", indicator: deployed("flow"), estimate: range(10_000, 12_000) }),
      claimOf("more", 0, "2023-01/2023-04", { reportedAt: "2025-04-30", indicator: deployed("increment"), estimate: approx(3000) }),
    ];
    const waves = [waveOf("fall", range(10_000, 12_000), "2024-23", { claim: "fall" }), more("2023-01/2023-04", { claim: "more" })];
    expect(findingsIn({ claims, deployments: waves })).toEqual([["increment-before-wave", "error", "claims.1.validTime"]]);
    // a claim the claims rule does not report (here a level, not an increment) leaves the wave to be reported
    const level = claimOf("more", 0, "2023-04-30", { reportedAt: "2025-04-30", indicator: { subject: "xx-forces", measure: "deployed", unit: "person" }, estimate: approx(3000) });
    expect(findingsIn({ claims: [level], deployments: [fall, more("2023-01/2023-04", { claim: "more" })] })).toEqual([["increment-before-wave", "error", "deployments.1.period"]]);
  });

  it("give the seed dataset its one finding, and the wave's own once its waves name no claims", () => {
    expect(checkDataset(nisBriefing2025Dataset).map((f) => [f.code, f.path.join(".")])).toEqual([["increment-before-wave", "claims.7.validTime"]]);
    const deployments = nisBriefing2025Dataset.deployments.map(({ claim: _claim, ...w }) => w);
    expect(checkDataset({ ...nisBriefing2025Dataset, deployments }).map((f) => [f.code, f.path.join(".")])).toEqual([
      ["increment-before-wave", "claims.7.validTime"],
      ["increment-before-wave", "deployments.1.period"],
    ]);
  });
});

describe("findings of the sections", () => {
  const messages = (sections: Sections, code: string) =>
    checkDataset(parseDataset(datasetOf([], sections as Record<string, unknown>)))
      .filter((f) => f.code === code)
      .map((f) => f.message);

  it("name the breakdown and its figures, as the casualty room does", () => {
    expect(messages(CASES["parts-exceed-total"]?.fails ?? [], "parts-exceed-total")).toEqual([
      "b0: killed (5,000) is more than the total (about 4,700), which counts it",
      "b1: killed (about 600) and wounded (4,500) sum to about 5,100, more than the total (about 4,700), which counts them",
    ]);
    expect(messages(CASES["parts-fall-short"]?.fails ?? [], "parts-fall-short")).toEqual([
      "b0: killed (about 600) and wounded (3,000) sum to about 3,600, less than the total (about 4,700), which counts exactly them",
    ]);
  });

  it("are none for parts that sum past the largest number, which no total can be compared with", () => {
    const big = breakdownOf("b0", { killed: exact(Number.MAX_VALUE), wounded: exact(Number.MAX_VALUE), total: exact(Number.MAX_VALUE) });
    expect(findingsIn({ casualtyBreakdowns: [big] })).toEqual([]);
  });

  it("name the wave, what it sends and the plan it rests on", () => {
    expect(messages(CASES["plan-counted-as-deployment"]?.fails ?? [], "plan-counted-as-deployment")).toEqual([
      "w0 counts 12,000 people (troops, KP to RU) as sent, but rests on plan, a plan (planned), and a plan is not a deployment: give the wave the modality of its claim, or rest it on a claim of what was sent",
      "w1 counts 12,000 people (troops, KP to RU) as sent, but rests on plan, a plan (planned), and a plan is not a deployment: give the wave the modality of its claim, or rest it on a claim of what was sent",
      "w2 counts 12,000 people (troops, KP to RU) as sent, but rests on news, which restates plan, a plan (planned), and a plan is not a deployment: give the wave the modality of its claim, or rest it on a claim of what was sent",
      "w4 counts 3,000 people (troops, KP to RU) as sent, but adds to w3, a projection (projected): an addition is counted with the wave it adds to, and a projection is not a deployment (one of the two modalities is wrong)",
    ]);
    expect(messages(CASES["replacement-before-original"]?.fails ?? [], "replacement-before-original")[0]).toBe(
      "w1 replaces w0 but begins before it: w1 is dated 2024-06 (June 2024), w0 2024-10 (October 2024). Correct whichever date is wrong, or, if w1 does not replace w0, remove w0 from its replaces; until then no total is given for the days from the start of w1 to the start of w0",
    );
  });

  it("name the ledger's parties and the country that is not one", () => {
    expect(messages(CASES["ledger-party-mismatch"]?.fails ?? [], "ledger-party-mismatch")[0]).toBe(
      "e1 goes from KP to KR, in the ledger kp-ru between KP (North Korea) and RU (Russia): KR is not one of its parties (a slipped country code, or an entry of another ledger?)",
    );
  });

  it("say why a value in money is a trend-indicator value", () => {
    const found = messages(CASES["tiv-summed-with-money"]?.fails ?? [], "tiv-summed-with-money");
    expect(found[0]).toMatch(/^c0 counts ru-to-kp ledger:value in USD, a currency, but its figure is stated as "250 million TIV": /);
    expect(found[1]).toMatch(/^e0 values shells at \$250 as money \(basis "stated"\), stated as "250 million TIV": /);
    expect(found[3]).toMatch(/^e2 values shells at \$250,000,000 as money \(basis "price-list"\), the figure of c1, a trend-indicator value \(250 million SIPRI TIV\): /);
    expect(found[4]).toMatch(/^v0 values what was sent at \$250 as money \(basis "stated"\), the sum of the index values of e3 and e4 \(250 million SIPRI TIV\): /);
  });

  it("read a claim's measure, and a TIV text in a currency with no money named", () => {
    const tivClaim = (over: Record<string, unknown>) =>
      claimOf("c", 0, "2024-12-31", { indicator: value("USD"), estimate: { kind: "exact", value: 250, unit: "USD" }, ...over });
    expect(findingsOf([tivClaim({ indicator: { subject: "ru-to-kp", measure: "sipri:tiv", unit: "USD" } })])).toEqual([["tiv-summed-with-money", "error", "claims.0.indicator.unit"]]);
    expect(findingsOf([tivClaim({ text: "Deliveries came to 250 million in trend-indicator values" })])).toEqual([["tiv-summed-with-money", "error", "claims.0.indicator.unit"]]);
    expect(findingsOf([tivClaim({ text: "Deliveries came to 250 million dollars" })])).toEqual([]);
    expect(findingsOf([tivClaim({ text: "250 million USD, or 180 million TIV" })])).toEqual([]);
  });

  it("value a valuation of every entry in the scale of its index unit", () => {
    const ledger = ledgerOf("kp-ru", [entryOf("e0", "RU", "KP", { value: tiv(100) }), entryOf("e1", "KP", "RU", { value: tiv(150) })], [
      valuationOf("v0", { estimate: { kind: "exact", value: 250_000_000, unit: "USD" }, basis: "stated" }),
    ]);
    expect(findingsIn({ ledgers: [ledger] })).toEqual([["tiv-summed-with-money", "error", "ledgers.0.valuations.0.value.estimate"]]);
  });
});
