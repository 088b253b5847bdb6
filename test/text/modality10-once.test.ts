// "Once" and "whenever" are clause words: "Once 300 tanks are delivered, Kyiv can attack" reads
// 300 tanks, supposed, where "Once 300" was taken for a name numbered like "Area 51" and
// nothing was read. A past clause of time still states its figure.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, "value" in e.estimate ? e.estimate.value : undefined, e.modality]);

describe("once at the start of a sentence", () => {
  it.each([
    ["Once 300 tanks are delivered, Kyiv can attack.", [["300 tanks", 300, "potential"]]],
    ["Once 300 tanks arrive, Kyiv can attack.", [["300 tanks", 300, "potential"]]],
    ["Once 300 soldiers are delivered, Kyiv will attack.", [["300 soldiers", 300, "potential"]]],
    ["Whenever 300 tanks arrive, Kyiv will attack.", [["300 tanks", 300, "potential"]]],
    ["Kyiv can attack once 300 tanks are delivered.", [["300 tanks", 300, "potential"]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it.each([
    ["Once 300 tanks had arrived, Kyiv attacked.", [["300 tanks", 300, "asserted"]]],
    ["Once 300 people lived here.", [["300 people", 300, "asserted"]]],
    ["Once again 300 died.", [["300", 300, "asserted"]]],
    ["He was once 300 km away.", [["300 km", 300, "asserted"]]],
    // a capitalised name before a number is still a name
    ["Area 51 is closed.", []],
  ])("near miss: %s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});
