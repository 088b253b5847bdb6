// "Not a single one of 300 drones", "not even one of 300" leave the 300 there; "not just 300 but
// 500" makes the 300 a floor, as "not only" does. A plain negation still denies.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("negations that deny nothing of the figure", () => {
  it.each([
    ["Not a single one of 300 drones hit its target.", "300 drones"],
    ["Not even one of 300 drones reached Kyiv.", "300 drones"],
  ])("asserted: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "asserted"]]);
  });

  it("not just 300 but more than 500: both stand", () => {
    expect(read("Not just 300 but more than 500 people died.").map(([, m]) => m)).toEqual(["asserted", "asserted"]);
  });

  it.each([
    ["Russia did not send 300 tanks.", "300 tanks"],
    ["Not even 300 troops crossed.", "300 troops"],
  ])("still negated: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "negated"]]);
  });
});
