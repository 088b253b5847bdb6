// Counterfactual conditions: "Had 5,000 troops been sent, …", "If Russia had sent 5,000
// troops, …" hold a figure possible; with a negation ("Had the army not lost 3,000 men") they
// say what did happen. Statements with "had" after a comma stay as they were.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a counterfactual condition holds its figure possible", () => {
  it.each([
    ["Had 5,000 troops been sent, the city would have held.", "5,000 troops"],
    ["Had Russia sent 5,000 troops, the city would have fallen.", "5,000 troops"],
    ["Were 5,000 troops to be sent, the city would hold.", "5,000 troops"],
    ["Were Russia to send 5,000 troops, Kyiv would respond.", "5,000 troops"],
    ["If 5,000 troops had been sent, the city would have held.", "5,000 troops"],
    ["If Russia had sent 5,000 troops, the city would have fallen.", "5,000 troops"],
    ["If 5,000 troops were sent, the city would hold.", "5,000 troops"],
    ["He said that had 300 more tanks arrived, the line would have held.", "300 more tanks"],
    ["Officials asked if 5,000 troops had been sent.", "5,000 troops"],
    ["Officials asked if 5,000 troops had not been sent.", "5,000 troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Had the army not lost 3,000 men, it would have won.", "3,000 men"],
    ["Had it not been for the 3,000 troops, the city would have fallen.", "the 3,000 troops"],
    ["Had 5,000 troops not arrived, the line would have broken.", "5,000 troops"],
    ["If 5,000 troops had not been sent, the city would have fallen.", "5,000 troops"],
    ["The brigade, based in Kursk, had 5,000 troops.", "5,000 troops"],
    ["The brigade, based in Kursk, had 5,000 troops stationed there.", "5,000 troops"],
    ["The brigade, based in Kursk, had lost 5,000 troops.", "5,000 troops"],
    ["The brigade that had Russia's support sent 5,000 troops.", "5,000 troops"],
    ["Casualties, officials said, were 5,000.", "5,000"],
  ])("asserted: %s", one("asserted"));
});

describe("an open condition supposes its figure", () => {
  it.each([
    ["If 5,000 troops are sent, the front will hold.", "5,000 troops"],
    ["Even if 5,000 troops arrive, the line will not hold.", "5,000 troops"],
    ["Unless 3,000 troops arrive, the town will fall.", "3,000 troops"],
    ["The town will fall if 3,000 troops are not sent.", "3,000 troops"],
    ["If 5,000 soldiers died, the army would have retreated.", "5,000 soldiers"],
  ])("potential: %s", one("potential"));

  it.each([
    ["If the 12,000 troops in Kursk are withdrawn, the front will fall.", "the 12,000 troops"],
    ["If Russia's 12,000 troops withdraw, Kyiv gains.", "12,000 troops"],
  ])("asserted, a given: %s", one("asserted"));
});
