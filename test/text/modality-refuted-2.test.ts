// A report refuted after its figure: retracted, disputed, exaggerated, denied with an adverb
// between the auxiliary and the participle, or named false by the verb before it. The clause's
// own verb ("reports that 3,000 troops were withdrawn") is not the report's.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a report refuted after its figure is negated", () => {
  it.each([
    ["Reports that 3,000 troops had crossed were retracted.", "3,000 troops"],
    ["Reports of 3,000 deaths were later denied by Moscow.", "3,000 deaths"],
    ["Reports of 3,000 deaths were swiftly denied by Moscow.", "3,000 deaths"],
    ["Reports of 3,000 deaths were officially denied.", "3,000 deaths"],
    ["Reports of 3,000 deaths have since been retracted.", "3,000 deaths"],
    ["Reports of 3,000 deaths were since withdrawn.", "3,000 deaths"],
    ["The figure of 1,000 dead was disputed.", "1,000 dead"],
    ["The figure of 1,000 dead was contested by the UN.", "1,000 dead"],
    ["Claims that 1,000 died were exaggerated.", "1,000"],
    ["Reports of 10,000 North Korean casualties are exaggerated, the Kremlin said.", "10,000 North Korean casualties"],
    ["Reports of 10,000 casualties were greatly overstated.", "10,000 casualties"],
    ["Kyiv called reports of 1,000 dead fake news.", "1,000 dead"],
    ["Moscow branded claims of 3,000 deaths propaganda.", "3,000 deaths"],
    ["The figure of 1,000 dead was dismissed as propaganda.", "1,000 dead"],
    ["Reports that 3,000 troops were withdrawn were false.", "3,000 troops"],
    ["Reports that 3,000 troops are in Kursk are false.", "3,000 troops"],
    ["The 3,000 figure was later disputed.", "The 3,000"],
    ["The 3,000 estimate was retracted.", "The 3,000"],
    ["Russia's 12,000 estimate was exaggerated.", "12,000"],
    ["Earlier reports that 3,000 troops had crossed have since been retracted by the ministry.", "3,000 troops"],
  ])("negated: %s", one("negated"));

  it.each([
    ["The figure of 1,000 dead was not disputed.", "1,000 dead"],
    ["Reports of 10,000 casualties were partly exaggerated.", "10,000 casualties"],
    ["Kyiv called reports of 1,000 dead accurate.", "1,000 dead"],
    ["Reports that 3,000 troops were withdrawn emerged on Monday.", "3,000 troops"],
    ["Reports that 3,000 civilians were denied aid are troubling.", "3,000 civilians"],
    ["Reports that 3,000 troops had withdrawn were confirmed.", "3,000 troops"],
    ["Russia withdrew 3,000 troops.", "3,000 troops"],
    ["3,000 troops were withdrawn.", "3,000 troops"],
    ["3,000 troops were later withdrawn.", "3,000 troops"],
    ["The 3,000 claims were rejected.", "The 3,000"],
    ["The 3,000 figure was confirmed.", "The 3,000"],
  ])("asserted: %s", one("asserted"));

  it("a contrast keeps its own clause", () => {
    expect(read("Reports of 3,000 deaths were confirmed, but claims of 9,000 were exaggerated.")).toEqual([
      ["3,000 deaths", "asserted"],
      ["9,000", "negated"],
    ]);
  });
});
