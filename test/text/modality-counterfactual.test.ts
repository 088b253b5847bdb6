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

describe("a condition opened by words other than 'if' supposes its figure", () => {
  it.each([
    ["In case 5,000 troops are sent, the line holds.", "5,000 troops"],
    ["In the event that 5,000 troops are sent, Kyiv will respond.", "5,000 troops"],
    ["Provided that 3,000 arrive, the town holds.", "3,000"],
    ["Provided 3,000 arrive, the town holds.", "3,000"],
    ["The town holds, provided 3,000 arrive.", "3,000"],
    ["Providing that 3,000 arrive, the town holds.", "3,000"],
    ["Provided 3,000 were sent, the line would hold.", "3,000"],
    ["As long as 2,000 troops remain, it holds.", "2,000 troops"],
    ["The town holds so long as 2,000 troops remain.", "2,000 troops"],
    ["Kyiv will agree on condition that 3,000 prisoners are released.", "3,000 prisoners"],
    ["Kyiv will agree on the condition that 3,000 prisoners are released.", "3,000 prisoners"],
    ["Assuming 4,000 were killed, the toll rises.", "4,000"],
    ["Assuming that 4,000 were killed, the toll rises.", "4,000"],
    ["Supposing 4,000 died, the toll rises.", "4,000"],
  ])("%s", one("potential"));

  it.each([
    // lengths and the verb "assume", "provide"
    ["The convoy was as long as 3 km.", "3 km"],
    ["A column as long as 60 miles formed.", "60 miles"],
    ["Assuming command of 3,000 troops, he attacked.", "3,000 troops"],
    ["After assuming command of 3,000 troops, he attacked.", "3,000 troops"],
    ["The US provided 3,000 shells.", "3,000 shells"],
    ["The US, which provided 3,000 shells, paused.", "3,000 shells"],
    ["Providing 3,000 shells to Ukraine was costly.", "3,000 shells"],
    // a past that lasted is stated; a given stays as it is
    ["As long as 2,000 troops remained, the town held.", "2,000 troops"],
    ["As long as Russia had 5,000 troops there, it held the town.", "5,000 troops"],
    ["Provided the 3,000 troops in Kursk stay, it holds.", "the 3,000 troops"],
  ])("leaves asserted: %s", one("asserted"));
});
