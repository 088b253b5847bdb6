// Ids of a dataset that look alike but differ as text: compatibility characters, control
// characters and Hangul fillers are refused as duplicate-id, as other Unicode forms and
// invisible characters are; ids a reader tells apart are kept.
import { describe, expect, it } from "vitest";

import { safeParseDataset } from "../../src/dataset/index.js";
import { problemOf } from "../../src/dataset/issues.js";
import { deepFreeze } from "../helpers.js";
import { claimOf, datasetOf, entryOf, ledgerOf } from "./build.js";

const CAFE = "caf\u00e9";

function problems(json: unknown): [string, string, string][] {
  const result = safeParseDataset(deepFreeze(json));
  if (result.success) return [];
  return result.error.issues.map((issue) => problemOf(issue, json)).map((p) => [p.code, p.path.join("."), p.message]);
}

const claims = (a: string, b: string) => datasetOf([claimOf(a, 1, "2025-01-31"), claimOf(b, 2, "2025-02-28")]);
const sources = (a: string, b: string) =>
  datasetOf([claimOf("c1", 1, "2025-01-31", { attribution: { originator: a } }), claimOf("c2", 2, "2025-02-28", { attribution: { originator: b } })], {
    sources: [
      { id: a, kind: "intelligence-agency", name: "Service" },
      { id: b, kind: "ministry", name: "Ministry" },
    ],
  });

describe("ids that look alike", () => {
  it("refuses Hangul fillers, control characters and compatibility characters in claims and sources", () => {
    const cases: [string, string, string][] = [
      [`${CAFE}\u3164`, '"café\\u3164"', "the same text but for invisible characters"],
      [`${CAFE}\u115f`, '"café\\u115f"', "the same text but for invisible characters"],
      [`${CAFE}\u1160`, '"café\\u1160"', "the same text but for invisible characters"],
      [`${CAFE}\uffa0`, '"café\\uffa0"', "the same text but for invisible characters"],
      [`${CAFE}\u0000`, '"café\\u0000"', "the same text but for invisible characters"],
      [`${CAFE}\u007f`, '"café\\u007f"', "the same text but for invisible characters"],
      [`${CAFE}\u{e0061}`, '"café\\u{e0061}"', "the same text but for invisible characters"],
      ["\uff43af\u00e9", '"\\uff43afé"', "the same text in compatibility characters (full-width letters, ligatures)"],
    ];
    for (const [id, shown, why] of cases) {
      const tail = `is the id "café" of %s[0], ${why}: ids are compared as written, but no reader could tell the two apart`;
      expect(problems(claims(CAFE, id)), shown).toEqual([["duplicate-id", "claims.1.id", `${shown} ${tail.replace("%s", "claims")}`]]);
      expect(problems(sources(CAFE, id)), shown).toEqual([["duplicate-id", "sources.1.id", `${shown} ${tail.replace("%s", "sources")}`]]);
    }
  });

  it("refuses a full-width letter beside its ASCII letter, in either order, and a ligature", () => {
    expect(problems(claims("\uff41", "a")).map((p) => p[0])).toEqual(["duplicate-id"]);
    expect(problems(claims("a", "\uff41")).map((p) => p[0])).toEqual(["duplicate-id"]);
    expect(problems(claims("fi", "\ufb01")).map((p) => p[0])).toEqual(["duplicate-id"]);
  });

  it("refuses look-alike ids within a ledger by the same rule", () => {
    const ledgers = [ledgerOf("kp-ru", [entryOf("pay", "KP", "RU"), entryOf("\uff50ay", "KP", "RU")])];
    expect(problems(datasetOf([], { ledgers }))).toEqual([
      ["duplicate-id", "ledgers.0.entries.1.id", '"\\uff50ay" is the id "pay" of ledgers[0].entries[0], the same text in compatibility characters (full-width letters, ligatures): ids are compared as written, but no reader could tell the two apart'],
    ]);
  });

  it("keeps ids a reader tells apart: with and without an accent, in another case, in another script", () => {
    expect(problems(claims("cafe", CAFE))).toEqual([]);
    expect(problems(claims("A", "a"))).toEqual([]);
    expect(problems(sources("cafe", CAFE))).toEqual([]);
    // a Cyrillic с looks like a Latin c, but confusables of other scripts are not compared
    expect(problems(claims("\u0441af\u00e9", CAFE))).toEqual([]);
  });
});
