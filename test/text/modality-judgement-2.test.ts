// A negated judgement before "that" judges its clause and denies nothing: "it is not surprising
// that 3,000 died" states the 3,000. Only a denied word of truth ("not true that") or a denial
// denies the clause.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("judgement is not denial", () => {
  it.each([
    ["It is not right that 3,000 civilians died.", "3,000 civilians"],
    ["It is not surprising that 3,000 died.", "3,000"],
    ["It isn't surprising that 3,000 died.", "3,000"],
    ["It's not fair that 3,000 civilians died.", "3,000 civilians"],
    ["It is no secret that 3,000 troops have crossed.", "3,000 troops"],
    ["It is no coincidence that 3,000 died.", "3,000"],
    ["It is no wonder that 3,000 deserted.", "3,000"],
    ["It is not unusual that 3,000 troops desert in a month.", "3,000 troops"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["It is not true that 3,000 died.", "3,000"],
    ["Nor is it true that 3,000 died.", "3,000"],
    ["It is not the case that 3,000 died.", "3,000"],
    ["It is not accurate that 3,000 died.", "3,000"],
    ["There is no evidence that 3,000 died.", "3,000"],
    ["It is not possible that 3,000 died.", "3,000"],
    ["Moscow denied that 3,000 died.", "3,000"],
  ])("negated: %s", one("negated"));
});
