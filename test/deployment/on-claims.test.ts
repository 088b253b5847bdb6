// A wave counted as sent that rests on a claim of a plan is a plan: given the
// claims, or the claimModality datasetDeployments copies from its claim,
// totals leave it out, as `fogcount report` does.
import { describe, expect, it } from "vitest";

import { datasetClaims, datasetDeployments, datasetFromClaims, parseDataset } from "../../src/dataset/index.js";
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

  it("leave out an increment on them with them: an addition is counted with what it adds to", () => {
    const more = { ...(waves[0] as (typeof waves)[0]), id: "c", period: "2025-07", claim: "sent", adds: "b" };
    const total = deploymentTotal([...waves, more], { asOf: "2025-12-31", claims });
    expect(total.estimate).toEqual(exact(10_000, "person"));
    expect(explain(total)).toContain("c adds to b, which rests on p (planned)");
  });

  it("refuse claims that are not a whole list of claims", () => {
    expectFogcountError(() => deploymentTotal(waves, { asOf: "2025-12-31", claims: claims.slice(1) }), "invalid-option", /deploymentTotal: deployments\[0\]\.claim names a claim that is not in options\.claims \(the list is not whole\), got "sent"/);
    expectFogcountError(() => deploymentTotal(waves, { claims: "p" as never }), "invalid-option", /options\.claims must be an array/);
    expectFogcountError(() => deploymentSeries(waves, { claims: [...claims, claims[0]!] }), "invalid-option", /options\.claims\[3\]\.id is the id of another claim given/);
    expectFogcountError(() => deploymentTotal(waves, { claims: [{ id: "x" }] as never }), "invalid-option", /options\.claims\[0\]/);
  });
});

describe("waves of a dataset, which carry what their claims are", () => {
  const waves = datasetDeployments(dataset);
  const claims = datasetClaims(dataset);
  const note = "left out, as what their claims are is not what was sent: b rests on p (planned)";

  it("carry the modality of a claim that is no assertion, or of the claim it restates, and nothing for an assertion", () => {
    expect(waves.map((w) => [w.id, w.claimModality])).toEqual([
      ["a", undefined],
      ["b", "planned"],
    ]);
    const onRestatement = parseDataset({ ...dataset, deployments: dataset.deployments.map((w) => (w.id === "b" ? { ...w, claim: "r" } : w)) });
    expect(datasetDeployments(onRestatement).map((w) => w.claimModality)).toEqual([undefined, "planned"]);
  });

  it("are left out of a total and a series without the claims, with the same note: 10,000, not 30,000", () => {
    const total = deploymentTotal(waves, { asOf: "2025-12-31" });
    expect(total.estimate).toEqual(exact(10_000, "person"));
    expect(explain(total)).toBe(`10,000 troops = 10,000 (NIS, October 2024) (waves in force on 31 December 2025; ${note})`);
    expect(deploymentTotal(waves, { asOf: "2025-12-31", claims })).toEqual(total);
    expect(deploymentSeries(waves).map((p) => p.waves)).toEqual([["a"], ["a"]]);
    const planned = deploymentTotal(waves, { asOf: "2025-12-31", modality: ["asserted", "planned"] });
    expect([planned.estimate, planned.label]).toEqual([exact(30_000, "person"), "troops (asserted, planned)"]);
  });

  it("are counted as the claims given say, over what a wave carries", () => {
    // the claims say p was sent: the wave's claimModality is no longer what its claim is
    const sent = claims.map((c) => (c.id === "p" ? { ...c, modality: "asserted" as const } : c));
    expect(deploymentTotal(waves, { asOf: "2025-12-31", claims: sent }).estimate).toEqual(exact(30_000, "person"));
  });

  it("leave out an increment on them with them, as with the claims", () => {
    const more = { ...(waves[0] as (typeof waves)[0]), id: "c", period: "2025-07", adds: "b" };
    expect(deploymentTotal([...waves, more], { asOf: "2025-12-31" }).estimate).toEqual(exact(10_000, "person"));
  });

  it("are refused with a claimModality that is not a modality, or without a claim", () => {
    const [a] = waves as [(typeof waves)[0]];
    expectFogcountError(() => deploymentTotal([{ ...a, claimModality: "hoped" as never }]), "invalid-deployment", /deploymentTotal: deployments\[0\]\.claimModality must be one of asserted, planned, projected, potential, or left out, got "hoped"/);
    const { claim: _claim, ...bare } = a;
    expectFogcountError(() => deploymentSeries([{ ...bare, claimModality: "planned" }]), "invalid-deployment", /deployments\[0\]\.claimModality is what the wave's claim is: give the claim/);
  });

  it("is not kept in a dataset: the dataset's claim says it", () => {
    const again = datasetFromClaims(claims, dataset.metadata, { deployments: waves });
    expect(again.deployments.map((w) => "claimModality" in w)).toEqual([false, false]);
    expect(datasetDeployments(again)).toEqual(waves);
  });
});

describe("a wave counted as sent that adds to a wave resting on a plan", () => {
  const more = { id: "c", from: "KP", to: "RU", category: "troops", size: ex(1_000), period: "2025-07", reportedAt: "2025-08-01", attribution: nis, adds: "b" } as const;
  const later = { ...more, id: "d", period: "2025-08", reportedAt: "2025-09-01", adds: "c" } as const;
  const withMore = parseDataset({ ...dataset, deployments: [...dataset.deployments, more, later] } as never);
  const waves = datasetDeployments(withMore);

  it("is left out with the plan, along the chain, as the report leaves both out, and named in the note", () => {
    for (const options of [{ asOf: "2025-12-31" }, { asOf: "2025-12-31", claims: datasetClaims(withMore) }]) {
      const total = deploymentTotal(waves, options);
      expect(total.estimate).toEqual(exact(10_000, "person"));
      expect(explain(total)).toContain("b rests on p (planned), c adds to b, which rests on p (planned), d adds to c, which rests on p (planned)");
    }
    expect(deploymentSeries(waves).at(-1)?.estimate).toEqual(exact(10_000, "person"));
  });

  it("is counted with the plan when plans are asked for", () => {
    expect(deploymentTotal(waves, { asOf: "2025-12-31", modality: "planned" }).estimate).toEqual(exact(22_000, "person"));
  });

  it("still refuses an increment to a wave whose own modality is a plan: one of the two modalities is wrong", () => {
    const { claim: _c, claimModality: _m, ...plan } = waves[1] as (typeof waves)[1] & { claimModality?: string };
    const { claim: _c0, claimModality: _m0, ...sent } = waves[0] as (typeof waves)[0] & { claimModality?: string };
    const own = [{ ...plan, modality: "planned" }, { ...sent, id: "c", period: "2025-07", adds: plan.id }];
    expectFogcountError(() => deploymentTotal(own as never, { asOf: "2025-12-31" }), "increment-without-base");
  });
});
