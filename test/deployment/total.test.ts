import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { nisBriefing2025Deployments } from "../../src/fixtures/index.js";
import { approx, atLeast, exact, range, sumEstimates } from "../../src/index.js";
import { ClaimSchema } from "../../src/schemas.js";
import { expectFogcountError, thrown } from "../helpers.js";
import { corrected, NIS, wave } from "./waves.js";

const seed = nisBriefing2025Deployments;

describe("deploymentTotal on the seed", () => {
  it("totals 13,000–15,000 troops once both waves have begun, and says how", () => {
    const total = deploymentTotal(seed, { asOf: "2025-04-30" });
    expect(total.estimate).toEqual(range(13_000, 15_000, "person", { approx: true }));
    expect(total.estimate).toEqual(sumEstimates(seed.map((d) => d.size)));
    expect(explain(total, NIS)).toBe(
      "about 13,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + approximately 3,000 (NIS, January–April 2023) " +
        "(waves in force on 30 April 2025; nis-2023-early-deployed adds to nis-2024-autumn-deployed but is dated before it)",
    );
  });

  it("keeps each wave as a stated leaf that passes ClaimSchema", () => {
    const total = deploymentTotal(seed);
    const json = explain(total, { ...NIS, format: "json" });
    expect(json.inputs?.map((i) => [i.claim?.id, i.claim?.valid, i.claim?.source])).toEqual([
      ["nis-2024-autumn-deployed", "autumn 2024", "NIS"],
      ["nis-2023-early-deployed", "January–April 2023", "NIS"],
    ]);
    const d = total.derivation;
    if (d.op !== "sum") throw new Error(d.op);
    for (const input of d.inputs) {
      if (input.derivation.op !== "claim") throw new Error(input.derivation.op);
      expect(ClaimSchema.safeParse(input.derivation.claim).success).toBe(true);
    }
    expect(d.inputs[1]?.derivation).toMatchObject({ claim: { indicator: { measure: "deployed", aggregation: "increment", subject: "kp-troops-in-ru" } } });
  });

  it("without asOf, totals after the last change (the end of autumn 2024)", () => {
    expect(explain(deploymentTotal(seed))).toContain("(waves in force on 30 November 2024;");
  });

  it("refuses a date on which the increment has begun and its base has not: no silent reordering", () => {
    expectFogcountError(() => deploymentTotal(seed, { asOf: "2024-01" }), "increment-before-base", /on 2024-01-31, "nis-2023-early-deployed" \(2023-01\/2023-04\) has begun but "nis-2024-autumn-deployed" \(2024-23\), which it adds to, has not/);
    expectFogcountError(() => deploymentSeries(seed), "increment-before-base", /deploymentSeries: on 2023-01-01/);
    expectFogcountError(() => deploymentTotal(seed, { asOf: "2022" }), "no-waves", /no wave of troops had begun by 2022-12-31/);
  });
});

describe("deploymentTotal's rules", () => {
  it("counts a wave being sent as an unstated share of it, never as all or nothing", () => {
    const total = deploymentTotal(corrected, { asOf: "2025-02-15" });
    expect(total.estimate).toEqual(range(10_000, 15_000, "person", { approx: true }));
    expect(explain(total, NIS).split("\n")).toEqual([
      "about 10,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + up to about 3,000 (waves in force on 15 February 2025)",
      "  where up to about 3,000 = approximately 3,000 (NIS, January–April 2025) × 0–100% share sent by 15 February 2025 (sent during January–April 2025: how many had gone by then is not said)",
    ]);
    expect(deploymentTotal(corrected, { asOf: "2024-10" }).estimate).toEqual({ kind: "atMost", value: 12_000, strict: false, unit: "person" });
  });

  it("replaces a wave: it counts until its replacement begins, in part while it arrives, not at all after", () => {
    const waves = [wave("first", { size: exact(10_000, "person") }), wave("second", { size: exact(8000, "person"), period: "2025-03", replaces: "first" })];
    expect(deploymentTotal(waves, { asOf: "2025-02" }).estimate).toEqual(exact(10_000, "person"));
    const during = deploymentTotal(waves, { asOf: "2025-03-15" });
    expect(during.estimate).toEqual({ kind: "atMost", value: 18_000, strict: false, unit: "person" });
    expect(explain(during)).toContain("× 0–100% share still there on 15 March 2025 (being replaced by second: how many had left by then is not said)");
    const after = deploymentTotal(waves, { asOf: "2025-04" });
    expect(after.estimate).toEqual(exact(8000, "person"));
    expect(explain(after)).toBe("8,000 troops = 8,000 (National Intelligence Service, March 2025) (waves in force on 30 April 2025; replaced: first)");
  });

  it("replaces an increment with the wave it adds to: an increment is part of its base", () => {
    const a = wave("A", { size: exact(10_000, "person"), period: "2024-10" });
    const c = wave("C", { size: exact(3000, "person"), period: "2025-01", adds: "A" });
    const b = wave("B", { size: exact(14_000, "person"), period: "2025-06", replaces: ["A"] });
    expect(deploymentTotal([a, c, b]).estimate).toEqual(exact(14_000, "person"));
    expect(deploymentTotal([a, c, b]).derivation).toMatchObject({ note: expect.stringContaining("replaced: A, C") });
    expect(deploymentTotal([a, c, b], { asOf: "2025-03" }).estimate).toEqual(exact(13_000, "person"));
    expect(deploymentTotal([a, c, b], { asOf: "2025-06-15" }).estimate).toEqual({ kind: "atMost", value: 27_000, strict: false, unit: "person" });
    const d = wave("D", { size: exact(500, "person"), period: "2025-02", adds: "C" });
    expect(deploymentTotal([a, c, d, b]).estimate).toEqual(exact(14_000, "person"));
    expect(deploymentSeries([a, c, d, b]).map((p) => p.estimate)).toContainEqual(exact(13_500, "person"));
  });

  it("refuses an increment to a wave whose replacement began before it, on the days it has begun", () => {
    const a = wave("A", { size: exact(10_000, "person"), period: "2024-10" });
    const b = wave("B", { size: exact(14_000, "person"), period: "2025-06", replaces: ["A"] });
    const late = wave("C", { size: exact(3000, "person"), period: "2025-09", adds: "A" });
    expect(deploymentTotal([a, b, late], { asOf: "2025-07" }).estimate).toEqual(exact(14_000, "person"));
    expectFogcountError(() => deploymentTotal([a, b, late]), "increment-on-replaced", /"C" \(2025-09\) adds to "A", which "B" \(2025-06\) had begun to replace before it/);
    expectFogcountError(() => deploymentSeries([a, b, late]), "increment-on-replaced");
    // deploymentFindings says so before any total is asked for, and not of an increment that came first
    expect(deploymentFindings([a, b, late]).map((f) => [f.code, f.waves])).toEqual([["increment-on-replaced", ["C", "B"]]]);
    const early = wave("C", { size: exact(3000, "person"), period: "2025-01", adds: "A" });
    expect(deploymentFindings([a, b, early])).toEqual([]);
    // nor of one the replacement replaces too
    const both = wave("B", { size: exact(14_000, "person"), period: "2025-06", replaces: ["A", "C"] });
    expect(deploymentFindings([a, both, early])).toEqual([]);
    // an increment to an increment of a replaced wave is one too
    const onLate = wave("D", { size: exact(100, "person"), period: "2025-10", adds: "C" });
    expect(deploymentFindings([a, b, early, onLate]).map((f) => f.waves)).toEqual([["D", "B"]]);
  });

  it("takes the place of several waves: a new total", () => {
    const waves = [...corrected, wave("april", { size: approx(15_000, "person"), period: "2025-04-30", replaces: ["autumn", "additional"] })];
    expect(deploymentTotal(waves).estimate).toEqual(approx(15_000, "person"));
    expect(deploymentSeries(waves).at(-1)?.waves).toEqual(["april"]);
  });

  it("never counts a plan as sent, unless asked, and then says so", () => {
    const waves = [...corrected, wave("plan", { size: exact(12_000, "person"), period: "2025-06", modality: "planned", adds: "autumn" })];
    expect(deploymentTotal(waves).estimate).toEqual(deploymentTotal(corrected).estimate);
    const both = deploymentTotal(waves, { modality: ["asserted", "planned"] });
    expect(both.estimate).toEqual(range(25_000, 27_000, "person", { approx: true }));
    expect(explain(both)).toMatch(/^about 25,000–27,000 troops \(asserted, planned\) = .* \+ 12,000 planned \(National Intelligence Service, June 2025\)/);
    expectFogcountError(() => deploymentTotal(waves, { modality: "planned" }), "increment-without-base", /adds to "autumn", which is not counted \(troops, asserted\)/);
    const alone = [...corrected, wave("second-plan", { modality: "planned", period: "2026" })];
    expect(deploymentTotal(alone, { modality: ["planned"], category: "troops", asOf: "2026" }).label).toBe("troops (planned)");
  });

  it("refuses to count an increment whose base is left out", () => {
    const waves = [wave("plan", { modality: "planned" }), wave("more", { size: exact(3000, "person"), period: "2025-01", adds: "plan" })];
    expectFogcountError(() => deploymentTotal(waves), "increment-without-base", /deployments\[1\] adds to "plan", which is not counted \(troops, planned\)/);
    expect(deploymentTotal(waves, { modality: ["asserted", "planned"] }).estimate).toEqual(range(13_000, 15_000, "person"));
  });

  it("gives an open-ended total for a wave of unstated size, never a smaller confident number", () => {
    const waves = [...corrected, wave("more", { size: atLeast(1, "person", { text: "more troops" }), period: "2025-03", adds: "autumn" })];
    const total = deploymentTotal(waves);
    expect(total.estimate).toEqual({ kind: "atLeast", value: 13_001, strict: false, unit: "person", approx: true });
    expect(explain(total)).toContain("open-ended: more states no upper bound, so neither does the total");
  });

  it("refuses a replacement dated before its original on the days between", () => {
    const waves = [wave("first", { period: "2025-03" }), wave("second", { period: "2025-01", replaces: "first" })];
    expectFogcountError(() => deploymentTotal(waves, { asOf: "2025-02" }), "replacement-before-original", /"second" \(2025-01\) has begun but "first" \(2025-03\), which it replaces, has not/);
    expect(explain(deploymentTotal(waves))).toContain("second replaces first but is dated before it");
  });

  it("totals one category of a mixed list, and refuses to mix categories, routes and units", () => {
    const waves = [...corrected, wave("workers", { category: "laborers", size: approx(15_000, "person"), period: "2025-04-30" })];
    expect(deploymentTotal(waves, { category: "laborers" }).estimate).toEqual(approx(15_000, "person"));
    expect(deploymentTotal(waves, { category: "troops" }).estimate).toEqual(range(13_000, 15_000, "person", { approx: true }));
    expectFogcountError(() => deploymentTotal(waves), "mixed-indicators", /deployments\[0\] and deployments\[2\] differ in category \(choose one with options.category\)/);
    expectFogcountError(() => deploymentTotal([...corrected, wave("ua", { to: "UA" })]), "mixed-indicators", /differ in route \(from, to\)/);
    expectFogcountError(() => deploymentTotal([...corrected, wave("soldiers", { size: exact(5, "soldier") })]), "unit-mismatch", /deployments\[2\] is in "soldier", not "person"/);
    expectFogcountError(() => deploymentTotal(corrected, { category: "engineers" }), "no-waves", /no wave of category "engineers" with modality asserted to total/);
  });
});

describe("deploymentSeries", () => {
  it("gives a point per change with the waves in force", () => {
    expect(deploymentSeries(corrected).map((p) => [p.date, p.estimate, p.waves, p.changes])).toEqual([
      ["2024-09-01", { kind: "atMost", value: 12_000, strict: false, unit: "person" }, ["autumn"], [{ wave: "autumn", event: "begins" }]],
      ["2024-11-30", range(10_000, 12_000, "person"), ["autumn"], [{ wave: "autumn", event: "completes" }]],
      ["2025-01-01", range(10_000, 15_000, "person", { approx: true }), ["autumn", "additional"], [{ wave: "additional", event: "begins" }]],
      ["2025-04-30", range(13_000, 15_000, "person", { approx: true }), ["autumn", "additional"], [{ wave: "additional", event: "completes" }]],
    ]);
  });

  it("ends where deploymentTotal stands", () => {
    const last = deploymentSeries(corrected).at(-1);
    expect(deploymentTotal(corrected).estimate).toEqual(last?.estimate);
    expect(deploymentTotal(corrected, { asOf: last?.date as string }).estimate).toEqual(last?.estimate);
  });

  it("marks a one-day wave as beginning and completing, and reads open ends", () => {
    const waves = [wave("day", { period: "2025-01-10" }), wave("open", { period: "2025-02/..", size: exact(100, "person"), adds: "day" })];
    const points = deploymentSeries(waves);
    expect(points.map((p) => [p.date, p.changes.map((c) => `${c.wave} ${c.event}`)])).toEqual([
      ["2025-01-10", ["day begins", "day completes"]],
      ["2025-02-01", ["open begins"]],
    ]);
    expect(points[1]?.estimate).toEqual(range(10_000, 12_100, "person"));
    expect(deploymentTotal([wave("old", { period: "../2024-06" })], { asOf: "2020" }).estimate).toEqual({ kind: "atMost", value: 12_000, strict: false, unit: "person" });
  });
});

describe("deploymentTotal and deploymentSeries refuse bad input", () => {
  const w = (id: string, change: Record<string, unknown> = {}) => wave(id, change);

  it.each<[string, () => unknown, string, RegExp]>([
    ["not an array", () => deploymentTotal("x" as never), "invalid-argument", /deploymentTotal: deployments must be an array of deployment waves, got "x"/],
    ["a hole", () => deploymentTotal([w("a"), , w("b")] as never), "invalid-deployment", /deployments\[1\] must be a deployment object, got undefined/],
    ["a wave that is not one", () => deploymentSeries([w("a", { from: "North Korea" })]), "invalid-deployment", /deploymentSeries: deployments\[0\]\.from/],
    ["two waves with one id", () => deploymentTotal([w("a"), w("a")]), "duplicate-deployment-id", /deployments\[1\] has the id "a" of deployments\[0\]/],
    ["a wave added to a missing one", () => deploymentTotal([w("a", { adds: "ghost" })]), "unknown-wave", /deployments\[0\]\.adds names a wave that is not in the list \(the list is not whole\), got "ghost"/],
    ["a wave replacing a missing one", () => deploymentTotal([w("a", { replaces: ["ghost"] })]), "unknown-wave", /deployments\[0\]\.replaces names a wave/],
    ["a wave added to one whose id is written in another Unicode form", () => deploymentTotal([w("s\u00e3o"), w("b", { adds: "sa\u0303o" })]), "unknown-wave", /deployments\[1\]\.adds names a wave that is not in the list \(the list is not whole\) \(it has "s\u00e3o", the same text in another Unicode form: ids are compared as written\), got "sa\\u0303o"/],
    ["an increment to a wave of another route", () => deploymentTotal([w("a"), w("b", { adds: "a", from: "CN" })], { category: "troops" }), "mixed-indicators", /deployments\[1\] \(CN→RU troops in "person"\) adds to "a" \(KP→RU troops in "person"\): a wave adds to or replaces a wave of its own route, category and unit/],
    ["an increment of another category", () => deploymentTotal([w("a"), w("b", { adds: "a", category: "laborers" })], { category: "troops" }), "mixed-indicators", /\(KP→RU laborers in "person"\) adds to "a" \(KP→RU troops/],
    ["a replacement of another route", () => deploymentFindings([w("a"), w("b", { replaces: ["a"], to: "BY" })]), "mixed-indicators", /deploymentFindings: deployments\[1\] \(KP→BY troops in "person"\) replaces "a"/],
    ["waves in a circle", () => deploymentTotal([w("a", { adds: "b" }), w("b", { replaces: "c" }), w("c", { adds: "a" })]), "wave-cycle", /the waves a → b → c → a add to or replace each other in a circle/],
    ["null options", () => deploymentTotal(corrected, null as never), "invalid-option", /options must be an object/],
    ["a typo in an option", () => deploymentTotal(corrected, { asof: "2025" } as never), "invalid-option", /options\.asof is not an option \(category, asOf, modality, claims\)/],
    ["asOf in a series", () => deploymentSeries(corrected, { asOf: "2025" } as never), "invalid-option", /options\.asOf is not an option/],
    ["an unknown category", () => deploymentTotal(corrected, { category: "soldiers" as never }), "invalid-option", /options\.category is neither/],
    ["an unknown modality", () => deploymentTotal(corrected, { modality: "rumoured" as never }), "invalid-option", /options\.modality must be one of/],
    ["an empty list of modalities", () => deploymentTotal(corrected, { modality: [] }), "invalid-option", /options\.modality must be one of .*, or a list of distinct ones/],
    ["asOf in words", () => deploymentTotal(corrected, { asOf: "last fall" }), "invalid-as-of", /options\.asOf is not an EDTF date or period/],
    ["asOf open at its end", () => deploymentTotal(corrected, { asOf: "2025/.." }), "invalid-as-of", /has no last day/],
    ["asOf that is not text", () => deploymentTotal(corrected, { asOf: 2025 as never }), "invalid-as-of", /^deploymentTotal: options.asOf must be an EDTF date or period, got 2025$/],
    ["an empty list", () => deploymentSeries([]), "no-waves", /no wave with modality asserted to total/],
  ])("refuses %s", (_name, fn, code, message) => {
    expectFogcountError(fn, code, message);
  });

  it("reports an overflow, not Infinity", () => {
    const huge = [w("a", { size: exact(Number.MAX_VALUE, "person") }), w("b", { size: exact(Number.MAX_VALUE, "person") })];
    expect(thrown(() => deploymentTotal(huge)).code).toBe("overflow");
  });

  it("does not mutate its input", () => {
    const waves: Deployment[] = structuredClone([...corrected]);
    const copy = structuredClone(waves);
    deploymentTotal(waves);
    deploymentSeries(waves);
    expect(waves).toEqual(copy);
  });
});
