// "Without", "absent" and "but for" before a figure that opens its clause suppose the figure
// away: it is potential, and its "more" is never an asserted increment; answered by "would
// have", the figure is what did happen ("Without 3,000 reinforcements, the town would have
// fallen": they came), as after "Had it not been for".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("what a clause supposes lacking is potential", () => {
  it.each([
    ["Without 5,000 more troops, the front will collapse.", "5,000 more troops"],
    ["Without 5,000 more troops the front will collapse.", "5,000 more troops"],
    ["Absent 2,000 more troops, the line breaks.", "2,000 more troops"],
    ["But for 3,000 reinforcements, the line will break.", "3,000"],
    ["Without 300 tanks, the offensive stalled.", "300 tanks"],
    ["Officials warned that without 5,000 more troops, the front would collapse.", "5,000 more troops"],
    ["The line is thin, and without 5,000 more troops it will break.", "5,000 more troops"],
  ])("potential: %s", one("potential"));

  it("no asserted increment comes from a lack", () => {
    for (const s of ["Without 5,000 more troops, the front will collapse.", "Absent 2,000 more troops, the line breaks."]) {
      expect(extractEstimates(s).filter((e) => e.increment && e.modality === "asserted")).toEqual([]);
    }
  });

  it.each([
    ["But for 3,000 reinforcements, the town would have fallen.", "3,000"],
    ["Without 3,000 reinforcements, the town would have fallen.", "3,000"],
    ["The brigade fought on without 300 of its men.", "300"],
    ["Russia attacked without 300 tanks.", "300 tanks"],
    ["Without the 12,000 troops in Kursk, the front will collapse.", "the 12,000 troops"],
    ["The war is over, but for 300 of them it goes on.", "300"],
  ])("asserted: %s", one("asserted"));
});

describe("the other words of a condition still suppose", () => {
  it.each([
    ["Assuming 3,000 casualties a day, the offensive cannot last.", "3,000 casualties a day"],
    ["In case 3,000 troops cross, NATO will respond.", "3,000 troops"],
    ["He said that in case 3,000 troops cross, NATO will respond.", "3,000 troops"],
    ["Provided that 3,000 arrive, the line will hold.", "3,000"],
  ])("potential: %s", one("potential"));
});
