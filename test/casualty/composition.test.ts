import { describe, expect, it } from "vitest";

import { checkComposition } from "../../src/casualty/index.js";
import { approx, range } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";
import { aprilKilled, aprilTotal, casualty, marchKilled, marchTotal, marchWounded, ministry, p } from "./claims.js";

const claims = [marchTotal, marchKilled, marchWounded, aprilTotal, aprilKilled];

describe("checkComposition", () => {
  it("finds nothing when each originator's parts fit its totals", () => {
    expect(checkComposition(claims)).toEqual([]);
    expect(checkComposition([])).toEqual([]);
  });

  it("finds killed or wounded above the casualties that count them, at their valid time", () => {
    const killed = casualty("apr-killed-high", "killed", p(5000), "2025-04-30", { reportedAt: "2025-05-02" });
    expect(checkComposition([...claims, killed])).toEqual([
      {
        code: "part-exceeds-total",
        severity: "error",
        message: "xx-spy, zz-forces, as of 2025-04-30: killed (5,000) is more than the total (4,700), which counts it",
        fields: ["killed", "total"],
        claims: ["apr-killed-high", "apr-casualties"],
        validTime: "2025-04-30",
      },
    ]);
    // as known before the high figure, the April figures fit
    expect(checkComposition([...claims, killed], { known: "2025-05-01" })).toEqual([]);
  });

  it("finds killed and wounded that together exceed the casualties, or fall short of them", () => {
    const wounded = casualty("apr-wounded", "wounded", p(4200), "2025-04-30");
    expect(checkComposition([...claims, wounded]).map((f) => [f.code, f.claims])).toEqual([
      ["parts-exceed-total", ["apr-killed", "apr-wounded", "apr-casualties"]],
    ]);
    const fewer = casualty("apr-wounded", "wounded", p(3000), "2025-04-30");
    expect(checkComposition([...claims, fewer]).map((f) => [f.code, f.severity, f.validTime])).toEqual([["parts-fall-short", "warning", "2025-04-30"]]);
  });

  it("reads hedged figures as widely as asked before it compares them", () => {
    const wounded = casualty("apr-wounded", "wounded", approx(4150, "person"), "2025-04-30");
    const total = { ...aprilTotal, estimate: approx(4700, "person") };
    expect(checkComposition([total, aprilKilled, wounded]).map((f) => f.code)).toEqual(["parts-exceed-total"]);
    expect(checkComposition([total, aprilKilled, wounded], { hedge: "rounding" })).toEqual([]);
    expect(checkComposition([total, aprilKilled, wounded], { hedge: { relative: 0.05 } })).toEqual([]);
  });

  it("holds a part to the total only when the total counts it", () => {
    const captured = casualty("apr-captured", "captured", p(9000), "2025-04-30");
    expect(checkComposition([...claims, captured])).toEqual([]);
    const allFour = casualty("all-four", "casualties", p(100), "2025-04-30");
    expect(checkComposition([allFour, captured]).map((f) => f.code)).toEqual(["part-exceeds-total"]);
  });

  it("never compares one originator's figures with another's, nor counts plans and restatements", () => {
    const rival = casualty("rival-killed", "killed", p(9000), "2025-04-30", { attribution: { originator: ministry } });
    const projection = casualty("projected", "killed", p(9000), "2025-04-30", { modality: "projected" });
    const restated = casualty("restated", "killed", p(9000), "2025-04-30", { restates: "apr-killed" });
    expect(checkComposition([...claims, rival, projection, restated])).toEqual([]);
  });

  it("checks each valid time of each definition of the total", () => {
    const wide = casualty("wide", "casualties", range(100, 200, "person"), "2025-03-31");
    expect(checkComposition([...claims, wide]).map((f) => [f.code, f.validTime, f.claims])).toEqual([
      ["part-exceeds-total", "2025-03-31", ["mar-killed", "wide"]],
      ["part-exceeds-total", "2025-03-31", ["mar-wounded", "wide"]],
    ]);
  });

  it("checks its arguments", () => {
    expectFogcountError(() => checkComposition("x" as never), "invalid-argument", /checkComposition: claims must be an array/);
    expectFogcountError(() => checkComposition(claims, { hedge: "wide" } as never), "invalid-option", /options\.hedge/);
    expectFogcountError(() => checkComposition(claims, { known: 5 } as never), "invalid-as-of");
    expectFogcountError(() => checkComposition(claims, { valid: "2025-01-01" } as never), "invalid-option", /options\.valid is not an option/);
    const week = casualty("week", "wounded", p(40), "2025-03-24/2025-03-30", { indicator: { subject: "zz-forces", measure: "wounded", unit: "person", aggregation: "increment" } });
    expectFogcountError(() => checkComposition([...claims, week]), "not-a-stock", /week is an increment/);
  });
});
