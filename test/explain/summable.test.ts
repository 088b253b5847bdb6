import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/index.js";
import type { Claim, ClaimInit } from "../../src/claim/index.js";
import { derive, explain } from "../../src/explain/index.js";
import { approx, exact } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";

const spy = { id: "nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;
const daily = { id: "daily", kind: "outlet", name: "Daily" } as const;

function stated(id: string, value: number, over: Partial<ClaimInit> = {}): Claim {
  return claim({
    id,
    indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person" },
    estimate: approx(value, "person"),
    validTime: "2024-11",
    reportedAt: "2024-11-20",
    attribution: { originator: spy },
    ...over,
  });
}

const november = stated("nov", 10_000);
const january = stated("jan", 12_000, { validTime: "2025-01", reportedAt: "2025-01-20" });
const wave = (id: string, value: number, validTime: string, over: Partial<ClaimInit> = {}): Claim =>
  stated(id, value, { indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person", aggregation: "increment" }, validTime, ...over });

describe("derive.sum and derive.add add only what may be added", () => {
  it("refuse two levels of one count: a later level restates the number", () => {
    expectFogcountError(() => derive.sum([november, january]), "invalid-argument", /inputs\[1\] and inputs\[0\] \("nov"\) are two levels of one count/);
    expectFogcountError(() => derive.add(november, january), "invalid-argument", /b and a \("nov"\) are two levels of one count/);
  });

  it("refuse a plan, a projection, a possibility and a restatement", () => {
    const plan = stated("plan", 20_000, { indicator: { subject: "kp-plan", measure: "deployed", unit: "person" }, modality: "planned" });
    expectFogcountError(() => derive.sum([november, plan]), "invalid-argument", /inputs\[1\] is a plan \(modality planned\), not an assertion/);
    const maybe = stated("maybe", 20_000, { indicator: { subject: "kp-other", measure: "deployed", unit: "person" }, modality: "potential" });
    expectFogcountError(() => derive.add(november, maybe), "invalid-argument", /b is a possibility/);
    const relay = stated("relay", 10_000, { attribution: { originator: daily }, reportedAt: "2024-11-21", restates: "nov" });
    expectFogcountError(() => derive.sum([november, relay]), "invalid-argument", /inputs\[1\] restates "nov"/);
  });

  it("refuse one claim reached twice, also inside a figure derived before", () => {
    expectFogcountError(() => derive.sum([november, november]), "duplicate-claim-id", /inputs\[1\] is the claim "nov" of inputs\[0\]/);
    const w1 = wave("w1", 3000, "2024-10");
    const w2 = wave("w2", 1500, "2024-12");
    expectFogcountError(() => derive.add(derive.add(w1, w2), w1), "duplicate-claim-id", /b is the claim "w1" of a\.derivation\.inputs\[0\]/);
  });

  it("refuse claims of different measures, but add the casualty parts", () => {
    const killed = stated("killed", 600, { indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" } });
    expectFogcountError(() => derive.sum([killed, november]), "mixed-indicators", /inputs\[1\] counts deployed, not killed/);
    const wounded = stated("wounded", 4100, { indicator: { subject: "kp-forces-in-russia", measure: "wounded", unit: "person" } });
    expect(derive.sum([killed, wounded]).estimate).toEqual({ kind: "approx", value: 4700, unit: "person" });
  });

  it("refuse two flows of one count over one time, and add waves of different times", () => {
    const w1 = wave("w1", 3000, "2024-10");
    const again = wave("again", 3000, "2024-10", { attribution: { originator: daily } });
    expectFogcountError(() => derive.sum([w1, again]), "invalid-argument", /two increments of one count over 2024-10/);
    const w2 = wave("w2", 1500, "2024-12");
    expect(explain(derive.sum([w1, w2], { label: "troops" }))).toBe("about 4,500 troops = about 3,000 (NIS, October 2024) + about 1,500 (NIS, December 2024)");
  });

  it("still add bare estimates and levels of different subjects", () => {
    expect(derive.sum([exact(1, "person"), exact(2, "person")]).estimate).toEqual({ kind: "exact", value: 3, unit: "person" });
    const other = stated("other", 5000, { indicator: { subject: "kp-laborers", measure: "deployed", unit: "person" } });
    expect(derive.add(november, other).estimate).toEqual({ kind: "approx", value: 15_000, unit: "person" });
  });
});
