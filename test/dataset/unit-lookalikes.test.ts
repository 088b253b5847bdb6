// Units that look alike but differ as text split one series in two: unit-mismatch finds them as
// duplicate-id finds ids that look alike, and its message writes the invisible characters out.
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { claimOf, datasetOf } from "./build.js";

const inUnit = (id: string, value: number, date: string, unit: string) =>
  claimOf(id, value, date, { indicator: { subject: "xx-forces", measure: "killed", unit }, estimate: { kind: "exact", value, unit } });

/** The unit-mismatch findings of two claims, the first in `a`, the second in `b`, as [path, message]. */
function mismatches(a: string, b: string): [string, string][] {
  const claims = [inUnit("a", 300, "2025-01-31", a), inUnit("b", 600, "2025-02-28", b)];
  return checkDataset(parseDataset(datasetOf(claims)))
    .filter((f) => f.code === "unit-mismatch")
    .map((f) => [f.path.join("."), f.message]);
}

const INVISIBLE = "the same text but for invisible characters";
const WIDE = "the same text in compatibility characters (full-width letters, ligatures)";

describe("unit-mismatch for units that look alike", () => {
  it.each([
    ["person", "per\u200bson", '"per\\u200bson"', INVISIBLE],
    ["person", "per\u00adson", '"per\\u00adson"', INVISIBLE],
    ["person", "person\u200e", '"person\\u200e"', INVISIBLE],
    ["person", "\uff50\uff45\uff52\uff53\uff4f\uff4e", '"\\uff50\\uff45\\uff52\\uff53\\uff4f\\uff4e"', WIDE],
    ["KIA", "\uff2b\uff29\uff21", '"\\uff2b\\uff29\\uff21"', WIDE],
  ])("finds %s beside a look-alike, shown with its escapes: %s", (a, b, shown, why) => {
    expect(mismatches(a, b)).toEqual([["claims.1.indicator.unit", `b counts xx-forces killed in ${shown}, a in "${a}" (${why}): one unit spelled two ways splits one series in two`]]);
  });

  it("finds a look-alike written first, and shows it escaped in the second place", () => {
    expect(mismatches("per\u200bson", "person")).toEqual([
      ["claims.1.indicator.unit", `b counts xx-forces killed in "person", a in "per\\u200bson" (${INVISIBLE}): one unit spelled two ways splits one series in two`],
    ]);
  });

  it("finds a plural with an invisible character, without calling the two look-alikes", () => {
    expect(mismatches("person", "Persons\u200b")).toEqual([
      ["claims.1.indicator.unit", 'b counts xx-forces killed in "Persons\\u200b", a in "person": one unit spelled two ways splits one series in two'],
    ]);
  });

  it("still finds plain spellings as before, and is silent for one unit or units a reader tells apart", () => {
    expect(mismatches("person", "persons")).toEqual([["claims.1.indicator.unit", 'b counts xx-forces killed in "persons", a in "person": one unit spelled two ways splits one series in two']]);
    expect(mismatches("person", "person")).toEqual([]);
    expect(mismatches("per\u200bson", "per\u200bson")).toEqual([]);
    expect(mismatches("person", "soldier")).toEqual([]);
    expect(mismatches("KIA", "\u041a\u0406\u0410")).toEqual([]); // Cyrillic letters: another script, not a compatibility form
  });

  it("shows a restatement's unit with its escapes", () => {
    const claims = [
      inUnit("a", 300, "2025-01-31", "person"),
      { ...inUnit("c", 300, "2025-01-31", "person\u200b"), reportedAt: "2025-02-01", restates: "a", attribution: { originator: "xx-spy", publications: [{ outlet: "Example News" }] } },
    ];
    const found = checkDataset(parseDataset(datasetOf(claims))).filter((f) => f.code === "unit-mismatch");
    expect(found.map((f) => f.message)).toContain('c restates a in "person\\u200b", not in its unit "person"');
  });
});
