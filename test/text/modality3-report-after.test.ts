// What the words after a figure say of it as a report: a relative clause or an apposition
// that denies it ("3,000 dead, which Kyiv denied", "a claim Kyiv rejected") negates it, as
// "Kyiv denied reports of 3,000 dead" does, and so does "walked back"; a report left
// unverified ("Unconfirmed reports of", "remain unverified", "were never substantiated") is
// potential, as "could not be verified" is: unverified is not false.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a report denied after its figure is negated", () => {
  it.each([
    ["Moscow claimed 3,000 dead, which Kyiv denied.", "3,000 dead"],
    ["Moscow cited 3,000 dead, a figure Kyiv denied.", "3,000 dead"],
    ["Moscow cited 3,000 dead, a toll the ministry has denied.", "3,000 dead"],
    ["Moscow cited 3,000 dead, a claim Kyiv rejected.", "3,000 dead"],
    ["Moscow cited 3,000 dead \u2014 a figure Kyiv flatly disputed.", "3,000 dead"],
    ["Officials reported 3,000 dead, which was later denied.", "3,000 dead"],
    ["Claims of 3,000 dead were walked back.", "3,000 dead"],
    ["Russia walked back claims of 3,000 dead.", "3,000 dead"],
    ["Moscow later walked back its claim that 3,000 troops died.", "3,000 troops"],
    ["Moscow cited 3,000 dead, a claim it later walked back.", "3,000 dead"],
  ])("negated: %s", one("negated"));
});

describe("a relative clause that does not deny leaves the figure stated", () => {
  it.each([
    ["Moscow claimed 3,000 dead, which Kyiv did not deny.", "3,000 dead"],
    ["Moscow claimed 3,000 dead, which Kyiv has never denied.", "3,000 dead"],
    ["Moscow claimed 3,000 dead, which Kyiv confirmed.", "3,000 dead"],
    ["Russia sent 3,000 troops, which were deployed in Kursk.", "3,000 troops"],
    ["Soldiers walked 300 km back to base.", "300 km"],
    ["Reports of 3,000 dead were confirmed.", "3,000 dead"],
  ])("asserted: %s", one("asserted"));
});

describe("an unverified report is potential", () => {
  it.each([
    ["Unconfirmed reports of 3,000 dead circulated.", "3,000 dead"],
    ["Unverified claims that 3,000 died spread online.", "3,000"],
    ["Claims of 3,000 dead remain unverified.", "3,000 dead"],
    ["Claims that 3,000 were killed remain unverified.", "3,000"],
    ["Reports of 3,000 dead are unconfirmed.", "3,000 dead"],
    ["Claims of 3,000 dead were never substantiated.", "3,000 dead"],
    ["Reports of 3,000 dead have not yet been independently verified.", "3,000 dead"],
  ])("potential: %s", one("potential"));
});
