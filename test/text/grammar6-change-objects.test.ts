// The object of a verb of change may hold a participle used as an adjective ("lowered the
// estimated death toll by 20% to 15,537"), and a share never ends a range at a count above the
// whole ("20% to 15,537").
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.increment]);

describe("a verb of change past an object with a participle", () => {
  it.each([
    // the size of a fall is not read; the level it ends at is
    ["Israel lowered the estimated death toll by more than 20% to 15,537.", [["15,537", "exact", false]]],
    ["Russia raised the reported number of troops by 3,000 to 15,000.", [["3,000", "exact", true], ["15,000", "exact", false]]],
    ["Officials raised the confirmed toll by 200 to 1,500.", [["200", "exact", true], ["1,500", "exact", false]]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it("a participle that is a verb of its own still ends the look: 'killed by'", () => {
    expect(read("Hundreds were killed by 3 missiles.").map(([t]) => t)).toEqual(["Hundreds", "3 missiles"]);
  });
});

describe("a share and a count above the whole", () => {
  it.each([
    ["Support was between 20% and 150 people.", [["20%", "exact", false], ["150 people", "exact", false]]],
    ["Turnout was 20% to 30.", [["20% to 30", "range", false]]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe("a verb of change past a phrase of place of two words", () => {
  it.each([
    // the size of a cut is not read
    ["The army cut the force in eastern Ukraine by 3,000.", []],
    ["Russia reduced its presence near the Kursk border by 3,000 troops.", []],
    // the size of a rise is an increment
    ["Russia boosted its forces in the Kursk area by 10,000.", [["10,000", "exact", true]]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it("a verb of its own between still ends the look: 'attacks on Kharkiv hit by 200 drones'", () => {
    expect(read("Russia increased attacks on Kharkiv hit by 200 drones.")).toEqual([["200 drones", "exact", false]]);
  });
});
