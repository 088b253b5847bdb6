// A wave counted as sent that rests on a claim of a plan is a plan: given the
// claims, totals leave it out, as `fogcount report` does.
import { describe, expect, it } from "vitest";

import { datasetClaims, datasetDeployments, parseDataset } from "../../src/dataset/index.js";
import { deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";

const ex = (value: number) => ({ kind: "exact", value, unit: "person" }) as const;
const nis = { originator: "s" };
const dataset = parseDataset({
  format: "fogcount-dataset/1",
  metadata: { title: "x", licence: "CC0-1.0", maintainer: "d", date: "2025-12-31" },
  sources: [{ id: "s", kind: "intelligence-agency", name: "NIS", country: "KR" }],
  claims: [
    { id: "sent", indicator: { subject: "kp", measure: "deployed", unit: "person" }, estimate: ex(10_000), validTime: "2024-10", reportedAt: "2024-11-01", attribution: nis },
    { id: "p", indicator: { subject: "kp", measure: "deployed", unit: "person" }, modality: "planned", estimate: ex(20_000), validTime: "2025-06", reportedAt: "2025-03-01", attribution: nis },
    { id: "r", indicator: { subject: "kp", measure: "deployed", unit: "person" }, restates: "p", estimate: ex(20_000), validTime: "2025-06", reportedAt: "2025-03-02", attribution: nis },
  ],
  deployments: [
    { id: "a", from: "KP", to: "RU", category: "troops", size: ex(10_000), period: "2024-10", reportedAt: "2024-11-01", attribution: nis, claim: "sent" },
    { id: "b", from: "KP", to: "RU", category: "troops", size: ex(20_000), period: "2025-06", reportedAt: "2025-03-01", attribution: nis, claim: "p" },
  ],
});

describe("waves that rest on a claim of a plan", () => {
  const waves = datasetDeployments(dataset);
  const claims = datasetClaims(dataset);

  it("are left out of a total given the claims: 10,000, as the report gives, not 30,000", () => {
    const total = deploymentTotal(waves, { asOf: "2025-12-31", claims });
    expect(total.estimate).toEqual(exact(10_000, "person"));
    expect(explain(total)).toBe("10,000 troops = 10,000 (NIS, October 2024) (waves in force on 31 December 2025; left out, as what their claims are is not what was sent: b rests on p (planned))");
    expect(deploymentSeries(waves, { claims }).map((p) => p.waves)).toEqual([["a"], ["a"]]);
    // counted when plans are asked for, and labelled so
    const planned = deploymentTotal(waves, { asOf: "2025-12-31", claims, modality: ["asserted", "planned"] });
    expect([planned.estimate, planned.label]).toEqual([exact(30_000, "person"), "troops (asserted, planned)"]);
  });

  it("are left out through a restatement of the plan", () => {
    const onRestatement = waves.map((w) => (w.id === "b" ? { ...w, claim: "r" } : w));
    expect(deploymentTotal(onRestatement, { asOf: "2025-12-31", claims }).estimate).toEqual(exact(10_000, "person"));
  });

  it("leave an increment on them with nothing to add to: refused", () => {
    const more = { ...(waves[0] as (typeof waves)[0]), id: "c", period: "2025-07", claim: "sent", adds: "b" };
    expectFogcountError(() => deploymentTotal([...waves, more], { asOf: "2025-12-31", claims }), "increment-without-base", /adds to "b", which is not counted \(troops, planned\)/);
  });

  it("refuse claims that are not a whole list of claims", () => {
    expectFogcountError(() => deploymentTotal(waves, { asOf: "2025-12-31", claims: claims.slice(1) }), "invalid-option", /deploymentTotal: deployments\[0\]\.claim names a claim that is not in options\.claims \(the list is not whole\), got "sent"/);
    expectFogcountError(() => deploymentTotal(waves, { claims: "p" as never }), "invalid-option", /options\.claims must be an array/);
    expectFogcountError(() => deploymentSeries(waves, { claims: [...claims, claims[0]!] }), "invalid-option", /options\.claims\[3\]\.id is the id of another claim given/);
    expectFogcountError(() => deploymentTotal(waves, { claims: [{ id: "x" }] as never }), "invalid-option", /options\.claims\[0\]/);
  });
});
