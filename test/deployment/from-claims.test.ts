import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import { deploymentFindings, deploymentsFromClaims, deploymentTotal } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { nisBriefing2025Claims, nisBriefing2025Deployments } from "../../src/fixtures/index.js";
import { approx, exact, range } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { DeploymentSchema } from "../../src/schemas.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { nis, wave } from "./waves.js";

const KP_RU = { from: "KP", to: "RU" } as const;
const by = (id: string) => nisBriefing2025Claims.find((c) => c.id === id) as Claim;
const autumn = by("nis-2024-autumn-deployed");
const early = by("nis-2023-early-deployed");
const asIncrement = (c: Claim): Claim => deepFreeze({ ...c, indicator: { ...c.indicator, aggregation: "increment" } });

/** A deployed claim of the NIS about kp-forces-in-russia. */
function deployed(id: string, change: Partial<ClaimInit> & { aggregation?: "stock" | "flow" | "increment" } = {}): Claim {
  const { aggregation, ...rest } = change;
  return claim({
    id,
    indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person", ...(aggregation !== undefined && { aggregation }) },
    estimate: exact(1000, "person"),
    validTime: "2025-01",
    reportedAt: "2025-04-30",
    attribution: { originator: nis },
    ...rest,
  });
}

const links = (ds: readonly Deployment[]) => ds.map((d) => [d.id, d.adds ?? null, d.replaces ?? null]);

describe("deploymentsFromClaims on the seed", () => {
  it("reads the additional 3,000 as an increment on the autumn wave, dated before it as stated", () => {
    const { deployments, findings } = deploymentsFromClaims([autumn, asIncrement(early)], KP_RU);
    expect(deployments).toEqual(nisBriefing2025Deployments);
    expect(findings).toEqual(deploymentFindings(deployments));
    expect(findings.map((f) => [f.code, f.severity, f.waves])).toEqual([["increment-before-base", "warning", ["nis-2023-early-deployed", "nis-2024-autumn-deployed"]]]);
    expect(findings[0]?.message).toBe('"nis-2023-early-deployed" (2023-01/2023-04) adds to "nis-2024-autumn-deployed" (2024-23) but begins before it: correct whichever date is wrong, or, if "nis-2023-early-deployed" does not add to "nis-2024-autumn-deployed", remove its adds; until then totals are refused for the days from the start of "nis-2023-early-deployed" to the start of "nis-2024-autumn-deployed"');
    for (const d of deployments) expect(DeploymentSchema.safeParse(d).success).toBe(true);
  });

  it("reads the claims as the fixture states them (a wave, and an increment to it): 13,000–15,000 in all", () => {
    const { deployments } = deploymentsFromClaims([autumn, early], KP_RU);
    expect(links(deployments)).toEqual([
      ["nis-2024-autumn-deployed", null, null],
      ["nis-2023-early-deployed", "nis-2024-autumn-deployed", null],
    ]);
    expect(deploymentTotal(deployments).estimate).toEqual(range(13_000, 15_000, "person", { approx: true }));
  });
});

describe("deploymentsFromClaims", () => {
  it("makes a flow a wave of its own, an increment an addition, and a stock a new total", () => {
    const claims = [
      deployed("a", { validTime: "2024-23", estimate: range(10_000, 12_000, "person") }),
      deployed("b", { validTime: "2025-01", aggregation: "increment", estimate: approx(3000, "person") }),
      deployed("c", { validTime: "2025-02", aggregation: "flow", estimate: exact(500, "person") }),
      deployed("d", { validTime: "2025-04-30", estimate: approx(15_000, "person") }),
      deployed("e", { validTime: "2025-05", aggregation: "increment", estimate: exact(1000, "person") }),
    ];
    const { deployments, findings } = deploymentsFromClaims(claims, KP_RU);
    expect(findings).toEqual([]);
    expect(links(deployments)).toEqual([
      ["a", null, null],
      ["b", "a", null],
      ["c", null, null],
      ["d", null, ["a", "b", "c"]],
      ["e", "d", null],
    ]);
    expect(deployments[1]).toMatchObject({ from: "KP", to: "RU", category: "troops", period: "2025-01", claim: "b" });
    expect(deploymentTotal(deployments).estimate).toEqual(approx(16_000, "person"));
  });

  it("keeps modality: a plan is never counted as sent, a planned increment adds to the latest asserted wave, and a planned total replaces what is before it", () => {
    const claims = [
      deployed("sent", { validTime: "2024-23" }),
      deployed("plan", { validTime: "2025-06", modality: "planned", aggregation: "increment" }),
      deployed("plan-total", { validTime: "2025-08", modality: "planned" }),
    ];
    const { deployments } = deploymentsFromClaims(claims, KP_RU);
    expect(deployments.map((d) => [d.id, d.modality ?? "asserted", d.adds ?? null, d.replaces ?? null])).toEqual([
      ["sent", "asserted", null, null],
      ["plan", "planned", "sent", null],
      ["plan-total", "planned", null, ["sent", "plan"]],
    ]);
    expect(deploymentTotal(deployments).estimate).toEqual(exact(1000, "person"));
    expect(deploymentTotal(deployments, { modality: ["asserted", "planned"] }).estimate).toEqual(exact(1000, "person"));
    expect(deploymentTotal(deployments, { modality: ["asserted", "planned"], asOf: "2025-07" }).estimate).toEqual(exact(2000, "person"));
  });

  it("never adds two totals: a planned total replaces the asserted one, and an asserted total a plan, before it", () => {
    const stock = deployed("stock", { validTime: "2024-10", estimate: exact(10_000, "person") });
    const plan = deployed("plan", { validTime: "2024-12", modality: "planned", estimate: exact(20_000, "person") });
    const { deployments } = deploymentsFromClaims([stock, plan], KP_RU);
    expect(deployments[1]?.replaces).toBe("stock");
    expect(deploymentTotal(deployments, { modality: ["asserted", "planned"] }).estimate).toEqual(exact(20_000, "person"));
    expect(deploymentTotal(deployments).estimate).toEqual(exact(10_000, "person"));
    const later = deployed("later", { validTime: "2025-03", estimate: exact(15_000, "person") });
    const all = deploymentsFromClaims([stock, plan, later], KP_RU).deployments;
    expect(all[2]?.replaces).toEqual(["stock", "plan"]);
    expect(deploymentTotal(all, { modality: ["asserted", "planned"] }).estimate).toEqual(exact(15_000, "person"));
    expect(deploymentTotal(all).estimate).toEqual(exact(15_000, "person"));
  });

  it("takes laborers, and a category for all", () => {
    const workers = by("nis-2025-04-laborers");
    expect(deploymentsFromClaims([workers], KP_RU).deployments[0]?.category).toBe("laborers");
    expect(deploymentsFromClaims([deployed("x")], { ...KP_RU, category: "engineers" }).deployments[0]?.category).toBe("engineers");
  });

  it("skips deprecated claims and restatements, with a finding", () => {
    const claims = [deployed("a"), deployed("old", { status: { kind: "deprecated", reason: "corrected" } }), deployed("echo", { restates: "a" })];
    const { deployments, findings } = deploymentsFromClaims(claims, KP_RU);
    expect(deployments.map((d) => d.id)).toEqual(["a"]);
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ["skipped-claim", '"old" makes no wave: it is deprecated (corrected)'],
      ["skipped-claim", '"echo" makes no wave: it is a restatement of "a"'],
    ]);
  });

  it("never reads an increment with nothing to add to as a total", () => {
    expectFogcountError(
      () => deploymentsFromClaims([asIncrement(early)], KP_RU),
      "increment-without-base",
      /claims\[0\] \("nis-2023-early-deployed"\) is an increment with nothing to add to/,
    );
    const planned = deployed("p", { modality: "planned" });
    expectFogcountError(() => deploymentsFromClaims([planned, deployed("i", { aggregation: "increment" })], KP_RU), "increment-without-base");
  });

  it.each<[string, () => unknown, string, RegExp]>([
    ["claims that are not an array", () => deploymentsFromClaims("x" as never, KP_RU), "invalid-argument", /claims must be an array of claims/],
    ["a claim that is not one", () => deploymentsFromClaims([{ id: "x" } as never], KP_RU), "invalid-claim", /claims\[0\]\.indicator/],
    ["a claim of another measure", () => deploymentsFromClaims([by("nis-2025-04-killed")], KP_RU), "invalid-argument", /claims\[0\]\.indicator\.measure must be "deployed" or "laborers"/],
    ["claims about two subjects", () => deploymentsFromClaims([autumn, deployed("x", { indicator: { subject: "other", measure: "deployed", unit: "person" } })], KP_RU), "mixed-indicators", /claims\[1\] has subject "other", not "kp-forces-in-russia"/],
    ["claims of two measures", () => deploymentsFromClaims([autumn, by("nis-2025-04-laborers")], KP_RU), "mixed-indicators", /claims\[1\] has subject/],
    ["claims of two originators", () => deploymentsFromClaims([autumn, deployed("x", { attribution: { originator: { id: "us", kind: "government", name: "US" } } })], KP_RU), "mixed-indicators", /has originator "us", not "kr-nis"/],
    ["claims in two units", () => deploymentsFromClaims([autumn, deployed("x", { indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "soldier" }, estimate: exact(1, "soldier") })], KP_RU), "unit-mismatch", /claims\[1\] is in "soldier", not "person"/],
    ["a repeated id", () => deploymentsFromClaims([autumn, autumn], KP_RU), "duplicate-claim-id", /claims\[1\] has the id "nis-2024-autumn-deployed" of claims\[0\]/],
    // claim() refuses it; a claim read from JSON is a plain object
    ["a size below zero", () => deploymentsFromClaims([{ ...deployed("x"), estimate: range(-1, 5, "person") }], KP_RU), "invalid-claim", /claims\[0\]\.estimate is a count of people \(deployed\), which cannot go below zero/],
    ["no options", () => deploymentsFromClaims([autumn], undefined as never), "invalid-option", /options\.from must be two uppercase letters/],
    ["a country name", () => deploymentsFromClaims([autumn], { from: "KP", to: "Russia" }), "invalid-option", /options\.to must be two uppercase letters/],
    ["an unknown category", () => deploymentsFromClaims([autumn], { ...KP_RU, category: "soldiers" as never }), "invalid-option", /options\.category/],
    ["an unknown option", () => deploymentsFromClaims([autumn], { ...KP_RU, form: "KP" } as never), "invalid-option", /options\.form is not an option/],
  ])("refuses %s", (_name, fn, code, message) => {
    expectFogcountError(fn, code, message);
  });
});

describe("deploymentFindings", () => {
  it("finds waves dated before what they add to or replace", () => {
    expect(deploymentFindings([wave("a", { period: "2025-03" }), wave("b", { period: "2025-01", replaces: "a" })]).map((f) => f.code)).toEqual(["replacement-before-original"]);
    expect(deploymentFindings([wave("a"), wave("b", { period: "2025", adds: "a" })])).toEqual([]);
  });

  it("checks the list as the totals do", () => {
    expectFogcountError(() => deploymentFindings([wave("a", { adds: "b" })]), "unknown-wave");
    expectFogcountError(() => deploymentFindings(null as never), "invalid-argument", /deploymentFindings: deployments must be an array/);
  });
});
