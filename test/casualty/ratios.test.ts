import { describe, expect, it } from "vitest";

import { casualtyRate, killedToWounded, lethality, woundedToKilled } from "../../src/casualty/index.js";
import { derive, explain, figure } from "../../src/explain/index.js";
import { approx, atLeast, atMost, divide, exact, range, ratio } from "../../src/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { aprilKilled, aprilTotal, casualty, marchWounded, p } from "./claims.js";

describe("the casualty ratios", () => {
  it("compute exactly what the plain functions compute, and keep the working", () => {
    const k = range(500, 700, "person");
    const w = range(3800, 4400, "person");
    const c = range(600, 5000, "person");
    expect(killedToWounded(k, w).estimate).toEqual(divide(k, w));
    expect(lethality(k, c).estimate).toEqual(ratio(k, c));
    expect(casualtyRate(c, range(13_000, 15_000, "person")).estimate).toEqual(ratio(c, range(13_000, 15_000, "person")));
    expect(lethality(aprilKilled, aprilTotal).derivation).toMatchObject({
      op: "ratio",
      note: "a part never exceeds its whole",
      inputs: [{ label: "killed", derivation: { op: "claim", claim: { id: "apr-killed" } } }, { label: "casualties", derivation: { op: "claim" } }],
    });
  });

  it("keep a share within 0–100% where dividing the intervals would not (the dependency problem)", () => {
    const killed = range(500, 700, "person");
    const casualties = range(600, 5000, "person");
    expect(divide(killed, casualties)).toEqual(range(0.1, 700 / 600, "1"));
    expect(lethality(killed, casualties).estimate).toEqual(range(0.1, 1, "1"));
  });

  it("take claims, figures that are claims, estimates and derived figures, and label what has no label", () => {
    const fromFigure = lethality(figure(aprilKilled), figure(aprilTotal, "all casualties"));
    expect(fromFigure.derivation).toMatchObject({ inputs: [{ label: "killed" }, { label: "all casualties" }] });
    const waves = derive.sum([range(10_000, 12_000, "person"), approx(3000, "person")]);
    expect(explain(casualtyRate(approx(4700, "person"), waves))).toBe(
      "about 31–37% of the force = about 4,700 casualties ÷ about 13,000–15,000 (a part never exceeds its whole)\n  where about 13,000–15,000 = 10,000–12,000 + about 3,000",
    );
    expect(explain(killedToWounded(p(600), p(4100), { label: "killed for each wounded" }))).toBe("about 0.15 killed for each wounded = 600 killed ÷ 4,100 wounded");
    // a quotient of exact counts that comes out short is written as it is
    expect(explain(woundedToKilled(p(4100), p(500)))).toBe("8.2 wounded per killed = 4,100 wounded ÷ 500 killed");
  });

  it("refuse a claim of one casualty part given as the casualties: 600 killed are not 600 casualties", () => {
    expectFogcountError(
      () => casualtyRate(aprilKilled, exact(15_000, "person")),
      "invalid-argument",
      /casualtyRate: casualties\.indicator\.measure must be casualties: the killed are one part of the casualties, not the casualties \(for the share of the force killed, use derive\.ratio\), got "killed"/,
    );
    expectFogcountError(() => casualtyRate(figure(marchWounded), exact(15_000, "person")), "invalid-argument", /casualties\.derivation\.claim\.indicator\.measure must be casualties: the wounded are one part/);
    expectFogcountError(() => lethality(aprilKilled, aprilKilled), "invalid-argument", /lethality: casualties\.indicator\.measure must be casualties: the killed are one part of the casualties, not the casualties, got "killed"/);
    // the share of a force killed is a plain ratio of two figures
    expect(derive.ratio(aprilKilled, exact(15_000, "person")).estimate).toEqual(approx(0.04, "1"));
  });

  it("refuse a deprecated claim: only figures in force are divided", () => {
    const withdrawn = casualty("withdrawn", "killed", p(600), "2025-04-30", { status: { kind: "deprecated", reason: "double counted", supersededBy: "apr-killed" } });
    expectFogcountError(() => lethality(withdrawn, aprilTotal), "invalid-argument", /lethality: killed\.status says the claim is deprecated \("double counted"\), superseded by "apr-killed" \(use that claim\)/);
    expectFogcountError(() => killedToWounded(figure(withdrawn), p(4100)), "invalid-argument", /killedToWounded: killed\.derivation\.claim\.status says the claim is deprecated/);
    const total = casualty("old-total", "casualties", p(4700), "2025-04-30", { status: { kind: "deprecated", reason: "withdrawn" } });
    expectFogcountError(() => casualtyRate(total, exact(15_000, "person")), "invalid-argument", /casualtyRate: casualties\.status says the claim is deprecated \("withdrawn"\): a withdrawn figure is not in force/);
  });

  it("refuse a wounded figure that can be zero, a part larger than its whole, and units that differ", () => {
    expectFogcountError(() => killedToWounded(p(600), atMost(100, "person")), "division-by-zero-interval", /killedToWounded: the wounded \(up to 100\) can be zero/);
    expect(killedToWounded(p(600), atLeast(0, "person", { strict: true })).estimate).toEqual(atLeast(0, "1", { strict: true }));
    expectFogcountError(() => woundedToKilled(p(600), range(0, 10, "person")), "division-by-zero-interval", /woundedToKilled: the killed \(0–10\) can be zero/);
    expectFogcountError(() => woundedToKilled(aprilKilled, p(10)), "invalid-argument", /woundedToKilled: wounded\.indicator\.measure must be wounded/);
    expectFogcountError(() => woundedToKilled(p(600), p(10), { lable: "x" } as never), "invalid-option", /woundedToKilled: options\.lable/);
    expectFogcountError(() => lethality(p(600), p(500)), "part-exceeds-whole");
    expectFogcountError(() => casualtyRate(p(600), p(0)), "division-by-zero-interval");
    expectFogcountError(() => casualtyRate(p(600), exact(15_000, "soldier")), "unit-mismatch", /casualtyRate: cannot combine "person" with "soldier"/);
    expectFogcountError(() => killedToWounded(p(600), exact(4100, "soldier")), "unit-mismatch");
    expectFogcountError(() => lethality(p(600), exact(4700, "soldier")), "unit-mismatch");
  });

  it("refuse claims of the wrong measure, plans, restatements, counts below zero and a total without the killed", () => {
    expectFogcountError(() => killedToWounded(marchWounded, marchWounded), "invalid-argument", /killedToWounded: killed\.indicator\.measure must be killed, got "wounded"/);
    expectFogcountError(() => lethality(figure(aprilKilled), figure(aprilKilled)), "invalid-argument", /casualties\.derivation\.claim\.indicator\.measure must be casualties/);
    expectFogcountError(() => casualtyRate(aprilTotal, aprilTotal), "invalid-argument", /deployed\.indicator\.measure must be deployed or present/);
    const plan = casualty("plan", "killed", p(100), "2025-04-30", { modality: "planned" });
    expectFogcountError(() => lethality(plan, aprilTotal), "invalid-argument", /killed\.modality must be asserted/);
    const restated = casualty("restated", "killed", p(600), "2025-04-30", { restates: "apr-killed" });
    expectFogcountError(() => lethality(restated, aprilTotal), "invalid-argument", /killed\.restates must be left out/);
    expectFogcountError(() => killedToWounded(exact(-1, "person"), p(4)), "invalid-argument", /killed is a count and cannot go below zero/);
    const woundedOnly = casualty("w-only", "casualties", p(4000), "2025-04-30", { indicator: { subject: "zz-forces", measure: "casualties", unit: "person", includes: ["wounded"] } });
    expectFogcountError(() => lethality(aprilKilled, woundedOnly), "invalid-argument", /casualties\.indicator\.includes must count the killed/);
    expectFogcountError(() => lethality(aprilKilled, figure(woundedOnly)), "invalid-argument", /casualties\.derivation\.claim\.indicator\.includes/);
  });

  it("check their options and inputs", () => {
    expectFogcountError(() => lethality(p(1), p(2), { label: "" }), "invalid-option", /options\.label must be non-empty text/);
    expectFogcountError(() => lethality(p(1), p(2), { lable: "x" } as never), "invalid-option", /options\.lable is not an option/);
    expectFogcountError(() => casualtyRate(p(1), p(2), null as never), "invalid-option");
    expectFogcountError(() => casualtyRate(null as never, p(2)), "invalid-argument", /casualtyRate: casualties/);
    expectFogcountError(() => killedToWounded(p(1), { kind: "exact", value: "5", unit: "person" } as never), "invalid-argument", /killedToWounded: wounded is not an estimate/);
  });

  it("do not change their inputs", () => {
    const inputs = deepFreeze([aprilKilled, figure(aprilTotal), range(13_000, 15_000, "person")] as const);
    expect(() => lethality(inputs[0], inputs[1])).not.toThrow();
    expect(() => casualtyRate(inputs[1], inputs[2])).not.toThrow();
  });
});
