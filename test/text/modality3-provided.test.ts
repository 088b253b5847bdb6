// "Provided" or "providing" right before a figure that a verb of its own follows opens a
// condition wherever it stands, as at the start of a sentence: the figure is potential, not a
// projection of the "will" before it. The verb with an object ("provided 3,000 shells") states.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a condition with 'provided' inside a sentence is potential", () => {
  it.each([
    ["The line will hold provided 5,000 remain.", "5,000"],
    ["The line will hold providing 3,000 more troops arrive.", "3,000 more troops"],
    ["The line will hold provided 3,000 more troops are sent.", "3,000 more troops"],
    ["Kyiv will hold provided 5,000 troops stay.", "5,000 troops"],
    ["Provided 5,000 remain, the line will hold.", "5,000"],
    ["The line will hold, provided 5,000 remain.", "5,000"],
    ["The line will hold provided that 5,000 remain.", "5,000"],
  ])("potential: %s", one("potential"));

  it("no asserted increment comes from such a condition", () => {
    const spans = extractEstimates("The line will hold providing 3,000 more troops arrive.");
    expect(spans.filter((e) => e.increment && e.modality === "asserted")).toEqual([]);
  });
});

describe("'provided' as a verb with an object states", () => {
  it.each([
    ["Russia provided 3,000 troops last year.", "3,000 troops"],
    ["The US provided 3,000 shells to Kyiv.", "3,000 shells"],
    ["Kyiv provided 300 tanks.", "300 tanks"],
    ["NATO provided 3,000 troops in 2023 that remain there.", "3,000 troops"],
    ["The line held provided 5,000 remained.", "5,000"],
  ])("asserted: %s", one("asserted"));
});
