// A deprecated (retracted or replaced) claim is not an assertion: a total
// given the claims leaves out a wave that rests on one, and every increment to
// such a wave, with a note, as checkDataset reports it and `fogcount report`
// leaves it out; when nothing is left to count it says why, never 0.
import { describe, expect, it } from "vitest";

import { datasetClaims, datasetDeployments, parseDataset } from "../../src/dataset/index.js";
import type { DatasetInput } from "../../src/dataset/index.js";
import { deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";

const ex = (value: number) => ({ kind: "exact", value, unit: "person" }) as const;
const mod = { originator: "mod" };
const indicator = { subject: "kp", measure: "deployed", unit: "person" } as const;
const claim = (id: string, value: number, reportedAt: string, more: Record<string, unknown> = {}) => ({ id, indicator, estimate: ex(value), validTime: "2024-10", reportedAt, attribution: mod, ...more });
const wave = (id: string, value: number, claimId: string, more: Record<string, unknown> = {}) => ({ id, from: "KP", to: "RU", category: "troops" as const, size: ex(value), period: "2024-10", reportedAt: "2025-02-01", attribution: mod, claim: claimId, ...more });

const base: DatasetInput = {
  format: "fogcount-dataset/1",
  metadata: { title: "x", licence: "CC0-1.0", maintainer: "d", date: "2025-12-31" },
  sources: [{ id: "mod", kind: "ministry", name: "MoD", country: "GB" }],
  claims: [claim("old", 10_000, "2024-11-01"), claim("new", 11_000, "2025-02-01"), claim("outlet", 10_000, "2024-11-02", { restates: "old" }), claim("more", 2_000, "2025-02-01")],
  deployments: [wave("w-old", 10_000, "old", { reportedAt: "2024-11-01" }), wave("w-new", 11_000, "new")],
};
/** The claims of `base`, with the statuses of `statuses`. */
function claimsWith(statuses: Readonly<Record<string, unknown>>) {
  const claims = (base.claims ?? []).map((c) => (Object.hasOwn(statuses, c.id) ? { ...c, status: statuses[c.id] } : c));
  return deepFreeze(datasetClaims(parseDataset({ ...base, claims, deployments: [] })));
}
const waves = deepFreeze(datasetDeployments(parseDataset(base)));
const corrected = claimsWith({ old: { kind: "deprecated", reason: "corrected", supersededBy: "new" } });

describe("deploymentTotal and deploymentSeries given claims, one of them deprecated", () => {
  it("leave out the wave on the deprecated claim: 11,000, not 21,000, with a note naming it and what supersedes it", () => {
    const total = deploymentTotal(waves, { claims: corrected });
    expect(total.estimate).toEqual(exact(11_000, "person"));
    expect(explain(total)).toBe("11,000 troops = 11,000 (MoD, October 2024) (waves in force on 31 October 2024; left out, as a deprecated claim is not an assertion: w-old rests on old, deprecated (corrected), superseded by new)");
    expect(deploymentSeries(waves, { claims: corrected }).map((p) => p.waves)).toEqual([["w-new"], ["w-new"]]);
  });

  it("count every wave while its claims stand, and without the claims, as before", () => {
    const standing = claimsWith({});
    expect(deploymentTotal(waves, { claims: standing }).estimate).toEqual(exact(21_000, "person"));
    expect(deploymentTotal(waves).estimate).toEqual(exact(21_000, "person"));
    expect(explain(deploymentTotal(waves, { claims: standing }))).not.toContain("left out");
  });

  it("leave out a wave on a restatement of a deprecated claim, and name the claim that stands at the end of the replacements", () => {
    const twice = claimsWith({ old: { kind: "deprecated", reason: "corrected", supersededBy: "more" }, more: { kind: "deprecated", reason: "revised", supersededBy: "new" } });
    const onOutlet = waves.map((w) => (w.id === "w-old" ? { ...w, claim: "outlet" } : w));
    expect(explain(deploymentTotal(onOutlet, { claims: twice }))).toContain("left out, as a deprecated claim is not an assertion: w-old rests on outlet, which restates old, deprecated (corrected), superseded by more (new stands)");
  });

  it("leave out an increment to a wave left out, and count a wave that replaces one on its own", () => {
    const more = { ...(waves[0] as (typeof waves)[0]), id: "w-more", size: ex(2_000), period: "2024-11", claim: "more", adds: "w-old" };
    const total = deploymentTotal([...waves, more], { claims: corrected, asOf: "2024-12-31" });
    expect(total.estimate).toEqual(exact(11_000, "person"));
    expect(explain(total)).toContain("w-old rests on old, deprecated (corrected), superseded by new; w-more adds to w-old, which is left out");
    const replacing = waves.map((w) => (w.id === "w-new" ? { ...w, period: "2024-12", replaces: "w-old" } : w));
    expect(deploymentTotal(replacing, { claims: corrected, asOf: "2024-12-31" }).estimate).toEqual(exact(11_000, "person"));
  });

  it("do not take a wave left out for a duplicate of one counted", () => {
    const other = { ...(waves[0] as (typeof waves)[0]), attribution: { originator: { id: "outlet", kind: "outlet" as const, name: "Outlet" } } };
    const total = deploymentTotal([other, waves[1] as (typeof waves)[0]], { claims: corrected });
    expect(total.estimate).toEqual(exact(11_000, "person"));
    expect(explain(total)).not.toContain("may report");
  });

  it("say why there is no total when every wave is left out, rather than a total of none", () => {
    const retracted = claimsWith({ old: { kind: "deprecated", reason: "retracted" }, new: { kind: "deprecated", reason: "retracted" } });
    const why = /deploymentTotal: no wave with modality asserted to total: each is left out, as a deprecated claim is not an assertion \(w-old rests on old, deprecated \(retracted\); w-new rests on new, deprecated \(retracted\)\)/;
    expectFogcountError(() => deploymentTotal(waves, { claims: retracted }), "no-waves", why);
    expectFogcountError(() => deploymentSeries(waves, { claims: retracted }), "no-waves", /deploymentSeries: no wave with modality asserted to total: each is left out/);
  });
});
