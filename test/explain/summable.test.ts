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
  it("refuse flows or increments of one count whose valid times overlap, naming both", () => {
    const flow = (id: string, value: number, validTime: string, over: Partial<ClaimInit> = {}): Claim =>
      stated(id, value, { indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person", aggregation: "flow" }, validTime, reportedAt: "2025-02-01", ...over });
    const year = flow("year", 100, "2024");
    const october = flow("october", 50, "2024-10");
    expectFogcountError(() => derive.sum([year, october]), "invalid-argument", /inputs\[1\] and inputs\[0\] \("year"\) are two flows of one count over 2024 and 2024-10, which overlap/);
    expectFogcountError(() => derive.add(october, year), "invalid-argument", /derive\.add: a and b \("year"\) are two flows/);
    // weeks that share a day share its count
    expectFogcountError(() => derive.sum([flow("w1", 5, "2024-10-01/2024-10-07"), flow("w2", 5, "2024-10-07/2024-10-14")]), "invalid-argument", /"w1"\) are two flows of one count/);
    // an open end may reach any later time
    expectFogcountError(() => derive.sum([flow("since", 5, "2024-10/.."), flow("dec", 5, "2024-12")]), "invalid-argument", /may overlap \(an open or unknown end\)/);
    const w1 = wave("w1", 3000, "2024-10");
    const inside = wave("inside", 1500, "2024-10-20");
    expectFogcountError(() => derive.sum([w1, inside]), "invalid-argument", /two increments of one count over 2024-10 and 2024-10-20, which overlap/);
    // periods that follow one another are added
    expect(derive.sum([flow("w1", 5, "2024-10-01/2024-10-07"), flow("w2", 5, "2024-10-08/2024-10-14"), flow("w3", 5, "2024-10-15/2024-10-21")]).estimate).toEqual({ kind: "approx", value: 15, unit: "person" });
  });

  it("refuse levels of one count at different valid times: March's level plus April's is no total", () => {
    const march = stated("march", 10_000, { validTime: "2025-03", reportedAt: "2025-04-01" });
    const april = stated("april", 11_000, { validTime: "2025-04", reportedAt: "2025-05-01" });
    expectFogcountError(() => derive.sum([march, april]), "invalid-argument", /inputs\[1\] and inputs\[0\] \("march"\) are two levels of one count .* whatever their valid times/);
  });

  it("refuse a deprecated claim in every operation, however deep", () => {
    const withdrawn = stated("withdrawn", 10_000, { status: { kind: "deprecated", reason: "miscounted", supersededBy: "nov" } });
    expectFogcountError(() => derive.sum([withdrawn]), "invalid-argument", /inputs\[0\] is deprecated \("miscounted"\), superseded by "nov" \(use that claim\)/);
    expectFogcountError(() => derive.scale(withdrawn, 2), "invalid-argument", /derive\.scale: input is deprecated/);
    expectFogcountError(() => derive.subtract(exact(20_000, "person"), withdrawn), "invalid-argument", /derive\.subtract: b is deprecated/);
    const retired = stated("retired", 5000, { indicator: { subject: "kp-laborers", measure: "deployed", unit: "person" }, status: { kind: "deprecated", reason: "withdrawn" } });
    const inner = derive.sum([november]);
    expectFogcountError(() => derive.ratio(retired, inner), "invalid-argument", /derive\.ratio: part is deprecated \("withdrawn"\): a withdrawn figure is not in force/);
  });
});
