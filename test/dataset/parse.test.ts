// Reading a dataset document: the shape, the format version, ids and references.
import { describe, expect, it } from "vitest";

import { DATASET_FORMAT, parseDataset, safeParseDataset } from "../../src/dataset/index.js";
import { problemOf } from "../../src/dataset/issues.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { deepFreeze } from "../helpers.js";
import { claimOf, datasetOf, entryOf, ledgerOf, META } from "./build.js";

/** The problems of a document as `[code, path, message]`, as a command line prints them. */
function problems(json: unknown): [string, string, string][] {
  const result = safeParseDataset(deepFreeze(json));
  if (result.success) return [];
  return result.error.issues.map((issue) => problemOf(issue, json)).map((p) => [p.code, p.path.join("."), p.message]);
}

describe("parseDataset", () => {
  it("reads the seed dataset back from its JSON, unchanged", () => {
    const json = JSON.parse(JSON.stringify(nisBriefing2025Dataset)) as unknown;
    expect(parseDataset(deepFreeze(json))).toEqual(nisBriefing2025Dataset);
  });

  it("fills in what may be left out: empty sections, normal statuses", () => {
    const read = parseDataset(deepFreeze({ format: DATASET_FORMAT, metadata: META }));
    expect([read.sources, read.claims]).toEqual([[], []]);
    const withClaim = parseDataset(datasetOf([claimOf("a", 1, "2025-01-31")]));
    expect(withClaim.claims[0]?.status).toEqual({ kind: "normal" });
  });

  it("throws zod's error with the issues' paths", () => {
    expect(() => parseDataset(datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "exact", value: "1", unit: "person" } })]))).toThrow(/claims/);
  });

  it("reports each wrong type at its path, saying what belongs there", () => {
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "exact", value: "1", unit: "person" } })]))).toEqual([
      ["invalid-dataset", "claims.0.estimate.value", "must be a number"],
    ]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { validTime: undefined })]))).toEqual([["invalid-dataset", "claims.0.validTime", "is missing: text is required here"]]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "roughly", value: 1, unit: "person" } })]))[0]?.slice(0, 2)).toEqual(["invalid-dataset", "claims.0.estimate.kind"]);
    expect(problems({ format: DATASET_FORMAT, metadata: { ...META, title: "" } })).toEqual([["invalid-dataset", "metadata.title", "a title must not be empty"]]);
    expect(problems({ format: DATASET_FORMAT, metadata: { ...META, url: "ftp://x" } })).toEqual([["invalid-dataset", "metadata.url", "must be an http or https URL"]]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { modality: "rumoured" })]))).toEqual([
      ["invalid-dataset", "claims.0.modality", 'must be one of "asserted", "planned", "projected", "potential"'],
    ]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { validTime: "1 May" })]))[0]?.slice(0, 2)).toEqual(["invalid-dataset", "claims.0.validTime"]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "atMost", value: -1, unit: "person" } })]))).toEqual([["invalid-dataset", "claims.0.estimate.value", "must be at least 0"]]);
    const includes = { subject: "xx-forces", measure: "casualties", unit: "person", includes: [] };
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { indicator: includes })]))).toEqual([["invalid-dataset", "claims.0.indicator.includes", "must list at least 1"]]);
    const publications = [{ outlet: "Example News", url: "mailto:desk@example.org" }];
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { attribution: { originator: "xx-spy", publications } })]))).toEqual([["invalid-dataset", "claims.0.attribution.publications.0.url", "must be an http or https URL"]]);
  });

  it("refuses what a claim cannot be: another unit than its indicator's, a best outside its figure, a claim restating itself", () => {
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate: { kind: "exact", value: 1, unit: "soldier" } })]))).toEqual([
      ["invalid-dataset", "claims.0.estimate.unit", 'the estimate\'s unit "soldier" differs from the indicator\'s unit "person"'],
    ]);
    const bests = [
      { kind: "range", low: 500, high: 700, best: 900, unit: "person" },
      { kind: "atLeast", value: 500, strict: true, best: 500, unit: "person" },
      { kind: "atMost", value: 500, best: 501, unit: "person" },
      { kind: "exact", value: 500, best: 501, unit: "person" },
      { kind: "magnitude", order: "thousands", best: 50, unit: "person" },
    ];
    for (const estimate of bests) expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate })])).map(([, path]) => path)).toEqual(["claims.0.estimate.best"]);
    const inside = [{ kind: "range", low: 500, high: 700, best: 600, unit: "person" }, { kind: "atMost", value: 500, best: 400, unit: "person" }, { kind: "magnitude", order: "thousands", best: 5000, unit: "person" }];
    for (const estimate of inside) expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { estimate })]))).toEqual([]);
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { restates: "a" })]))).toEqual([["invalid-dataset", "claims.0.restates", "a claim cannot restate itself"]]);
    const selfSuperseded = { status: { kind: "deprecated", reason: "typo", supersededBy: "a" } };
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", selfSuperseded)]))).toEqual([["invalid-dataset", "claims.0.status.supersededBy", "a claim cannot be superseded by itself"]]);
  });

  it("refuses a list of claims, and anything else that is no dataset, saying what a dataset is", () => {
    expect(problems([claimOf("a", 1, "2025-01-31")])).toEqual([
      ["invalid-dataset", "", "is a list, not a dataset: a dataset is an object with format, metadata, sources and claims (datasetFromClaims builds one from a list of claims)"],
    ]);
    expect(problems("a dataset")).toEqual([["invalid-dataset", "", "must be a dataset: an object with format, metadata, sources and claims"]]);
  });

  it("refuses unknown parts and fields, naming the spelling it expects", () => {
    expect(problems({ format: DATASET_FORMAT, metadata: META, claim: [] })).toEqual([["invalid-dataset", "claim", "is spelled claims in a dataset"]]);
    expect(problems({ format: DATASET_FORMAT, metadata: META, ledger: [] })).toEqual([["invalid-dataset", "ledger", "is spelled ledgers in a dataset"]]);
    expect(problems({ format: DATASET_FORMAT, metadata: META, transfers: [] })).toEqual([
      [
        "invalid-dataset",
        "transfers",
        '"transfers" is not a part of a dataset ($schema, format, metadata, sources, parties, claims, casualtyBreakdowns, deployments, ledgers): a misspelling, or a field of a newer fogcount?',
      ],
    ]);
    const { licence, ...rest } = META;
    expect(problems({ format: DATASET_FORMAT, metadata: { ...rest, license: licence } })).toEqual([
      ["invalid-dataset", "metadata.licence", "is missing: text is required here"],
      ["invalid-dataset", "metadata.license", "is spelled licence in a dataset"],
    ]);
    expect(problems({ format: DATASET_FORMAT, metadata: { ...META, editor: "x" } })[0]?.[2]).toMatch(/^is not a metadata field \(title, licence/);
  });
});

describe("format versions", () => {
  const at = (format: unknown) => problems({ format, metadata: META, claims: "not read" });

  it("reads fogcount-dataset/1", () => {
    expect(problems({ format: "fogcount-dataset/1", metadata: META })).toEqual([]);
  });

  it("refuses a newer version with one message saying what to change, and reads nothing else", () => {
    expect(at("fogcount-dataset/2")).toEqual([
      [
        "unsupported-format",
        "format",
        'is version 2 of the dataset format, written for a newer fogcount; this version reads "fogcount-dataset/1": upgrade fogcount, or write the file as "fogcount-dataset/1"',
      ],
    ]);
  });

  it("refuses an older or unknown version, and a version written as a number, saying how to write it", () => {
    expect(at("fogcount-dataset/0")).toEqual([["unsupported-format", "format", 'is version 0 of the dataset format, which no fogcount wrote; write "fogcount-dataset/1"']]);
    expect(at("1.0.0")).toEqual([["unsupported-format", "format", 'must be written "fogcount-dataset/1"']]);
    expect(at(1)).toEqual([["unsupported-format", "format", 'must be written "fogcount-dataset/1"']]);
    expect(at("3")[0]?.[2]).toMatch(/^is version 3 of the dataset format, written for a newer fogcount/);
    expect(at(2)[0]?.[2]).toMatch(/^is version 2 of the dataset format, written for a newer fogcount/);
    expect(at("v1.2")).toEqual([["unsupported-format", "format", 'must be written "fogcount-dataset/1"']]);
    expect(at(" fogcount-dataset/1 ")).toEqual([["unsupported-format", "format", 'must be written "fogcount-dataset/1"']]);
    expect(at(null)).toEqual([["unsupported-format", "format", 'must be "fogcount-dataset/1"']]);
    expect(at("geojson")).toEqual([["unsupported-format", "format", 'must be "fogcount-dataset/1"']]);
    expect(at(undefined)).toEqual([["unsupported-format", "format", 'a dataset states its format: add "format": "fogcount-dataset/1"']]);
  });
});

describe("ids and references", () => {
  it("refuses a repeated id within a section", () => {
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31"), claimOf("a", 2, "2025-02-28")]))).toEqual([
      ["duplicate-id", "claims.1.id", 'repeats the id "a" of claims[0]: ids are unique within a section (give each claim an id of its own, or keep just one if they are the same claim)'],
    ]);
    // three copies are one problem, at the first repeat, naming the others
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31"), claimOf("b", 1, "2025-01-31"), claimOf("a", 2, "2025-02-28"), claimOf("a", 3, "2025-03-31")]))).toEqual([
      ["duplicate-id", "claims.2.id", 'repeats the id "a" of claims[0], as claims[3] does too: ids are unique within a section (give each claim an id of its own, or keep just one if they are the same claim)'],
    ]);
    const issue = safeParseDataset(datasetOf([claimOf("a", 1, "2025-01-31"), claimOf("a", 2, "2025-02-28"), claimOf("a", 3, "2025-03-31")])).error?.issues[0];
    expect(issue?.code === "custom" ? issue.params : undefined).toEqual({ code: "duplicate-id", others: [["claims", 0, "id"], ["claims", 2, "id"]] });
    const source = { id: "xx-spy", kind: "outlet", name: "Again" };
    expect(problems(datasetOf([], { sources: [{ id: "xx-spy", kind: "outlet", name: "Spy" }, source] }))[0]?.slice(0, 2)).toEqual(["duplicate-id", "sources.1.id"]);
  });

  it("refuses a claim with one reference to an id that is not there, whichever it is", () => {
    const relay = [{ kind: "intermediary", source: "xx-lawmaker" }, { kind: "intermediary", source: "xx-nobody" }];
    const deprecated = (by: string) => ({ status: { kind: "deprecated", reason: "typo", supersededBy: by } });
    expect(
      problems(
        datasetOf([
          claimOf("a", 1, "2025-01-31", { attribution: { originator: "xx-ghost" } }),
          claimOf("b", 1, "2025-01-31", { attribution: { originator: "xx-spy", relay } }),
          claimOf("c", 1, "2025-01-31", { restates: "zz" }),
          claimOf("d", 1, "2025-01-31", deprecated("yy")),
          claimOf("e", 1, "2025-01-31", { restates: "a", ...deprecated("a") }),
        ])
      ).map((p) => p.slice(0, 2))
    ).toEqual([
      ["dangling-reference", "claims.0.attribution.originator"],
      ["dangling-reference", "claims.1.attribution.relay.1.source"],
      ["dangling-reference", "claims.2.restates"],
      ["dangling-reference", "claims.3.status.supersededBy"],
    ]);
  });

  it("refuses a reference to an id that is not there", () => {
    const relay = [{ kind: "channel", channel: "briefing", closed: true }, { kind: "intermediary", source: "xx-nobody" }];
    expect(
      problems(
        datasetOf([
          claimOf("a", 1, "2025-01-31", { attribution: { originator: "xx-ghost", relay } }),
          claimOf("b", 1, "2025-01-31", { restates: "zz", status: { kind: "deprecated", reason: "typo", supersededBy: "yy" } }),
        ]),
      ),
    ).toEqual([
      ["dangling-reference", "claims.0.attribution.originator", 'names the source "xx-ghost", which is not in sources'],
      ["dangling-reference", "claims.0.attribution.relay.1.source", 'names the source "xx-nobody", which is not in sources'],
      ["dangling-reference", "claims.1.restates", 'names the claim "zz", which is not in claims'],
      ["dangling-reference", "claims.1.status.supersededBy", 'names the claim "yy", which is not in claims'],
    ]);
  });

  it("refuses restatements in a loop, once, and a correction that is a restatement", () => {
    const loop = [claimOf("c", 1, "2025-01-31", { restates: "a" }), claimOf("a", 1, "2025-01-31", { restates: "b" }), claimOf("b", 1, "2025-01-31", { restates: "a" })];
    expect(problems(datasetOf(loop)).map(([code, path]) => [code, path])).toEqual([["restatement-cycle", "claims.1.restates"]]);
    const correction = [
      claimOf("a", 1, "2025-01-31", { status: { kind: "deprecated", reason: "typo", supersededBy: "r" } }),
      claimOf("o", 2, "2025-01-31"),
      claimOf("r", 2, "2025-01-31", { reportedAt: "2025-02-01", restates: "o" }),
    ];
    expect(problems(datasetOf(correction))).toEqual([["superseded-by-restatement", "claims.0.status.supersededBy", "names r, a restatement: a correction supersedes with an original figure"]]);
  });

  it("says why an id is not there when the same text is there in another Unicode form", () => {
    const nfd = "xx-sa\u0303o";
    const sources = [{ id: nfd.normalize("NFC"), kind: "intelligence-agency", name: "S\u00e3o Service" }];
    const found = problems(datasetOf([claimOf("a", 1, "2025-01-31", { attribution: { originator: nfd } })], { sources }));
    expect(found).toEqual([
      ["dangling-reference", "claims.0.attribution.originator", `names the source "xx-sa\\u0303o", which is not in sources (it has "${nfd.normalize("NFC")}", the same text in another Unicode form: ids are compared as written)`],
    ]);
  });

  it("says why an id is not there when the same text is there with a zero-width space, and shows it", () => {
    const sources = [{ id: "xx-mod\u200b", kind: "ministry", name: "Ministry" }];
    const found = problems(datasetOf([claimOf("a", 1, "2025-01-31", { attribution: { originator: "xx-mod" } })], { sources }));
    expect(found).toEqual([
      ["dangling-reference", "claims.0.attribution.originator", 'names the source "xx-mod", which is not in sources (it has "xx-mod\\u200b", the same text but for invisible characters: ids are compared as written)'],
    ]);
  });

  it("refuses two ids that look alike, in another Unicode form or with an invisible character", () => {
    const nfc = "xx-s\u00e3o";
    const sources = [
      { id: nfc, kind: "intelligence-agency", name: "S\u00e3o Service" },
      { id: nfc.normalize("NFD"), kind: "ministry", name: "S\u00e3o Ministry" },
    ];
    const claims = [claimOf("a", 1, "2025-01-31", { attribution: { originator: nfc } }), claimOf("a\u200b", 2, "2025-02-28", { attribution: { originator: nfc.normalize("NFD") } })];
    expect(problems(datasetOf(claims, { sources }))).toEqual([
      ["duplicate-id", "sources.1.id", `"xx-sa\\u0303o" is the id "${nfc}" of sources[0], the same text in another Unicode form: ids are compared as written, but no reader could tell the two apart`],
      ["duplicate-id", "claims.1.id", '"a\\u200b" is the id "a" of claims[0], the same text but for invisible characters: ids are compared as written, but no reader could tell the two apart'],
    ]);
  });

  it("refuses look-alike ids within a ledger, and a variation selector as an invisible character", () => {
    const ledgers = [ledgerOf("kp-ru", [entryOf("pay", "KP", "RU"), entryOf("pa\u200by", "KP", "RU"), entryOf("ap\ufe0fr", "RU", "KP"), entryOf("apr", "RU", "KP")])];
    expect(problems(datasetOf([], { ledgers }))).toEqual([
      ["duplicate-id", "ledgers.0.entries.1.id", '"pa\\u200by" is the id "pay" of ledgers[0].entries[0], the same text but for invisible characters: ids are compared as written, but no reader could tell the two apart'],
      ["duplicate-id", "ledgers.0.entries.3.id", '"apr" is the id "ap\\ufe0fr" of ledgers[0].entries[2], the same text but for invisible characters: ids are compared as written, but no reader could tell the two apart'],
    ]);
    const sources = [{ id: "xx-spy\u200b", kind: "intelligence-agency", name: "Spy" }];
    expect(problems(datasetOf([claimOf("a", 1, "2025-01-31", { attribution: { originator: "xx-spy\u2060" } })], { sources }))[0]?.[2]).toBe(
      'names the source "xx-spy\\u2060", which is not in sources (it has "xx-spy\\u200b", the same text but for invisible characters: ids are compared as written)',
    );
  });

  it("refuses replacements in a circle, once, at the first claim of it", () => {
    const deprecated = (by: string) => ({ status: { kind: "deprecated", reason: "revised", supersededBy: by } });
    const circle = [claimOf("o", 1, "2025-01-31"), claimOf("a", 2, "2025-01-31", deprecated("b")), claimOf("b", 3, "2025-01-31", deprecated("c")), claimOf("c", 4, "2025-01-31", deprecated("a"))];
    expect(problems(datasetOf(circle))).toEqual([
      ["supersession-cycle", "claims.1.status.supersededBy", "runs into a cycle of replacements (a → b → c → a): each is retired once the next is known, so none would be in force"],
    ]);
    // a chain of replacements that ends is no cycle
    expect(problems(datasetOf([circle[0], circle[1], circle[2], claimOf("c", 4, "2025-01-31")]))).toEqual([]);
  });

  it("accepts sources named by id in the originator and the relay", () => {
    const relay = [{ kind: "channel", channel: "briefing", closed: true, date: "2025-04-30" }, { kind: "intermediary", source: "xx-lawmaker", date: "2025-04-30" }];
    expect(problems(datasetOf([claimOf("a", 1, "2025-04-30", { attribution: { originator: "xx-spy", relay } })]))).toEqual([]);
  });
});
