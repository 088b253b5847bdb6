// A correction that names a claim of another series as its replacement (a typo: w1, another
// agency's wounded, for b3) makes the revision room refuse the whole series; the rule finds it.
import { describe, expect, it } from "vitest";

import { parseDataset } from "../../src/dataset/index.js";
import { readCheckOptions } from "../../src/dataset/check.js";
import { ruleContext } from "../../src/dataset/rules/context.js";
import { replacementNotInHistory, replacementsOutsideHistory } from "../../src/dataset/rules/replacements.js";
import { claimOf, datasetOf } from "./build.js";

const found = (claims: readonly unknown[]) => {
  const [, settings] = readCheckOptions("test", undefined);
  return replacementsOutsideHistory(ruleContext(parseDataset(datasetOf(claims)), settings)).map((f) => [f.path.join("."), f.message]);
};
const corrected = (by: string) => ({ kind: "deprecated", reason: "corrected", supersededBy: by });
const b1 = claimOf("b1", 700, "2025-05", { reportedAt: "2025-05-10" });
const b3 = claimOf("b3", 900, "2025-05", { reportedAt: "2025-06-20" });
const b2 = (by: string) => claimOf("b2", 650, "2025-05", { reportedAt: "2025-06-01", status: corrected(by) });

describe("replacement-not-in-history", () => {
  it("is an error at the supersededBy of a claim superseded by another indicator's or originator's claim", () => {
    expect(replacementNotInHistory.severity).toBe("error");
    const wounded = claimOf("w1", 900, "2025-05", { indicator: { subject: "xx-forces", measure: "wounded", unit: "person" }, reportedAt: "2025-06-20" });
    expect(found([b1, b2("w1"), b3, wounded])).toEqual([
      [
        "claims.1.status.supersededBy",
        "b2 is superseded by w1, a claim of another series (xx-spy, xx-forces · wounded · person, not xx-spy, xx-forces · killed · person): when b2 stopped being believed cannot be told, so no figure of its series is in force in a report. Name a claim of its own series (meant b3?), or leave out supersededBy to retire it at once",
      ],
    ]);
    const other = claimOf("o1", 900, "2025-05", { attribution: { originator: "xx-lawmaker" }, reportedAt: "2025-06-20" });
    expect(found([b1, b2("o1"), b3, other]).map(([path]) => path)).toEqual(["claims.1.status.supersededBy"]);
  });

  it("is no finding for a replacement of the same series, or a claim retired with no replacement", () => {
    expect(found([b1, b2("b3"), b3])).toEqual([]);
    expect(found([b1, claimOf("b2", 650, "2025-05", { reportedAt: "2025-06-01", status: { kind: "deprecated", reason: "retracted" } }), b3])).toEqual([]);
  });
});
