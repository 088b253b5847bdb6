// A clause of time in the present tense ("when", "once", "after", "until", "before", "as soon
// as") in a sentence that looks ahead supposes its figure, as "if" does: it is potential, and
// its "another" or "more" is never an asserted increment. A past clause states what happened,
// and a habitual present with no future in its sentence is left as stated.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a future clause of time supposes its figure", () => {
  it.each([
    ["When another 5,000 troops arrive next month, the offensive will start.", "another 5,000 troops"],
    ["Once an additional 3,000 arrive, the push will begin.", "an additional 3,000"],
    ["After 5,000 more arrive, Kyiv will attack.", "5,000 more"],
    ["Until 2,000 more troops come, the line will hold.", "2,000 more troops"],
    ["As soon as 3,000 are deployed, the assault will begin.", "3,000"],
    ["The offensive will start when 5,000 more troops arrive.", "5,000 more troops"],
    ["Officials said that once 3,000 more troops arrive the push is to begin.", "3,000 more troops"],
    ["Before 2,000 more troops arrive next week, the line must hold.", "2,000 more troops"],
    ["When Russia sends another 5,000 troops, Kyiv will respond.", "another 5,000 troops"],
    ["When 5,000 troops have arrived, the offensive will begin.", "5,000 troops"],
    ["Whenever another 300 volunteers enlist, the brigade will grow.", "another 300 volunteers"],
    ["Once 2,000 more are trained, they'll be sent to the front.", "2,000 more"],
  ])("potential: %s", one("potential"));

  it("no asserted increment comes from a future clause of time", () => {
    for (const s of ["When another 5,000 troops arrive next month, the offensive will start.", "After 5,000 more arrive, Kyiv will attack."]) {
      expect(extractEstimates(s).filter((e) => e.increment && e.modality === "asserted")).toEqual([]);
    }
  });
});

describe("a past or habitual clause of time states its figure", () => {
  it.each([
    ["When 5,000 troops arrived, the town fell.", "5,000 troops"],
    ["After 3,000 more arrived, the town fell.", "3,000 more"],
    ["When 3,000 more troops came, the line held.", "3,000 more troops"],
    ["Once 3,000 troops had arrived, the push began.", "3,000 troops"],
    ["Once 3,000 were deployed, the assault began.", "3,000"],
    ["Until 2,000 more troops came, the line held.", "2,000 more troops"],
    ["When 5,000 troops arrive, they are housed in tents.", "5,000 troops"],
    ["Before 300 civilians left the town, it was shelled.", "300 civilians"],
  ])("asserted: %s", one("asserted"));

  it("a past clause of time in a sentence about the future still states", () => {
    expect(read("Russia will send 5,000 troops after 3,000 died last week.")).toEqual([
      ["5,000 troops", "planned"],
      ["3,000", "asserted"],
    ]);
  });
});

describe("a phrase of time with no verb of its own supposes nothing", () => {
  it.each([
    ["After 3,000 casualties in a week, the army will rotate.", "3,000 casualties"],
  ])("asserted: %s", one("asserted"));
});
