// "May not" holds a figure possible ("Kyiv may not receive 300 tanks"); a clause of need after
// a figure named with "the" seeks it ("the 300 tanks Ukraine needs"), as does "targets" before
// a number of people; raising troops mobilises them, so "Russia raised 3,000 troops" is no
// increment.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("'may not' and 'might not' hold a figure possible", () => {
  it.each([
    ["Kyiv may not receive 300 tanks.", "300 tanks"],
    ["300 tanks may not arrive.", "300 tanks"],
    ["Kyiv might never receive 300 tanks.", "300 tanks"],
    ["Kyiv may not have received 300 tanks.", "300 tanks"],
    ["300 tanks might not be delivered.", "300 tanks"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Russia could not send 3,000 troops.", "3,000 troops"],
    ["Kyiv cannot receive 300 tanks.", "300 tanks"],
    ["Kyiv did not receive 300 tanks.", "300 tanks"],
  ])("negated: %s", one("negated"));

  it("a bound after 'may not' is still denied: Troops may not exceed 3,000.", () => {
    expect(read("Troops may not exceed 3,000.")).toEqual([["exceed 3,000", "negated"]]);
  });
});

describe("a need after a figure named with 'the' seeks it", () => {
  it.each([
    ["the 300 tanks Ukraine needs", "the 300 tanks"],
    ["The 300 tanks Ukraine needs have not arrived.", "The 300 tanks"],
    ["The 3,000 troops it requires are in training.", "The 3,000 troops"],
    ["The 300 tanks the army wants are costly.", "The 300 tanks"],
    ["Russia targets 1.5 million soldiers.", "1.5 million soldiers"],
    ["Russia targets 1.5 million soldiers by 2026.", "1.5 million soldiers"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Germany delivered the 300 tanks Ukraine needs.", "the 300 tanks"],
    ["The 300 tanks Ukraine needed arrived in May.", "The 300 tanks"],
    ["Kyiv received 300 tanks it asked for.", "300 tanks"],
    ["The 300 tanks arrived Monday.", "The 300 tanks"],
    ["Drones target 300 sites.", "300"],
  ])("asserted: %s", one("asserted"));
});

describe("raising troops is no rise", () => {
  const inc = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment]);
  it.each([
    ["Russia raised 3,000 troops.", [["3,000 troops", "asserted", false]]],
    ["Russia raised 3,000 more troops.", [["3,000 more troops", "asserted", true]]],
    ["Russia raised the toll by 200.", [["200", "asserted", true]]],
  ])("%s", (s, found) => {
    expect(inc(s)).toEqual(found);
  });
});
