// Waves of one deployment from different originators in overlapping periods
// may report one wave twice: a finding, and a total that does not count both as certain.
import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact, formatEstimate, range } from "../../src/index.js";
import { deepFreeze } from "../helpers.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" } as const;
const outlet = { id: "outlet", kind: "outlet", name: "An outlet", country: "GB" } as const;
const wave = (id: string, period: string, by: typeof nis | typeof outlet, extra: Partial<Deployment> = {}): Deployment =>
  deepFreeze({ id, from: "KP", to: "RU", category: "troops", size: exact(10_000, "person"), period, reportedAt: "2025-06-01", attribution: { originator: by }, ...extra });

const a = wave("a", "2024-10", nis);
const b = wave("b", "2024-10", outlet);

describe("waves of one deployment from two originators in overlapping periods", () => {
  it("are a finding: they may report one wave twice", () => {
    expect(deploymentFindings([a, b])).toEqual([
      {
        code: "possible-duplicate-wave",
        severity: "warning",
        message:
          '"a" (kr-nis, 2024-10) and "b" (outlet, 2024-10) may report one wave of KP→RU troops twice: they come from different originators, their periods overlap, and none adds to or replaces another, so a total counts "b" as anywhere from none to all of its size. If they are different waves, link them (adds or replaces); if they are one wave, keep one and drop the other',
        waves: ["a", "b"],
      },
    ]);
    expect(deploymentFindings([b, wave("c", "2024-09-15/2024-11-15", nis)]).map((f) => f.waves)).toEqual([["b", "c"]]);
    // three waves: each later one named, and what to do with all of them
    const wire = { ...outlet, id: "wire", name: "A wire" };
    expect(deploymentFindings([a, b, wave("c", "2024-10-15/2024-11-10", wire as never)]).map((f) => f.message)).toEqual([
      '"a" (kr-nis, 2024-10), "b" (outlet, 2024-10) and "c" (wire, 2024-10-15/2024-11-10) may report one wave of KP→RU troops more than once: they come from different originators, their periods overlap, and none adds to or replaces another, so a total counts each of "b" and "c" as anywhere from none to all of its size. If they are different waves, link them (adds or replaces); if they are one wave, keep one and drop the others',
    ]);
  });

  it("total 10,000–20,000, not exactly 20,000, saying why", () => {
    const total = deploymentTotal([a, b], { asOf: "2025-01-01" });
    expect(total.estimate).toEqual(range(10_000, 20_000, "person"));
    expect(explain(total)).toBe(
      "10,000–20,000 troops = 10,000 (National Intelligence Service, October 2024) + up to 10,000 (waves in force on 1 January 2025; possible duplicates, each counted as an unstated share: b may report a)\n" +
        "  where up to 10,000 = 10,000 (An outlet, October 2024) × 0–100% share not in a (may report a (National Intelligence Service, October 2024) again: another originator, an overlapping period, no link; how many are not in it is not said)",
    );
    expect(deploymentSeries([a, b]).map((p) => [p.date, formatEstimate(p.estimate)])).toEqual([
      ["2024-10-01", "up to 20,000"],
      ["2024-10-31", "10,000–20,000"],
    ]);
  });

  it("are not a finding when one originator gives both for other periods or on other days, the periods do not overlap, or a link says how they relate", () => {
    expect(deploymentFindings([a, wave("a2", "2024-10-15/2024-11", nis)])).toEqual([]);
    expect(deploymentTotal([a, wave("a2", "2024-10-15/2024-11", nis)], { asOf: "2025-01-01" }).estimate).toEqual(exact(20_000, "person"));
    expect(deploymentFindings([a, wave("a2", "2024-10", nis, { reportedAt: "2025-06-02" })])).toEqual([]);
    expect(deploymentFindings([a, wave("a2", "2024-10-01/2024-10-30", nis)])).toEqual([]);
    expect(deploymentFindings([a, wave("b", "2024-12", outlet)])).toEqual([]);
    expect(deploymentFindings([a, wave("b", "2024-10", outlet, { adds: "a" })])).toEqual([]);
    expect(deploymentFindings([a, wave("b", "2024-10", outlet, { replaces: "a" })])).toEqual([]);
    // linked through another wave
    const c = wave("c", "2024-10-15/2024-10-31", nis, { adds: "a" });
    expect(deploymentFindings([a, c, wave("d", "2024-10-20/2024-11", outlet, { adds: "c" })])).toEqual([]);
    // a plan and an assertion are not counted together unless asked
    expect(deploymentFindings([a, wave("p", "2024-10", outlet, { modality: "planned" })])).toEqual([]);
    // another route or category
    expect(deploymentFindings([a, wave("l", "2024-10", outlet, { category: "laborers" })])).toEqual([]);
  });

  it("flag each later wave of another originator once, in a run of overlapping waves", () => {
    const waves = [a, wave("a2", "2024-10", nis, { reportedAt: "2025-06-02" }), b, wave("b2", "2024-10-20/2024-11-10", outlet)];
    expect(deploymentFindings(waves).map((f) => f.waves)).toEqual([["a", "a2", "b", "b2"]]);
    expect(deploymentTotal(waves, { asOf: "2025-01-01" }).estimate).toEqual(range(20_000, 40_000, "person"));
  });

  it("one originator's twins are a finding: the same period, reported the same day, relayed by two outlets", () => {
    const yonhap = wave("yonhap-oct", "2024-10", nis, { reportedAt: "2024-11-01" });
    const kbs = wave("kbs-oct", "2024-10", nis, { reportedAt: "2024-11-01T09:00:00Z", size: exact(12_000, "person") });
    const found = deploymentFindings([yonhap, kbs]);
    expect(found.map((f) => [f.code, f.waves])).toEqual([["possible-duplicate-wave", ["yonhap-oct", "kbs-oct"]]]);
    expect(found[0]?.message).toContain("they come from one originator, for one period, reported the same day");
    const total = deploymentTotal([yonhap, kbs], { asOf: "2024-12-31" });
    expect(total.estimate).toEqual(range(10_000, 22_000, "person"));
    expect(explain(total)).toContain("the same originator, the same period, reported the same day, no link");
    // the same figure told twice: 10,000–20,000, not 20,000
    expect(deploymentTotal([yonhap, { ...kbs, size: exact(10_000, "person") }], { asOf: "2024-12-31" }).estimate).toEqual(range(10_000, 20_000, "person"));
    // a link says how they relate; a plan beside an assertion is not one kind
    expect(deploymentFindings([yonhap, { ...kbs, adds: "yonhap-oct" }])).toEqual([]);
    expect(deploymentFindings([yonhap, { ...kbs, replaces: "yonhap-oct" }])).toEqual([]);
    expect(deploymentFindings([yonhap, { ...kbs, modality: "planned" }])).toEqual([]);
    expect(deploymentFindings([yonhap, { ...kbs, category: "engineers" }])).toEqual([]);
  });
});
