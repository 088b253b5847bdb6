// Not confirming and not ruling out hold a figure possible rather than deny it, with the
// adverbs reporters put between the negation and the verb ("could not independently verify",
// "has not yet verified"); a negation of doing still denies.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("not confirming, past an adverb, holds a figure possible", () => {
  it.each([
    ["Reuters could not independently verify the 3,000 deaths.", "the 3,000 deaths"],
    ["Officials could not immediately confirm the 3,000 deaths.", "the 3,000 deaths"],
    ["We have not yet verified reports of 3,000 deaths.", "3,000 deaths"],
    ["The ministry did not officially confirm 3,000 deaths.", "3,000 deaths"],
    ["The army has not fully confirmed 800 deaths.", "800 deaths"],
    ["The UN could no longer verify its figure of 100,000 dead.", "100,000 dead"],
    ["Reuters has not been able to verify the 7,000 deaths.", "the 7,000 deaths"],
    ["Reuters could not independently verify that 3,000 people died.", "3,000 people"],
    ["3,000 deaths could not be independently verified.", "3,000 deaths"],
    ["The 3,000 deaths could not be immediately confirmed.", "The 3,000 deaths"],
  ])("potential: %s", one("potential"));

  it.each([
    ["The army did not send 2,000 troops.", "2,000 troops"],
    ["The army did not immediately send 2,000 troops.", "2,000 troops"],
    ["Seoul will no longer send 2,000 troops.", "2,000 troops"],
  ])("negated: %s", one("negated"));
});

describe("not ruling out holds a figure possible", () => {
  it.each([
    ["The army did not rule out sending 2,000 troops.", "2,000 troops"],
    ["The minister has not ruled out sending 2,000 troops.", "2,000 troops"],
    ["Paris would not exclude deploying 2,000 troops.", "2,000 troops"],
    ["Washington does not rule out sending 3,000 more troops to Europe.", "3,000 more troops"],
    ["The president didn't rule out sending 20,000 more soldiers.", "20,000 more soldiers"],
    ["Officials refused to rule out sending 2,000 troops.", "2,000 troops"],
    ["Officials declined to rule out sending 2,000 troops.", "2,000 troops"],
    ["It is not excluded that 5,000 troops will be sent.", "5,000 troops"],
    ["The minister did not rule out that 5,000 troops would be sent.", "5,000 troops"],
    ["A death toll of 10,000 cannot be ruled out.", "10,000"],
    ["10,000 deaths cannot be ruled out.", "10,000 deaths"],
    ["The ministry stopped short of ruling out sending 2,000 troops.", "2,000 troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Casualties declined to 300.", "300"],
    ["The minister ruled on the 2,000 troops.", "the 2,000 troops"],
  ])("asserted: %s", one("asserted"));
});
