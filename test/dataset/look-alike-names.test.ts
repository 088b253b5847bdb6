// Subjects, scopes, units and source or party ids that differ only in case, white space,
// invisible characters or Unicode form are counted as two things: lookAlikeNames finds them,
// naming both spellings (invisible characters as escapes) and both paths; texts a reader tells
// apart are not found.
import { describe, expect, it } from "vitest";

import { parseDataset } from "../../src/dataset/index.js";
import { folded, lookAlikeNames } from "../../src/dataset/rules/names.js";
import { namedIn } from "../../src/dataset/resolve.js";
import { claimOf, datasetOf } from "./build.js";

type Json = Record<string, unknown>;

function found(json: Json): [string, string][] {
  const dataset = parseDataset(json);
  const named = namedIn(dataset);
  const claims = dataset.claims.map((c) => named.claims.get(c.id) as never);
  return lookAlikeNames.check({ dataset, claims }).map((f) => [f.path.join("."), f.message]);
}

const bySubject = (a: string, b: string, measure = "killed") =>
  datasetOf([claimOf("a", 1, "2025-01-31", { indicator: { subject: a, measure: "killed", unit: "person" } }), claimOf("b", 2, "2025-02-28", { indicator: { subject: b, measure, unit: "person" } })]);

describe("folded", () => {
  it.each([
    ["unit-1", "Unit-1 "],
    ["unit-1", "unit\u200b-1"],
    ["Kyïv", "Kyi\u0308v"],
    ["kyiv", "KYIV\u2060"],
    ["new york", "new  york"],
  ])("folds %s and %s alike", (a, b) => expect(folded(a)).toBe(folded(b)));
  it.each([
    ["unit-1", "unit-2"],
    ["Kyiv", "Kyïv"],
    ["unit-1", "unit_1"],
  ])("tells %s from %s", (a, b) => expect(folded(a)).not.toBe(folded(b)));
});

describe("lookAlikeNames", () => {
  it("finds two subjects that differ only in case, with both spellings and paths", () => {
    expect(found(bySubject("xx-Forces", "xx-forces"))).toEqual([
      ["claims.1.indicator.subject", 'the subject "xx-forces" here and "xx-Forces" at claims[0].indicator.subject: they differ only in case; counted as two subjects, they may be one written two ways'],
    ]);
  });

  it("finds inner white space, and invisible characters written as escapes", () => {
    const [[, space]] = found(bySubject("xx forces", "xx  forces")) as [[string, string]];
    expect(space).toContain("differ only in white space");
    const [[path, invisible]] = found(bySubject("xx-forces", "xx-\u200bforces")) as [[string, string]];
    expect(path).toBe("claims.1.indicator.subject");
    expect(invisible).toContain('"xx-\\u200bforces"');
    expect(invisible).toContain("invisible characters");
  });

  it("finds a scope in another case", () => {
    const claims = [
      claimOf("a", 1, "2025-01-31", { indicator: { subject: "xx", measure: "killed", unit: "person", scope: "Kursk" } }),
      claimOf("b", 2, "2025-02-28", { indicator: { subject: "xx", measure: "killed", unit: "person", scope: "kursk " } }),
    ];
    expect(found(datasetOf(claims)).map(([p]) => p)).toEqual(["claims.1.indicator.scope"]);
  });

  it("finds units of different indicators, and leaves one indicator's to unit-mismatch", () => {
    const inUnit = (id: string, subject: string, unit: string) => claimOf(id, 1, "2025-01-31", { indicator: { subject, measure: "killed", unit }, estimate: { kind: "exact", value: 1, unit } });
    expect(found(datasetOf([inUnit("a", "xx", "person"), inUnit("b", "yy", "per\u200bson")])).map(([p]) => p)).toEqual(["claims.1.indicator.unit"]);
    // units in other cases the check reads as one unit
    expect(found(datasetOf([inUnit("a", "xx", "person"), inUnit("b", "yy", "Person")]))).toEqual([]);
    expect(found(datasetOf([inUnit("a", "xx", "person"), inUnit("b", "xx", "Person")]))).toEqual([]);
  });

  it("finds source ids that differ only in case", () => {
    const json = datasetOf([claimOf("a", 1, "2025-01-31", { attribution: { originator: "kr-nis" } }), claimOf("b", 2, "2025-02-28", { attribution: { originator: "KR-NIS" } })], {
      sources: [
        { id: "kr-nis", kind: "intelligence-agency", name: "NIS" },
        { id: "KR-NIS", kind: "intelligence-agency", name: "NIS" },
      ],
    });
    expect(found(json).map(([p]) => p)).toEqual(["sources.1.id"]);
  });

  it.each([
    ["the same text", "xx-forces", "xx-forces"],
    ["texts a reader tells apart", "xx-forces", "xx-force"],
    ["a letter with and without its accent", "kyiv", "kyïv"],
  ])("finds nothing for %s", (_name, a, b) => {
    expect(found(bySubject(a, b))).toEqual([]);
  });

  it("reports each pair once, however many claims repeat it", () => {
    const claims = ["xx-A", "xx-a", "xx-A", "xx-a"].map((s, i) => claimOf(`c${i}`, i + 1, `2025-0${i + 1}-01`, { indicator: { subject: s, measure: "killed", unit: "person" } }));
    expect(found(datasetOf(claims))).toHaveLength(1);
  });
});
