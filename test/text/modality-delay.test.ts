// "not … until" delays rather than denies: a future negation with "until" after the figure is a
// plan or a projection, a past one says what happened; a negation without "until" in its
// clause still denies.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a negation with 'until' delays", () => {
  it.each([
    ["The army will not deploy the 5,000 reservists until January.", "the 5,000 reservists"],
    ["The army won't send 5,000 troops until spring.", "5,000 troops"],
    ["5,000 reservists will not be deployed until January.", "5,000 reservists"],
    ["Germany will not deliver the 40 tanks till next year.", "the 40 tanks"],
    ["The army will not deploy 5,000 troops, officials said, until January.", "5,000 troops"],
    ["The army will not deploy 5,000 troops, a spokesman told reporters, until January.", "5,000 troops"],
  ])("planned: %s", one("planned"));

  it.each([
    ["5,000 troops won't arrive until March.", "5,000 troops"],
    ["Some 3,000 troops are not expected to arrive until fall.", "Some 3,000 troops"],
    ["The toll will not reach 10,000 until next year.", "10,000"],
  ])("projected: %s", one("projected"));

  it.each([
    ["5,000 troops did not arrive until March.", "5,000 troops"],
    ["The army did not deploy the 5,000 reservists until January.", "the 5,000 reservists"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["The army will not deploy 5,000 reservists.", "5,000 reservists"],
    ["5,000 reservists will not be deployed.", "5,000 reservists"],
    ["The army will not deploy 5,000 troops, officials said.", "5,000 troops"],
    ["The army will not deploy 5,000 troops, which is too many, until January.", "5,000 troops"],
  ])("negated: %s", one("negated"));
});
