// checkDataset, datasetClaims and datasetFromClaims: their arguments, and the seed dataset.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { checkDataset, DATASET_FORMAT, DATASET_RULES, datasetClaims, datasetFromClaims, parseDataset } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import { approx } from "../../src/estimate/constructors.js";
import { nisBriefing2025Claims, nisBriefing2025Dataset, nisBriefing2025Sources } from "../../src/fixtures/index.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { claimOf, datasetOf, META } from "./build.js";

const seed = deepFreeze(JSON.parse(JSON.stringify(nisBriefing2025Dataset)) as Dataset);

describe("the seed dataset", () => {
  it("lists each source once and names it by id", () => {
    expect(seed.format).toBe(DATASET_FORMAT);
    // the sources of the claims, then the aggregate originator of the ledger's "U.S. and South Korean intelligence"
    expect(seed.sources.slice(0, nisBriefing2025Sources.length)).toEqual([...nisBriefing2025Sources]);
    expect(seed.sources.slice(nisBriefing2025Sources.length).map((s) => [s.id, s.countries])).toEqual([["us-kr-intelligence", ["US", "KR"]]]);
    const relayed = seed.claims.find((c) => c.id === "nis-2025-04-casualties");
    expect(relayed?.attribution.originator).toBe("kr-nis");
    expect(relayed?.attribution.relay).toEqual([
      { kind: "channel", channel: "briefing", closed: true, name: "closed-door briefing with lawmakers", date: "2025-04-30" },
      { kind: "intermediary", source: "kr-lee-seong-kweun", date: "2025-04-30" },
    ]);
  });

  it("has the claims of the briefing as they are, the two waves a wave and an increment", () => {
    const claims = datasetClaims(seed);
    expect(claims.map((c) => c.id)).toEqual(nisBriefing2025Claims.map((c) => c.id));
    expect(claims.filter((c, i) => !isDeepStrictEqual(c, nisBriefing2025Claims[i]))).toEqual([]);
    expect(["nis-2024-autumn-deployed", "nis-2023-early-deployed"].map((id) => claims.find((c) => c.id === id)?.indicator.aggregation)).toEqual(["flow", "increment"]);
    // about 2,000 repatriated between January and March: how many went over the quarter, a flow, not a level
    expect(claims.find((c) => c.id === "nis-2025-q1-repatriated")?.indicator.aggregation).toBe("flow");
    expect(claims.find((c) => c.id === "nis-2023-early-deployed")?.text).toBe("Approximately 3,000 additional troops were dispatched in early 2023.");
  });

  it("checks with one finding: the early 2023 increment, and nothing else", () => {
    const findings = checkDataset(seed);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([["increment-before-wave", "error", ["claims", 7, "validTime"]]]);
    expect(findings[0]?.message).toBe(
      "nis-2023-early-deployed adds approximately 3,000 people to kp-forces-in-russia deployed, dated 2023-01/2023-04 (January–April 2023): before nis-2024-autumn-deployed, the first wave it adds to, dated 2024-23 (autumn 2024). A slipped year?",
    );
  });

  it("finds nothing once the year reads 2025, in the claim and in the wave read from it", () => {
    const early = "nis-2023-early-deployed";
    const claims = seed.claims.map((c) => (c.id === early ? { ...c, validTime: "2025-01/2025-04" } : c));
    const deployments = seed.deployments.map((w) => (w.id === early ? { ...w, period: "2025-01/2025-04" } : w));
    expect(checkDataset({ ...seed, claims, deployments })).toEqual([]);
    // the wave still dated 2023 is the slip, now in the wave alone
    expect(checkDataset({ ...seed, claims }).map((f) => [f.code, f.path.join(".")])).toEqual([["increment-before-wave", "deployments.1.period"]]);
  });
});

describe("checkDataset's arguments", () => {
  it("refuses a value that is not a dataset, naming the first problem, its path and value", () => {
    expectFogcountError(() => checkDataset(null as never), "invalid-dataset", /^checkDataset: dataset must be a dataset: an object with format, metadata, sources and claims, got null$/);
    const wrong = datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "exact", value: "1", unit: "person" } })]);
    expectFogcountError(() => checkDataset(wrong as never), "invalid-dataset", /^checkDataset: dataset\.claims\[0\]\.estimate\.value must be a number, got "1"$/);
    expectFogcountError(() => checkDataset({ format: "fogcount-dataset/9" } as never), "invalid-dataset", /dataset\.format is version 9/);
  });

  it("reads a dataset document that parseDataset would read, not only its result", () => {
    expect(checkDataset(datasetOf([claimOf("a", -1, "2025-01-31")]) as never).map((f) => f.code)).toEqual(["invalid-interval"]);
  });

  it("refuses options it does not take", () => {
    const d = datasetOf([]) as never;
    expectFogcountError(() => checkDataset(d, null as never), "invalid-option", /checkDataset: options must be an object/);
    expectFogcountError(() => checkDataset(d, { rule: {} } as never), "invalid-option", /options\.rule is not an option \(rules, cumulativeMeasures\)/);
    expectFogcountError(() => checkDataset(d, { rules: [] } as never), "invalid-option", /options\.rules must be an object of rule codes and severities/);
    expectFogcountError(() => checkDataset(d, { rules: { "no-such-rule": "off" } } as never), "invalid-option", /options\.rules\.no-such-rule must be one of "invalid-interval"/);
    expectFogcountError(() => checkDataset(d, { rules: { "unit-mismatch": "info" } } as never), "invalid-option", /options\.rules\["unit-mismatch"\] must be one of "error", "warning", "off", got "info"/);
    expectFogcountError(() => checkDataset(d, { cumulativeMeasures: "killed" } as never), "invalid-option", /options\.cumulativeMeasures must be a list of measures/);
    expectFogcountError(() => checkDataset(d, { cumulativeMeasures: ["kia"] } as never), "invalid-option", /options\.cumulativeMeasures\[0\] is neither in MEASURES/);
  });

  it("lists every rule once, with its severity", () => {
    expect(new Set(DATASET_RULES.map((r) => r.code)).size).toBe(DATASET_RULES.length);
    expect(DATASET_RULES.every((r) => r.severity === "error" || r.severity === "warning")).toBe(true);
  });
});

describe("datasetClaims", () => {
  it("gives the claims with their sources in place", () => {
    const claims = datasetClaims(parseDataset(datasetOf([claimOf("a", 1, "2025-04-30", { attribution: { originator: "xx-spy", relay: [{ kind: "intermediary", source: "xx-lawmaker" }] } })])));
    expect(claims[0]?.attribution).toEqual({
      originator: { id: "xx-spy", kind: "intelligence-agency", name: "Example Intelligence Service", country: "KR" },
      relay: [{ kind: "intermediary", source: { id: "xx-lawmaker", kind: "lawmaker", name: "A. Lawmaker", country: "KR" } }],
    });
  });

  it("refuses a value that is not a dataset", () => {
    expectFogcountError(() => datasetClaims({ format: DATASET_FORMAT, metadata: META, claims: [claimOf("a", 1, "2025-01-31")] } as never), "invalid-dataset", /datasetClaims: dataset\.claims\[0\]\.attribution\.originator names the source "xx-spy", which is not in sources/);
  });
});

describe("datasetFromClaims", () => {
  const spy = source("xx-spy", "intelligence-agency", "Example Intelligence Service", { country: "KR" });
  const base = { indicator: { subject: "xx-forces", measure: "killed", unit: "person" }, validTime: "2025-04-30", reportedAt: "2025-04-30", attribution: { originator: spy } } as const;
  const a = deepFreeze(claim({ ...base, id: "a", estimate: approx(600, "person") }));

  it("collects the sources and names them by id, and reads back through parseDataset", () => {
    const d = datasetFromClaims([a], { ...META, url: "https://example.org/data", description: "Figures" });
    expect(d.sources).toEqual([spy]);
    expect(parseDataset(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it("holds copies of its own: editing the claims given afterwards changes nothing in it", () => {
    const mine = { ...base, id: "m", estimate: { kind: "exact" as const, value: 100, unit: "person" }, attribution: { originator: { ...spy } } };
    const d = datasetFromClaims([mine as never], META);
    const before = JSON.stringify(d);
    mine.estimate.value = 10;
    mine.attribution.originator.name = "Renamed";
    expect(JSON.stringify(d)).toBe(before);
  });

  it("refuses two different sources with one id", () => {
    const other = deepFreeze(claim({ ...base, id: "b", estimate: approx(700, "person"), attribution: { originator: { ...spy, name: "Another" } } }));
    expectFogcountError(() => datasetFromClaims([a, other], META), "source-conflict", /datasetFromClaims: claims\[1\]\.attribution\.originator is the source "xx-spy" with other fields than claims\[0\]\.attribution\.originator, got \{"id":"xx-spy"/);
  });

  it("refuses two claims with one id, a claim that is not one, and links to claims not in the list", () => {
    expectFogcountError(() => datasetFromClaims([a, a], META), "duplicate-claim-id", /claims\[1\] has the id "a" of claims\[0\]/);
    expectFogcountError(() => datasetFromClaims([{ ...a, validTime: "1 May" }], META), "invalid-claim", /claims\[0\]\.validTime/);
    expectFogcountError(() => datasetFromClaims([{ ...a, restates: "zz" }], META), "invalid-argument", /claims\[0\]\.restates names the claim "zz", which is not in claims, got "zz"/);
    const loop = [
      { ...a, id: "x", restates: "y" },
      { ...a, id: "y", restates: "x" },
    ];
    expectFogcountError(() => datasetFromClaims(loop, META), "invalid-argument", /claims\[0\]\.restates runs into a cycle of restatements: "x" restates a claim that, through restates, restates it, and a restatement repeats an original, got "y"/);
    expectFogcountError(() => datasetFromClaims("claims" as never, META), "invalid-argument", /claims must be a list of claims/);
  });

  it("refuses metadata it cannot write", () => {
    expectFogcountError(() => datasetFromClaims([], null as never), "invalid-argument", /metadata must be an object/);
    expectFogcountError(() => datasetFromClaims([], { ...META, license: "MIT" } as never), "invalid-argument", /metadata\.license is not a metadata field/);
    expectFogcountError(() => datasetFromClaims([], { ...META, title: " " }), "invalid-argument", /metadata\.title must be non-empty text/);
    expectFogcountError(() => datasetFromClaims([], { ...META, date: "2025-02-30" }), "invalid-argument", /metadata\.date must be an ISO calendar date/);
    expectFogcountError(() => datasetFromClaims([], { ...META, description: 5 } as never), "invalid-argument", /metadata\.description must be text/);
    expectFogcountError(() => datasetFromClaims([], { ...META, url: "ftp://x" }), "invalid-argument", /metadata\.url must be an http or https URL/);
  });
});
