import { describe, expect, it } from "vitest";

import { deploymentTotal, netPresence } from "../../src/deployment/index.js";
import { derive, explain, figure } from "../../src/explain/index.js";
import { nisBriefing2025Claims, nisBriefing2025Deployments } from "../../src/fixtures/index.js";
import { approx, atLeast, atMost, exact, range } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";
import { NIS } from "./waves.js";

const by = (id: string) => nisBriefing2025Claims.find((c) => c.id === id) as Claim;
const deployed = deploymentTotal(nisBriefing2025Deployments, { asOf: "2025-04-30" });
const killed = by("nis-2025-04-killed");
const wounded = derive.subtract(by("nis-2025-04-casualties"), killed, { label: "wounded" });
const repatriated = by("nis-2025-q1-repatriated");

describe("netPresence on the seed", () => {
  it("gives no captured or missing, so reaches down to zero: up to about 12,400 remain, never 8,300–12,400", () => {
    const { naive, aware } = netPresence({ deployed, killed, wounded, repatriated }, { label: "troops still there" });
    expect(aware.estimate).toEqual(atMost(12_400, "person", { approx: true }));
    expect(naive.estimate).toEqual(atMost(8300, "person", { approx: true }));
    expect(explain(aware, NIS).split("\n")[0]).toBe(
      "up to about 12,400 troops still there = about 13,000–15,000 troops − approximately 600 killed (NIS, 30 April 2025) − around 2,000 repatriated (NIS, January–March 2025) − up to about 2,100 wounded who may have left " +
        "(of the wounded, at least the repatriated and at most all have left; never below zero; captured and missing not given: how many of them left is not said (not zero), so as few as none may remain)",
    );
  });

  // as if a source had said that none were captured or missing
  const none = { captured: exact(0, "person"), missing: exact(0, "person") };
  const { naive, aware } = netPresence({ deployed, killed, wounded, repatriated, ...none }, { label: "troops still there" });

  it("subtracting the repatriated and the wounded they are among counts them twice: 6,300–8,300", () => {
    expect(naive.estimate).toEqual(range(6300, 8300, "person", { approx: true }));
    expect(explain(naive, NIS).split("\n")[0]).toBe(
      "about 6,300–8,300 troops still there = about 13,000–15,000 troops − approximately 600 killed (NIS, 30 April 2025) − 0 captured − 0 missing − about 4,100 wounded − around 2,000 repatriated (NIS, January–March 2025) " +
        "(every count subtracted as a separate group: the repatriated, who are among the wounded, are subtracted twice; never below zero)",
    );
  });

  it("counting them once, with the other wounded anywhere from none to all gone, leaves 8,300–12,400", () => {
    expect(aware.estimate).toEqual(range(8300, 12_400, "person", { approx: true }));
    const lines = explain(aware, NIS).split("\n");
    expect(lines[0]).toBe(
      "about 8,300–12,400 troops still there = about 13,000–15,000 troops − approximately 600 killed (NIS, 30 April 2025) − 0 captured − 0 missing − around 2,000 repatriated (NIS, January–March 2025) − up to about 2,100 wounded who may have left " +
        "(of the wounded, at least the repatriated and at most all have left; never below zero)",
    );
    expect(lines).toContain("  where up to about 2,100 wounded who may have left = about 2,100 wounded not repatriated × 0–100% share who left, not said");
  });

  it("the aware answer holds every reading of the sources; the naive one only its own", () => {
    for (const left of [2000, 3000, 4100]) {
      for (const sent of [13_000, 15_000]) {
        const there = sent - 600 - left;
        expect(there).toBeGreaterThanOrEqual(8300);
        expect(there).toBeLessThanOrEqual(12_400);
      }
    }
    expect(naive.estimate.kind === "range" && naive.estimate.high).toBe(8300);
  });
});

describe("netPresence", () => {
  it("takes claims of the measure of their count, asserted, and estimates and derived figures as given", () => {
    const sent = by("nis-2024-autumn-deployed");
    // as if a source had said none were captured or missing, and every wounded was repatriated
    const none = { captured: exact(0, "person"), missing: exact(0, "person"), wounded: approx(2000, "person") };
    expect(netPresence({ deployed: sent, killed, repatriated, ...none }).aware.estimate).toEqual(range(7400, 9400, "person", { approx: true }));
    expect(netPresence({ deployed: { ...sent, indicator: { ...sent.indicator, measure: "present" } }, killed: figure(killed), ...none }).aware.estimate.kind).toBe("range");
    expect(netPresence({ deployed: approx(12_000, "person"), killed: approx(600, "person"), wounded, captured: none.captured, missing: none.missing }).aware.estimate.kind).toBe("range");
  });

  it("reads no count left out as zero: 10,000 deployed and 500 killed leave at most 9,500, not 9,500", () => {
    const { naive, aware } = netPresence({ deployed: exact(10_000, "person"), killed: exact(500, "person") });
    expect(aware.estimate).toEqual(atMost(9500, "person"));
    expect(naive.estimate).toEqual(atMost(9500, "person"));
    expect(aware.derivation).toMatchObject({ note: "every count a separate group of people who left; never below zero; captured, missing and wounded not given: how many of them left is not said (not zero), so as few as none may remain" });
    // given, each count closes the low end; a source's "none" is exact(0)
    const all = { killed: exact(500, "person"), captured: exact(0, "person"), missing: exact(0, "person"), wounded: exact(0, "person") };
    expect(netPresence({ deployed: exact(10_000, "person"), ...all }).aware.estimate).toEqual(exact(9500, "person"));
    for (const left of ["killed", "captured", "missing", "wounded"] as const) {
      const { [left]: _, ...rest } = all;
      expect(netPresence({ deployed: exact(10_000, "person"), ...rest }).aware.estimate.kind).toBe("atMost");
    }
  });


  it("gives the same numbers twice when no count overlaps", () => {
    const { naive, aware } = netPresence({ deployed: exact(10_000, "person"), killed: exact(600, "person"), captured: exact(2, "person"), missing: range(0, 50, "person"), repatriated: exact(1000, "person") });
    expect(naive.estimate).toEqual(atMost(8398, "person"));
    expect(aware.estimate).toEqual(naive.estimate);
    expect(aware.derivation).toMatchObject({ note: "every count a separate group of people who left; never below zero; wounded not given: how many of them left is not said (not zero), so as few as none may remain" });
    const told = netPresence({ deployed: exact(10_000, "person"), killed: exact(600, "person"), captured: exact(2, "person"), missing: range(0, 50, "person"), wounded: exact(0, "person") });
    expect(told.naive.estimate).toEqual(range(9348, 9398, "person"));
    expect(told.aware.estimate).toEqual(told.naive.estimate);
  });

  it("reads wounded without repatriated as anywhere from none to all gone", () => {
    const none = { killed: exact(0, "person"), captured: exact(0, "person"), missing: exact(0, "person") };
    const { naive, aware } = netPresence({ deployed: exact(10_000, "person"), wounded: exact(4000, "person"), ...none });
    expect(naive.estimate).toEqual(exact(6000, "person"));
    expect(aware.estimate).toEqual(range(6000, 10_000, "person"));
    expect(aware.derivation).toMatchObject({ note: "of the wounded, none to all have left; never below zero" });
    const alone = netPresence({ deployed: exact(10_000, "person"), wounded: exact(4000, "person") });
    expect([alone.naive.estimate, alone.aware.estimate]).toEqual([atMost(6000, "person"), atMost(10_000, "person")]);
    expect(alone.aware.derivation).toMatchObject({ note: "of the wounded, none to all have left; never below zero; killed, captured and missing not given: how many of them left is not said (not zero), so as few as none may remain" });
  });

  it("is never below zero, and open-ended counts leave no lower bound above zero", () => {
    expect(netPresence({ deployed: range(1000, 5000, "person"), killed: atLeast(600, "person") }).aware.estimate).toEqual({ kind: "atMost", value: 4400, strict: false, unit: "person" });
    const none = { killed: exact(0, "person"), captured: exact(0, "person"), missing: exact(0, "person") };
    expect(netPresence({ deployed: exact(1000, "person"), wounded: exact(800, "person"), repatriated: exact(800, "person"), ...none }).naive.estimate).toEqual(exact(0, "person"));
    expect(netPresence({ deployed: exact(1000, "person"), wounded: exact(800, "person"), repatriated: exact(800, "person"), ...none }).aware.estimate).toEqual(exact(200, "person"));
  });

  it("labels each subtracted figure by its count, and says which counts were not given", () => {
    const { naive, aware } = netPresence({ deployed: exact(10_000, "person"), killed: exact(600, "person"), missing: exact(50, "person") });
    expect(explain(naive)).toBe("up to 9,350 = 10,000 − 600 killed − 50 missing (every count subtracted as a separate group; never below zero; captured and wounded not given: how many of them left is not said (not zero), so as few as none may remain)");
    expect(explain(aware)).toBe("up to 9,350 = 10,000 − 600 killed − 50 missing (every count a separate group of people who left; never below zero; captured and wounded not given: how many of them left is not said (not zero), so as few as none may remain)");
    expect(explain(netPresence({ deployed: exact(10_000, "person"), wounded: exact(400, "person") }).naive).split(" (")[0]).toBe("up to 9,600 = 10,000 − 400 wounded");
  });

  it("takes the label of deployed unless given one", () => {
    expect(netPresence({ deployed, killed }).aware.label).toBe("troops");
    expect(netPresence({ deployed: approx(100, "person") }).aware.label).toBeUndefined();
  });

  it.each<[string, () => unknown, string, RegExp]>([
    ["counts that are not an object", () => netPresence(null as never), "invalid-argument", /netPresence: counts must be an object of counts, got null/],
    ["no deployed", () => netPresence({ killed } as never), "invalid-argument", /counts\.deployed is required/],
    ["a count it does not read", () => netPresence({ deployed, casualties: killed } as never), "invalid-argument", /counts\.casualties is not a count netPresence reads \(deployed, killed, captured, missing, wounded, repatriated\)/],
    ["a count that is not one", () => netPresence({ deployed, killed: "600" as never }), "invalid-argument", /counts\.killed/],
    ["a count below zero", () => netPresence({ deployed, killed: exact(-1, "person") }), "invalid-argument", /counts\.killed must not go below zero/],
    ["counts in two units", () => netPresence({ deployed, killed: exact(1, "soldier") }), "unit-mismatch", /counts\.killed is in "soldier", not "person"/],
    ["more repatriated than wounded", () => netPresence({ deployed, wounded: exact(100, "person"), repatriated: exact(200, "person") }), "part-exceeds-whole", /the repatriated \(at least 200\) exceed the wounded they are among \(at most 100\)/],
    ["more gone than sent", () => netPresence({ deployed: exact(100, "person"), killed: exact(200, "person") }), "departures-exceed-deployed", /those who left \(at least 200\) outnumber those deployed \(at most 100\)/],
    ["an unknown option", () => netPresence({ deployed }, { lable: "x" } as never), "invalid-option", /options\.lable is not an option/],
    ["an empty label", () => netPresence({ deployed }, { label: " " }), "invalid-option", /options\.label must be non-empty text/],
    ["a planned deployed claim", () => netPresence({ deployed: { ...by("nis-2024-autumn-deployed"), modality: "planned" }, killed }), "invalid-argument", /counts\.deployed\.modality must be asserted: a plan or projection is not people sent or gone, got "planned"/],
    ["a casualties claim as deployed", () => netPresence({ deployed: by("nis-2025-04-casualties") }), "invalid-argument", /counts\.deployed\.indicator\.measure must be deployed or present or laborers for the deployed, got "casualties"/],
    ["a wounded claim as killed", () => netPresence({ deployed, killed: { ...killed, indicator: { ...killed.indicator, measure: "wounded" } } }), "invalid-argument", /counts\.killed\.indicator\.measure must be killed for the killed, got "wounded"/],
    ["a casualties claim as killed", () => netPresence({ deployed, killed: by("nis-2025-04-casualties") }), "invalid-argument", /counts\.killed\.indicator\.measure must be killed/],
    ["a killed claim as repatriated", () => netPresence({ deployed, repatriated: killed }), "invalid-argument", /counts\.repatriated\.indicator\.measure must be repatriated/],
    ["a killed claim as captured", () => netPresence({ deployed, captured: killed }), "invalid-argument", /counts\.captured\.indicator\.measure must be captured/],
    ["a killed claim as missing", () => netPresence({ deployed, missing: killed }), "invalid-argument", /counts\.missing\.indicator\.measure must be missing/],
    ["a killed claim as wounded", () => netPresence({ deployed, wounded: killed }), "invalid-argument", /counts\.wounded\.indicator\.measure must be wounded/],
    ["a projected killed claim", () => netPresence({ deployed, killed: { ...killed, modality: "projected" } }), "invalid-argument", /counts\.killed\.modality must be asserted/],
    ["a restatement", () => netPresence({ deployed, killed: { ...killed, id: "k2", restates: killed.id } }), "invalid-argument", /counts\.killed\.restates must be left out/],
    ["a figure that is a planned claim", () => netPresence({ deployed: figure({ ...by("nis-2024-autumn-deployed"), modality: "planned" }) }), "invalid-argument", /counts\.deployed\.derivation\.claim\.modality must be asserted/],
  ])("refuses %s", (_name, fn, code, message) => {
    expectFogcountError(fn, code, message);
  });
});
