// A doubt holds its figure possible with or without "that" ("I doubt 3,000 troops crossed");
// a doubt denied affirms ("no doubt 3,000 died"). "May or may not" holds a figure either way.
// A denial of a clause that is itself denied affirms ("It is untrue that Russia did not send
// 3,000 troops"): never negated.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a doubt or an either-way holds a figure possible", () => {
  it.each([
    ["I doubt 3,000 troops crossed.", "3,000 troops"],
    ["I doubt that 3,000 troops crossed.", "3,000 troops"],
    ["Analysts doubt 25,000 were killed.", "25,000"],
    ["It is doubtful 3,000 troops crossed.", "3,000 troops"],
    ["Kyiv may or may not receive 300 tanks.", "300 tanks"],
    ["Kyiv might or might not get 300 tanks.", "300 tanks"],
    ["Russia did or did not send 3,000 troops.", "3,000 troops"],
  ])("potential: %s", one("potential"));
});

describe("a denied doubt and a denied denial affirm", () => {
  it.each([
    ["There is no doubt 3,000 died.", "3,000"],
    ["Nobody doubts 3,000 died.", "3,000"],
    ["I don't doubt 3,000 died.", "3,000"],
    ["Without doubt, 3,000 died.", "3,000"],
    ["It is untrue that Russia did not send 3,000 troops.", "3,000 troops"],
    ["It is not true that Russia did not send 3,000 troops.", "3,000 troops"],
    ["Kyiv denied that Russia had not sent 3,000 troops.", "3,000 troops"],
  ])("asserted: %s", one("asserted"));
});

describe("a single denial still negates", () => {
  it.each([
    ["It is untrue that Russia sent 3,000 troops.", "3,000 troops"],
    ["Russia did not send 3,000 troops.", "3,000 troops"],
    ["Kyiv cannot receive 300 tanks.", "300 tanks"],
  ])("negated: %s", one("negated"));
});
