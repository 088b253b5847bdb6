import { describe, expect, it } from "vitest";

import { DEPLOYMENT_CATEGORIES, deployment, deploymentFindings, deploymentSeries, deploymentTotal, isDeploymentCategory } from "../../src/deployment/index.js";
import type { Deployment } from "../../src/deployment/index.js";
import { nisBriefing2025Deployments } from "../../src/fixtures/index.js";
import { atLeast, exact, range } from "../../src/index.js";
import { DeploymentSchema } from "../../src/schemas.js";
import { expectFogcountError, thrown } from "../helpers.js";
import { wave } from "./waves.js";

describe("deployment", () => {
  it("returns a wave that passes its schema", () => {
    const w = wave("w", { modality: "planned", replaces: ["a", "b"], claim: "c-1" });
    expect(deployment(w)).toBe(w);
    expect(DeploymentSchema.safeParse(w).success).toBe(true);
    for (const d of nisBriefing2025Deployments) expect(DeploymentSchema.parse(d)).toEqual(d);
  });

  it("takes the categories of the vocabulary and namespaced ones, as a claim's measure", () => {
    expect(DEPLOYMENT_CATEGORIES).toEqual(["troops", "laborers", "engineers", "construction-troops", "specialists"]);
    for (const c of [...DEPLOYMENT_CATEGORIES, "acme:drone-crews", "x:y.z"] as const) {
      expect(isDeploymentCategory(c)).toBe(true);
      expect(DeploymentSchema.safeParse(wave("w", { category: c })).success).toBe(true);
    }
    for (const c of ["Troops", "soldiers", ":x", "x:", "Acme:x", "constructor", 5, null]) {
      expect(isDeploymentCategory(c)).toBe(false);
      expect(DeploymentSchema.safeParse(wave("w", { category: c as never })).success).toBe(false);
      expectFogcountError(() => deployment(wave("w", { category: c as never })), "invalid-deployment", /deployment "w": category is neither/);
    }
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["an empty id", { id: "" }, /deployment "": id must be non-empty text/],
    ["a spaced id", { id: "a b" }, /deployment "a b": id must be non-empty/],
    ["a country in lowercase", { from: "kp" }, /from must be two uppercase letters/],
    ["a country of three letters", { to: "RUS" }, /to must be two uppercase letters/],
    ["a size that is not an estimate", { size: { kind: "exact", value: "5", unit: "person" } }, /size is not an estimate/],
    ["a size below zero", { size: range(-5, 5, "person") }, /size must not go below zero/],
    ["a period that is not EDTF", { period: "autumn 2024" }, /period must be an EDTF date or interval/],
    ["a report time that is not EDTF", { reportedAt: "30 April" }, /reportedAt must be an EDTF/],
    ["an attribution without an originator", { attribution: {} }, /attribution\.originator/],
    ["an unknown modality", { modality: "rumoured" }, /modality must be one of asserted, planned, projected, potential/],
    ["a modality of null", { modality: null }, /modality must be one of .*, or left out, got null/],
    ["a wave that adds to itself", { adds: "w" }, /adds must be the id of another wave/],
    ["a wave that replaces itself", { replaces: ["x", "w"] }, /replaces must be the id of another wave/],
    ["a repeated replaced id", { replaces: ["x", "x"] }, /replaces must be/],
    ["an empty list of replaced ids", { replaces: [] }, /replaces must be/],
    ["adds and replaces together", { adds: "a", replaces: "b" }, /replaces cannot be given with adds/],
    ["a claim id with a space", { claim: "a b" }, /claim must be a claim id/],
    ["the same country as sender and receiver", { from: "RU" }, /deployment "w": to must be another country than from \(a wave is sent from one country to another\), got "RU"/],
  ])("refuses %s, as the schema does", (_name, change, message) => {
    const w = wave(change["id"] === undefined ? "w" : (change["id"] as string), change);
    expectFogcountError(() => deployment(w), "invalid-deployment", message);
    expect(DeploymentSchema.safeParse(w).success).toBe(false);
  });

  it("refuses a field a wave does not have, naming it and the field it is close to", () => {
    const a = wave("A");
    const typos: [Record<string, unknown>, RegExp][] = [
      [{ replace: ["A"] }, /deployment "B": replace is not a field of a wave \(did you mean replaces\?\); the fields are id, .*, got \["A"\]/],
      [{ modalty: "planned" }, /deployment "B": modalty is not a field of a wave \(did you mean modality\?\)/],
      [{ add: "A" }, /add is not a field of a wave \(did you mean adds\?\)/],
      [{ note: "x" }, /note is not a field of a wave; the fields are/],
    ];
    for (const [change, message] of typos) {
      const b = wave("B", change);
      expectFogcountError(() => deployment(b), "invalid-deployment", message);
      expect(DeploymentSchema.safeParse(b).success).toBe(false);
      for (const fn of [deploymentTotal, deploymentSeries, deploymentFindings]) {
        expectFogcountError(() => fn([a, b]), "invalid-deployment", /deployments\[1\]\.\w+ is not a field of a wave/);
      }
    }
  });

  it("without the typo, a replacement replaces and a plan is not counted as sent", () => {
    const a = wave("A", { size: exact(10_000, "person"), period: "2024-10" });
    const b = wave("B", { size: exact(14_000, "person"), period: "2025-06", replaces: ["A"] });
    expect(deploymentTotal([a, b]).estimate).toEqual(exact(14_000, "person"));
    const plan = wave("B", { size: exact(14_000, "person"), period: "2025-06", modality: "planned" });
    expect(deploymentTotal([a, plan]).estimate).toEqual(exact(10_000, "person"));
  });

  it("refuses what is not an object, naming the value", () => {
    expect(thrown(() => deployment(null as unknown as Deployment))).toMatchObject({ code: "invalid-deployment", message: "deployment: init must be a deployment object, got null" });
    expectFogcountError(() => deployment([] as unknown as Deployment), "invalid-deployment");
    expectFogcountError(() => deployment("w" as unknown as Deployment), "invalid-deployment");
  });

  it("takes open-ended and exact sizes and open periods", () => {
    expect(deployment(wave("w", { size: atLeast(3000, "person", { strict: true }), period: "2025-01/.." })).period).toBe("2025-01/..");
    expect(deployment(wave("w", { size: exact(0, "person"), period: "../2025-04-30" })).size.kind).toBe("exact");
  });
});
