// "Not a single one of 300 drones", "not even one of 300", "Not a single soldier of 3,000" leave the whole there; "not just 300 but
// 500" makes the 300 a floor, as "not only" does. A plain negation still denies.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("negations that deny nothing of the figure", () => {
  it.each([
    ["Not a single one of 300 drones hit its target.", "300 drones"],
    ["Not even one of 300 drones reached Kyiv.", "300 drones"],
    // a part named by a noun or "one" before a preposition of the whole
    ["Not a single soldier of 3,000 survived.", "3,000"],
    ["Not one in 3,000 survived.", "3,000"],
    ["Not a single tank out of 300 reached the front.", "300"],
    ["Not a single drone among the 40 launched reached Kyiv.", "the 40"],
    // "among" takes the whole after any noun the negation denies
    ["There were no deaths among 300 soldiers.", "300 soldiers"],
  ])("asserted: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "asserted"]]);
  });

  it("not one soldier in 3,000: the part is denied, the whole stands", () => {
    expect(read("Not one soldier in 3,000 survived.")).toEqual([
      ["one soldier", "negated"],
      ["3,000", "asserted"],
    ]);
  });

  it("not just 300 but more than 500: both stand", () => {
    expect(read("Not just 300 but more than 500 people died.").map(([, m]) => m)).toEqual(["asserted", "asserted"]);
  });

  it.each([
    ["Russia did not send 300 tanks.", "300 tanks"],
    ["Not 300 troops crossed.", "300 troops"],
    // the noun after "no" is what is denied of the figure, not a part of it
    ["There is no evidence of 3,000 deaths.", "3,000 deaths"],
    // the part's preposition names a place, not the figure's whole
    ["No one in Kyiv believes 3,000 died.", "3,000"],
  ])("still negated: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "negated"]]);
  });
});
