// The sections past sources and claims: parties, casualty breakdowns,
// deployments and ledgers — their references, their rooms' rules, and the
// functions that hand them to their rooms.
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import { datasetBreakdowns, datasetDeployments, datasetFromClaims, datasetLedgers, parseDataset, safeParseDataset } from "../../src/dataset/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import { problemOf } from "../../src/dataset/issues.js";
import { deploymentTotal } from "../../src/deployment/index.js";
import { formatEstimate } from "../../src/estimate/index.js";
import {
  nisBriefing2025CasualtiesApril,
  nisBriefing2025Claims,
  nisBriefing2025Dataset,
  nisBriefing2025Deployments,
  nisBriefing2025Ledger,
} from "../../src/fixtures/index.js";
import { balance } from "../../src/ledger/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { META } from "./build.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The seed dataset as a file holds it, to edit. */
const seedJson = (): Json => JSON.parse(JSON.stringify(nisBriefing2025Dataset)) as Json;

/** The problems of a document as `[code, path, message]`. */
function problems(json: unknown): [string, string, string][] {
  const result = safeParseDataset(deepFreeze(json));
  if (result.success) return [];
  return result.error.issues.map((issue) => problemOf(issue, json)).map((p) => [p.code, p.path.join("."), p.message]);
}

describe("the seed dataset's parts", () => {
  const seed = parseDataset(deepFreeze(seedJson()));

  it("names the two parties, the breakdowns, the waves and the ledger by id", () => {
    expect(seed.parties).toEqual([
      { id: "kp", code: "KP", name: "North Korea" },
      { id: "ru", code: "RU", name: "Russia" },
    ]);
    expect(seed.casualtyBreakdowns.map((b) => [b.id, b.party, b.claims])).toEqual([
      ["nis-2025-04-breakdown", "kp", { killed: "nis-2025-04-killed", total: "nis-2025-04-casualties" }],
      ["nis-2025-01-breakdown", "kp", { killed: "nis-2025-01-killed", wounded: "nis-2025-01-wounded" }],
    ]);
    expect(seed.deployments.map((d) => [d.id, d.attribution.originator, d.claim])).toEqual([
      ["nis-2024-autumn-deployed", "kr-nis", "nis-2024-autumn-deployed"],
      ["nis-2023-early-deployed", "kr-nis", "nis-2023-early-deployed"],
    ]);
    expect(seed.ledgers.map((l) => [l.id, l.parties, l.entries.length, l.valuations.length])).toEqual([["kp-ru-exchange", ["kp", "ru"], 9, 1]]);
    const cash = seed.ledgers[0]?.entries.find((e) => e.category === "cash");
    expect([cash?.evidence, cash?.value, cash?.attribution.originator]).toEqual(["none-observed", undefined, "kr-nis"]);
  });

  it("hands each part to its room as the fixtures hold it", () => {
    expect(datasetBreakdowns(seed)[0]?.breakdown).toEqual(nisBriefing2025CasualtiesApril);
    expect(datasetDeployments(seed)).toEqual([...nisBriefing2025Deployments]);
    const [{ ledger } = { ledger: undefined }] = datasetLedgers(seed);
    expect(ledger).toEqual({ ...nisBriefing2025Ledger });
  });

  it("gives the rooms' answers: about 4,100 wounded, 13,000-15,000 troops, a balance with the cash not observed", () => {
    const wounded = reconcileCasualties(datasetBreakdowns(seed)[0]?.breakdown as never).breakdown.wounded;
    expect(typeof wounded === "string" ? wounded : formatEstimate(wounded)).toBe("about 4,100");
    expect(formatEstimate(deploymentTotal(datasetDeployments(seed), { asOf: "2025-04-30" }).estimate)).toBe("about 13,000–15,000");
    const b = balance((datasetLedgers(seed)[0] as { ledger: Parameters<typeof balance>[0] }).ledger);
    expect(b.noneObserved.map((e) => [e.from, e.to, e.category])).toEqual([["RU", "KP", "cash"]]);
  });
});

describe("references between the parts", () => {
  it("refuses a reference to an id that is not there, for every kind of reference", () => {
    const json = seedJson();
    json["casualtyBreakdowns"][0].party = "kr";
    json["casualtyBreakdowns"][0].claims.killed = "nis-2025-04-dead";
    json["deployments"][1].adds = "nis-2024-spring-deployed";
    json["deployments"][0].claim = "nis-autumn";
    json["deployments"][0].attribution.originator = "nis";
    json["ledgers"][0].parties[1] = "rus";
    json["ledgers"][0].entries[0].claims[0] = "troops";
    json["ledgers"][0].valuations[0].attribution.originator = "kr-spy";
    expect(problems(json).map(([code, path]) => [code, path])).toEqual([
      ["dangling-reference", "casualtyBreakdowns.0.party"],
      ["dangling-reference", "casualtyBreakdowns.0.claims.killed"],
      ["dangling-reference", "deployments.0.attribution.originator"],
      ["dangling-reference", "deployments.0.claim"],
      ["dangling-reference", "deployments.1.adds"],
      ["dangling-reference", "ledgers.0.parties.1"],
      ["dangling-reference", "ledgers.0.entries.0.claims.0"],
      ["dangling-reference", "ledgers.0.valuations.0.attribution.originator"],
    ]);
    expect(problems(json)[0]?.[2]).toBe('names the party "kr", which is not in parties');
  });

  it("refuses ids used twice in a section, or in one ledger across entries and valuations", () => {
    const json = seedJson();
    json["parties"][1].id = "kp";
    json["ledgers"][0].valuations[0].id = json["ledgers"][0].entries[2].id;
    expect(problems(json).filter(([code]) => code === "duplicate-id")).toEqual([
      ["duplicate-id", "parties.1.id", 'repeats the id "kp" of parties[0]: ids are unique within a section (give each party an id of its own, or keep just one if they are the same party)'],
      ["duplicate-id", "ledgers.0.valuations.0.id", `repeats the id ${JSON.stringify(json["ledgers"][0].entries[2].id)} of ledgers[0].entries[2]: ids are unique within a ledger (give each entry and valuation an id of its own, or keep just one if they are the same)`],
    ]);
  });

  it("refuses waves that add to one another in a circle", () => {
    const json = seedJson();
    json["deployments"][0].adds = "nis-2023-early-deployed";
    expect(problems(json)).toEqual([
      ["deployment-cycle", "deployments.1", "nis-2023-early-deployed adds to or replaces nis-2024-autumn-deployed, which through adds and replaces comes back to it: waves cannot go in a circle"],
    ]);
  });

  it("refuses a wave that adds to or replaces a wave of another route, category or unit", () => {
    const json = seedJson();
    json["deployments"][1].from = "CN";
    expect(problems(json)).toEqual([
      [
        "wave-mismatch",
        "deployments.1.adds",
        'nis-2023-early-deployed (CN→RU troops in "person") adds to nis-2024-autumn-deployed (KP→RU troops in "person"): a wave adds to or replaces a wave of its own route, category and unit',
      ],
    ]);
    const replaced = seedJson();
    replaced["deployments"][1].adds = undefined;
    replaced["deployments"][1].replaces = ["nis-2024-autumn-deployed"];
    replaced["deployments"][1].category = "laborers";
    expect(problems(replaced).map(([code, path]) => [code, path])).toEqual([["wave-mismatch", "deployments.1.replaces"]]);
  });

  it("refuses a misspelt section or field of a part, naming it", () => {
    expect(problems({ format: "fogcount-dataset/1", metadata: META, waves: [] })).toEqual([["invalid-dataset", "waves", "is spelled deployments in a dataset"]]);
    const json = seedJson();
    json["deployments"][0].replace = "x";
    json["ledgers"][0].entries[0].quantty = 1;
    json["parties"][0].country = "KP";
    expect(problems(json).map(([code, path]) => [code, path])).toEqual([
      ["invalid-dataset", "parties.0.country"],
      ["invalid-dataset", "deployments.0.replace"],
      ["invalid-dataset", "ledgers.0.entries.0.quantty"],
    ]);
  });
});

describe("each part checked by its room's rules", () => {
  it("refuses a breakdown whose claim is of another measure or states another figure", () => {
    const json = seedJson();
    json["casualtyBreakdowns"][0].claims.killed = "nis-2025-01-wounded";
    expect(problems(json)).toEqual([
      ["invalid-dataset", "casualtyBreakdowns.0.claims.killed", "the claim for killed must have the measure killed"],
      ["invalid-dataset", "casualtyBreakdowns.0.claims.killed", "the claim for killed must state the breakdown's figure"],
    ]);
  });

  it("refuses a wave below zero and a breakdown in two units", () => {
    const json = seedJson();
    json["deployments"][0].size = { kind: "range", low: -10, high: 5, unit: "person" };
    json["casualtyBreakdowns"][1].killed = { kind: "exact", value: 300, unit: "soldier" };
    delete json["casualtyBreakdowns"][1].claims;
    expect(problems(json).map(([code, path]) => [code, path])).toEqual([
      ["invalid-dataset", "casualtyBreakdowns.1.wounded.unit"],
      ["invalid-dataset", "deployments.0.size"],
    ]);
  });

  it("refuses a ledger between two parties of one country, and a ledger entry the ledger room refuses", () => {
    const json = seedJson();
    json["parties"].push({ id: "dprk", code: "KP", name: "DPRK" });
    json["ledgers"][0].parties[1] = "dprk";
    json["ledgers"][0].entries[1].to = json["ledgers"][0].entries[1].from;
    const found = problems(json);
    expect(found.map(([code, path]) => [code, path])).toEqual([
      ["invalid-dataset", "ledgers.0.parties.1"],
      ["invalid-dataset", "ledgers.0.entries.1.to"],
    ]);
    expect(found[0]?.[2]).toBe('names the party "dprk", of the same country (KP) as the first: a ledger is between two parties');
  });

  it("reports a problem of an item's shape once, not again from its room", () => {
    const json = seedJson();
    json["ledgers"][0].entries[0].quantity = { kind: "exact", value: -5, unit: "person" };
    expect(problems(json)).toEqual([["invalid-dataset", "ledgers.0.entries.0.quantity", "a quantity or value of a transfer is never below zero"]]);
  });

  it("lets an entry from a country that is not a party's through, for checkDataset to report, and refuses to hand that ledger to the ledger room", () => {
    const json = seedJson();
    json["ledgers"][0].entries[0].from = "CN";
    const read = parseDataset(deepFreeze(json));
    expectFogcountError(() => datasetLedgers(read), "invalid-dataset", /^datasetLedgers: dataset\.ledgers\[0\]\.entries\[0\]\.from is not a country of the ledger's parties \(KP, RU\), got "CN"/);
  });
});

describe("datasetFromClaims with parts", () => {
  const meta = { title: "NIS", licence: "MIT", maintainer: "Data desk", date: "2025-04-30" };

  it("adds a ledger's parties that are not listed, with their codes in lowercase as ids", () => {
    const d: Dataset = datasetFromClaims(nisBriefing2025Claims, meta, { ledgers: [{ id: "x", ledger: nisBriefing2025Ledger }] });
    expect(d.parties).toEqual([
      { id: "kp", code: "KP", name: "North Korea" },
      { id: "ru", code: "RU", name: "Russia" },
    ]);
    expect(parseDataset(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it("refuses parts its rooms refuse, and references to claims that are not there", () => {
    expectFogcountError(() => datasetFromClaims([], meta, { deployments: nisBriefing2025Deployments }), "invalid-argument", /deployments\[0\]\.claim names the claim "nis-2024-autumn-deployed", which is not in claims/);
    expectFogcountError(() => datasetFromClaims([], meta, { deployments: [{ ...nisBriefing2025Deployments[0], size: { kind: "exact", value: -1, unit: "person" } }] as never }), "invalid-deployment", /size/);
    expectFogcountError(() => datasetFromClaims([], meta, { ledgers: [{ id: "x", ledger: { ...nisBriefing2025Ledger, kind: "book" } as never }] }), "invalid-ledger", /parts\.ledgers\[0\]\.ledger\.kind/);
    expectFogcountError(() => datasetFromClaims([], meta, { casualtyBreakdowns: [{ id: "b", breakdown: { ...nisBriefing2025CasualtiesApril, killed: 5 } as never }] }), "invalid-breakdown", /killed/);
    expectFogcountError(() => datasetFromClaims([], meta, { casualtyBreakdowns: [{ breakdown: nisBriefing2025CasualtiesApril } as never] }), "invalid-argument", /parts\.casualtyBreakdowns\[0\]\.id/);
    expectFogcountError(() => datasetFromClaims([], meta, { parties: [{ id: "kp", code: "kp", name: "North Korea" }] }), "invalid-argument", /parts\.parties\[0\]/);
    expectFogcountError(() => datasetFromClaims([], meta, { ledger: [] } as never), "invalid-argument", /parts\.ledger is not a part/);
    expectFogcountError(() => datasetFromClaims([], meta, [] as never), "invalid-argument", /parts must be an object/);
  });
});
