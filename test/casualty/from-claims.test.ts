import { describe, expect, it } from "vitest";

import { breakdownFromClaims, reconcileCasualties } from "../../src/casualty/index.js";
import { approx } from "../../src/index.js";
import { CasualtyBreakdownSchema } from "../../src/schemas.js";
import { expectFogcountError } from "../helpers.js";
import { aprilKilled, aprilTotal, casualty, marchKilled, marchTotal, marchWounded, ministry, p } from "./claims.js";

const claims = [marchTotal, marchKilled, marchWounded, aprilTotal, aprilKilled];

describe("breakdownFromClaims", () => {
  it("gives the figures in force for the valid time asked about, with their claims", () => {
    const march = breakdownFromClaims(claims, { valid: "2025-03-31" });
    expect(march).toEqual({
      killed: approx(500, "person"),
      wounded: p(3500),
      missing: "not-reported",
      captured: "not-reported",
      total: p(4000),
      includes: ["killed", "wounded"],
      claims: { killed: marchKilled, wounded: marchWounded, total: marchTotal },
    });
    expect(CasualtyBreakdownSchema.safeParse(march).success).toBe(true);
    // a month stands for its last day
    expect(breakdownFromClaims(claims, { valid: "2025-03" })).toEqual(march);
  });

  it("never sets an older figure beside a newer one unless asked to", () => {
    const april = breakdownFromClaims(claims, { valid: "2025-04-30" });
    expect(april.wounded).toBe("not-reported");
    expect(reconcileCasualties(april).breakdown.wounded).toEqual(approx(4100, "person"));
    expect(breakdownFromClaims(claims, { valid: "2025-04-30", maxAgeDays: 30 }).wounded).toEqual(p(3500));
    expect(breakdownFromClaims(claims, { valid: "2025-04-15" })).toEqual({
      killed: "not-reported",
      wounded: "not-reported",
      missing: "not-reported",
      captured: "not-reported",
      total: "not-reported",
      includes: ["killed", "wounded", "missing", "captured"],
    });
  });

  it("reads the claims as known at a time, without hindsight", () => {
    expect(breakdownFromClaims(claims, { valid: "2025-03-31", known: "2025-03-30" }).total).toBe("not-reported");
    const corrected = casualty("mar-casualties-corrected", "casualties", p(4100), "2025-03-31", {
      indicator: marchTotal.indicator,
      reportedAt: "2025-04-05",
    });
    expect(breakdownFromClaims([...claims, corrected], { valid: "2025-03-31", known: "2025-04-01" }).total).toEqual(p(4000));
    expect(breakdownFromClaims([...claims, corrected], { valid: "2025-03-31" }).total).toEqual(p(4100));
  });

  it("counts only assertions: plans, projections and restatements are passed over, as are other measures", () => {
    const projected = casualty("projected", "killed", p(9000), "2025-03-31", { modality: "projected" });
    const restated = casualty("restated", "wounded", p(3600), "2025-03-31", { restates: "mar-wounded", attribution: { originator: ministry } });
    const deployed = { ...marchKilled, id: "deployed", indicator: { subject: "zz-forces", measure: "deployed", unit: "person" } } as const;
    const other = { ...deployed, id: "elsewhere", indicator: { ...deployed.indicator, subject: "aa" }, attribution: { originator: ministry } };
    expect(breakdownFromClaims([...claims, projected, restated, deployed, other], { valid: "2025-03-31" })).toEqual(breakdownFromClaims(claims, { valid: "2025-03-31" }));
  });

  it("takes the parts the total counts from its claim, or from the query when the claim lists none", () => {
    const all = casualty("all", "casualties", p(4700), "2025-05-31");
    expect(breakdownFromClaims([all], { valid: "2025-05-31", includes: ["wounded", "killed"] }).includes).toEqual(["killed", "wounded"]);
    expect(breakdownFromClaims([all], { valid: "2025-05-31", includes: ["killed", "wounded", "missing", "captured"] }).includes).toEqual(["killed", "wounded", "missing", "captured"]);
    expect(breakdownFromClaims(claims, { valid: "2025-03-31", includes: ["wounded", "killed"] }).includes).toEqual(["killed", "wounded"]);
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "2025-03-31", includes: ["killed"] }), "invalid-option", /query\.includes differs from the parts mar-casualties counts \(killed, wounded\)/);
    expect(breakdownFromClaims([], { valid: "2025-01-01", includes: ["killed"] }).includes).toEqual(["killed"]);
  });

  it("assumes no definition of a total whose claim lists none: without query.includes it is refused", () => {
    // 600 killed and 4,700 casualties of killed and wounded are 4,100 wounded; read as all four parts,
    // with 50 missing and none captured, they would be 4,050
    const total = casualty("total", "casualties", p(4700), "2025-05-31");
    const parts = [total, casualty("k", "killed", p(600), "2025-05-31"), casualty("m", "missing", p(50), "2025-05-31"), casualty("c", "captured", p(0), "2025-05-31")];
    expectFogcountError(
      () => breakdownFromClaims(parts, { valid: "2025-05-31" }),
      "invalid-option",
      /breakdownFromClaims: query\.includes must be given: total does not list the parts it counts \(indicator\.includes\), and sources differ in the parts a casualty total counts \(some count only killed and wounded\): say which, as query\.includes, got undefined/,
    );
    expect(reconcileCasualties(breakdownFromClaims(parts, { valid: "2025-05-31", includes: ["killed", "wounded"] })).breakdown.wounded).toEqual(p(4100));
    // with no total in force, includes is all four: a total derived from the parts counts them all
    expect(breakdownFromClaims(parts, { valid: "2025-05-30" }).includes).toEqual(["killed", "wounded", "missing", "captured"]);
  });

  it("refuses claims of several originators, subjects, scopes or units, and two definitions of the total at once", () => {
    const rival = { ...marchKilled, id: "rival", attribution: { originator: ministry } };
    expectFogcountError(() => breakdownFromClaims([marchKilled, rival], { valid: "2025-03-31" }), "mixed-breakdown", /more than one originator \("xx-spy" in mar-killed, "yy-mod" in rival\)/);
    const subject = { ...marchKilled, id: "s", indicator: { ...marchKilled.indicator, subject: "other" } };
    expectFogcountError(() => breakdownFromClaims([marchKilled, subject], { valid: "2025-03-31" }), "mixed-breakdown", /more than one subject/);
    const scope = { ...marchKilled, id: "s", indicator: { ...marchKilled.indicator, scope: "Kursk" } };
    expectFogcountError(() => breakdownFromClaims([marchKilled, scope], { valid: "2025-03-31" }), "mixed-breakdown", /more than one scope/);
    const unit = { ...marchKilled, id: "u", indicator: { ...marchKilled.indicator, unit: "soldier" }, estimate: approx(500, "soldier") };
    expectFogcountError(() => breakdownFromClaims([marchKilled, unit], { valid: "2025-03-31" }), "mixed-breakdown", /more than one unit/);
    const allFour = casualty("all-four", "casualties", p(4100), "2025-03-31");
    expectFogcountError(() => breakdownFromClaims([...claims, allFour], { valid: "2025-03-31" }), "mixed-breakdown", /two totals that count different parts/);
    // at another time, one definition is in force
    expect(breakdownFromClaims([...claims, allFour], { valid: "2025-04-30" }).total).toEqual(p(4700));
  });

  it("refuses a flow or an increment, and a count below zero", () => {
    const week = casualty("week", "killed", p(40), "2025-03-24/2025-03-30", { indicator: { subject: "zz-forces", measure: "killed", unit: "person", aggregation: "flow" } });
    expectFogcountError(() => breakdownFromClaims([...claims, week], { valid: "2025-03-31" }), "not-a-stock", /week is a flow, not a stock/);
    // claim() refuses it; a claim read from JSON is a plain object
    const negative = { ...casualty("neg", "killed", p(5), "2025-03-31"), estimate: p(-5) };
    expectFogcountError(() => breakdownFromClaims([negative], { valid: "2025-03-31" }), "invalid-claim", /claims\[0\]\.estimate is a count of people \(killed\), which cannot go below zero/);
  });

  it("checks its arguments", () => {
    expectFogcountError(() => breakdownFromClaims(null as never, { valid: "2025-03-31" }), "invalid-argument", /breakdownFromClaims: claims must be an array/);
    // eslint-disable-next-line no-sparse-arrays
    expectFogcountError(() => breakdownFromClaims([marchKilled, , aprilKilled] as never, { valid: "2025-03-31" }), "invalid-claim", /claims\[1\]/);
    expectFogcountError(() => breakdownFromClaims([marchKilled, marchKilled], { valid: "2025-03-31" }), "duplicate-claim-id", /claims\[1\] has the id "mar-killed" of claims\[0\]/);
    expectFogcountError(() => breakdownFromClaims(claims, undefined as never), "invalid-option", /query\.valid must be given/);
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "2025-03-31", know: "2025-04-01" } as never), "invalid-option", /query\.know is not an option/);
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "31 March" }), "invalid-as-of");
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "2025-03-31", known: "2025/.." }), "invalid-as-of");
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "2025-03-31", maxAgeDays: -1 }), "invalid-option", /maxAgeDays/);
    expectFogcountError(() => breakdownFromClaims(claims, { valid: "2025-03-31", includes: ["killed", "killed"] as never }), "invalid-option", /query\.includes must list distinct parts/);
    expectFogcountError(() => breakdownFromClaims(claims, [] as never), "invalid-option");
  });
});
