// Negations that bear on something else than the figure: a surprise ("Nobody expected 40
// people to die"), a part of a whole ("Not one of 300 drones", "Not all 300 drones"), what is
// not given ("no explanation for the 300 dead"); and the higher figure of "X if not Y", with
// or without commas, held possible.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a negation that bears on something else than the figure", () => {
  it.each([
    ["Nobody expected 40 people to die, but they did.", "40 people"],
    ["Nobody expected 40 people to die.", "40 people"],
    ["No one expected 40 people to die.", "40 people"],
    ["Not one of 300 drones hit its target.", "300 drones"],
    ["Not all 300 drones were shot down.", "all 300 drones"],
    ["Not every one of the 300 drones was shot down.", "the 300 drones"],
    ["Russia offered no explanation for the 300 dead.", "the 300 dead"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["Russia did not send 300 tanks.", "300 tanks"],
    ["Not 300 drones were launched.", "300 drones"],
    ["There was no evidence of 300 dead.", "300 dead"],
    ["Analysts did not expect losses to exceed 600.", "exceed 600"],
  ])("negated: %s", one("negated"));

  it("Not 300 but 3,000 troops crossed.", () => {
    expect(read("Not 300 but 3,000 troops crossed.")).toEqual([["300", "negated"], ["3,000 troops", "asserted"]]);
  });
});

describe("the higher figure of 'X if not Y' is held possible, with or without commas", () => {
  it.each([
    ["Hundreds if not thousands died.", "Hundreds", "thousands"],
    ["Hundreds, if not thousands, died.", "Hundreds", "thousands"],
    ["Hundreds if not thousands of people died.", "Hundreds", "thousands of people"],
    ["3,000 if not 4,000 died.", "3,000", "4,000"],
  ])("%s", (sentence, low, high) => {
    expect(read(sentence)).toEqual([[low, "asserted"], [high, "potential"]]);
  });
});
