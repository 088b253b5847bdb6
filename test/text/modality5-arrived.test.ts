// A promised or requested figure that a verb of arriving says has come is asserted: "the 300
// tanks promised by Germany arrived in March"; one still awaited stays planned.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("promised, and come", () => {
  it.each([
    ["The 300 tanks promised by Germany arrived in March.", "The 300 tanks"],
    ["The 3,000 troops promised in May arrived in June.", "The 3,000 troops"],
    ["The 300 tanks pledged by the West have all arrived.", "The 300 tanks"],
    ["The 300 tanks it requested were delivered in May.", "The 300 tanks"],
    ["The promised 300 tanks arrived in March.", "300 tanks"],
  ])("asserted: %s", one("asserted"));
});

describe("promised, and not come", () => {
  it.each([
    ["The promised 300 tanks never arrived.", "300 tanks"],
    ["The 300 tanks pledged by the West have yet to arrive.", "The 300 tanks"],
    ["The 300 tanks pledged by the West haven't arrived.", "The 300 tanks"],
    ["The 300 tanks it was promised, officials said, arrived late.", "The 300 tanks"],
  ])("planned: %s", one("planned"));
});
