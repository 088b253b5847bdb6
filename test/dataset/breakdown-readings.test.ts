// One reading of a breakdown's figures across check, report and chart: a 0 whose words say no
// figure was given is of unknown size (unknown-as-zero, never a part that falls short), and a
// figure resting on a projection is no count (plan-counted-as-deployment). Also one
// originator's waves told twice (possible-duplicate-wave).
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { breakdownOf, claimOf, datasetOf, findingsIn, ledgerOf, valuationOf, waveOf } from "./build.js";

const person = (value: number, text?: string) => ({ kind: "exact", value, unit: "person", ...(text !== undefined && { text }) });

describe("a breakdown's 0 whose words say no figure was given", () => {
  it.each([" N/A ", "not available", "-", "n/a"])("is unknown-as-zero, and no parts-fall-short, for %j", (words) => {
    const b = breakdownOf("n2", { killed: person(300), wounded: person(0, words), total: person(3000) });
    expect(findingsIn({ casualtyBreakdowns: [b] })).toEqual([["unknown-as-zero", "warning", "casualtyBreakdowns.0.wounded"]]);
  });

  it("keeps a 0 said as none, and a real short sum, as before", () => {
    expect(findingsIn({ casualtyBreakdowns: [breakdownOf("n", { killed: person(300), wounded: person(0), total: person(3000) })] })).toEqual([["parts-fall-short", "warning", "casualtyBreakdowns.0.total"]]);
    expect(findingsIn({ casualtyBreakdowns: [breakdownOf("n", { killed: person(300), wounded: person(0, "none"), total: person(3000) })] })).toEqual([["parts-fall-short", "warning", "casualtyBreakdowns.0.total"]]);
  });
});

describe("a breakdown's figure resting on a projection", () => {
  const cas = claimOf("cas", 4700, "2025-04-30", { indicator: { subject: "xx-forces", measure: "casualties", unit: "person", includes: ["killed", "wounded"] } });
  const proj = claimOf("proj", 1000, "2025-04-30", { modality: "projected" });
  const b = breakdownOf("apr", { killed: person(1000), total: person(4700), claims: { killed: "proj", total: "cas" } });

  it("is plan-counted-as-deployment at the figure, also through a restatement", () => {
    expect(findingsIn({ claims: [cas, proj], casualtyBreakdowns: [b] })).toEqual([["plan-counted-as-deployment", "error", "casualtyBreakdowns.0.killed"]]);
    const [f] = checkDataset(parseDataset(datasetOf([cas, proj], { casualtyBreakdowns: [b] })));
    expect(f?.message).toBe('apr: its killed, 1,000, rests on proj, a projection (projected), and a projection is not a count of casualties: give "unknown" or "not-reported" for the killed, or rest it on a claim of what was counted');
    const told = claimOf("told", 1000, "2025-04-30", { restates: "proj", attribution: { originator: "xx-news" } });
    const onTold = breakdownOf("apr", { killed: person(1000), total: person(4700), claims: { killed: "told", total: "cas" } });
    expect(findingsIn({ claims: [cas, proj, told], casualtyBreakdowns: [onTold] }).filter(([code]) => code === "plan-counted-as-deployment")).toEqual([["plan-counted-as-deployment", "error", "casualtyBreakdowns.0.killed"]]);
  });

  it("is no finding when the claim is asserted", () => {
    const killed = claimOf("k", 1000, "2025-04-30");
    const ok = breakdownOf("apr", { killed: person(1000), total: person(4700), claims: { killed: "k", total: "cas" } });
    expect(findingsIn({ claims: [cas, killed], casualtyBreakdowns: [ok] })).toEqual([]);
  });
});

describe("a ledger valuation resting only on projections", () => {
  const usd = { estimate: { kind: "approx", value: 2e10, unit: "USD" }, basis: "stated" };
  const proj = claimOf("pv", 2e10, "2026", { modality: "projected", indicator: { subject: "kp-ru-trade", measure: "acme:value", unit: "USD" }, estimate: { kind: "approx", value: 2e10, unit: "USD" } });
  const fact = claimOf("fv", 2e10, "2026", { indicator: { subject: "kp-ru-trade", measure: "acme:value", unit: "USD" }, estimate: { kind: "approx", value: 2e10, unit: "USD" }, reportedAt: "2026-12-31" });

  it("is plan-counted-as-deployment at its claim; one asserted claim is enough", () => {
    const on = (claims: string[]) => ({ ledgers: [ledgerOf("l", [], [valuationOf("v", usd, { period: "2026", claims })])], claims: [proj, fact] });
    expect(findingsIn(on(["pv"])).filter(([code]) => code === "plan-counted-as-deployment")).toEqual([["plan-counted-as-deployment", "error", "ledgers.0.valuations.0.claims.0"]]);
    expect(findingsIn(on(["pv", "fv"])).filter(([code]) => code === "plan-counted-as-deployment")).toEqual([]);
  });
});

describe("one originator's waves for one period, reported the same day", () => {
  it("are possible-duplicate-wave; another report day is not", () => {
    const a = waveOf("a", 10_000, "2024-10", { reportedAt: "2024-11-01" });
    expect(findingsIn({ deployments: [a, waveOf("b", 12_000, "2024-10", { reportedAt: "2024-11-01" })] })).toEqual([["possible-duplicate-wave", "warning", "deployments.1"]]);
    expect(findingsIn({ deployments: [a, waveOf("b", 12_000, "2024-10", { reportedAt: "2024-11-02" })] })).toEqual([]);
  });
});
