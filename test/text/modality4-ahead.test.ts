// A figure still to come is not an assertion, whatever its increment: a clause of time that
// supposes it ("once another 5,000 troops are in place", "by the time", "as 5,000 more troops
// arrive next month"), a present with a time ahead ("Another 5,000 troops arrive next week"), a
// condition set off after it ("5,000 troops, if they arrive, would") and bracing for or
// warning of it. Past events stay asserted.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment]);
const one = (modality: Modality, increment = true) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality, increment]]);
};

describe("a clause of time that supposes its figure, wherever it stands", () => {
  it.each([
    ["Once another 5,000 troops are in place, Russia is going to attack.", "another 5,000 troops"],
    ["Russia will attack once another 5,000 troops are in place.", "another 5,000 troops"],
    ["As 5,000 more troops arrive next month, the front will shift.", "5,000 more troops"],
    ["The front will shift as 5,000 more troops arrive.", "5,000 more troops"],
    ["By the time 5,000 more troops arrive, it will be over.", "5,000 more troops"],
    ["It will be over by the time 5,000 more troops arrive.", "5,000 more troops"],
    ["Whenever 3,000 more troops arrive, the brigade will rotate.", "3,000 more troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["As 5,000 more troops arrived last month, the front shifted.", "5,000 more troops"],
    ["The front shifted as 5,000 more troops arrived.", "5,000 more troops"],
    ["Once another 3,000 troops were in place, Russia attacked.", "another 3,000 troops"],
    ["By the time 5,000 more troops arrived, it was over.", "5,000 more troops"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["As expected, 3,000 troops arrived.", "3,000 troops"],
    ["When 5,000 troops arrive next to the river, they are housed in tents.", "5,000 troops"],
  ])("asserted, no increment: %s", one("asserted", false));
});

describe("a present tense with a time ahead looks ahead", () => {
  it.each([
    ["Another 5,000 troops arrive next week.", "Another 5,000 troops"],
    ["Another 5,000 troops arrive in Kursk from Belarus in the coming days.", "Another 5,000 troops"],
    ["3,000 more reservists join the army later this year.", "3,000 more reservists"],
    ["Another 2,000 troops arrive tomorrow, officials said.", "Another 2,000 troops"],
  ])("projected: %s", one("projected"));

  it.each([
    ["Russia sends another 5,000 troops to Kursk next week.", "another 5,000 troops"],
    ["5,000 more troops are deployed next month.", "5,000 more troops"],
  ])("planned: %s", one("planned"));

  it("a plan verb with its object: Germany delivers 300 tanks next month.", () => {
    expect(read("Germany delivers 300 tanks next month.")).toEqual([["300 tanks", "planned", false]]);
  });

  it.each([
    ["Another 5,000 troops arrive every week.", "Another 5,000 troops"],
    ["Another 5,000 troops arrived last week.", "Another 5,000 troops"],
  ])("asserted: %s", one("asserted"));

  it("next to a place is no time: 5,000 troops arrive next to the border.", () => {
    expect(read("5,000 troops arrive next to the border.")).toEqual([["5,000 troops", "asserted", false]]);
  });

  it("only its own figure: Russia lost 300 tanks last week and sends 200 more next week.", () => {
    expect(read("Russia lost 300 tanks last week and sends 200 more next week.")).toEqual([
      ["300 tanks", "asserted", false],
      ["200 more", "planned", true],
    ]);
  });
});

describe("a condition set off right after the figure supposes it", () => {
  it.each([
    ["Another 5,000 troops, if they arrive, would tip the balance.", "Another 5,000 troops"],
    ["Another 5,000 troops, should they arrive, would tip the balance.", "Another 5,000 troops"],
    ["5,000 more troops, unless they are recalled, will hold the line.", "5,000 more troops"],
    ["5,000 more troops, even if they arrive, will not tip the balance.", "5,000 more troops"],
  ])("potential: %s", one("potential"));

  it("a report held by its condition: 3,000 dead, if confirmed, would make it the deadliest attack.", () => {
    expect(read("3,000 dead, if confirmed, would make it the deadliest attack.")).toEqual([["3,000 dead", "potential", false]]);
  });

  it.each([
    ["Russia lost 3,000 troops, if not more.", "3,000 troops, if not more"],
    ["Russia lost 3,000 troops, if any at all were lost.", "3,000 troops"],
  ])("asserted: %s", one("asserted", false));
});

describe("bracing for and warning of a figure forecast it", () => {
  it.each([
    ["Kyiv is bracing for another 5,000 troops.", "another 5,000 troops"],
    ["Officials warned of another 5,000 troops.", "another 5,000 troops"],
    ["Kyiv braced for the arrival of 5,000 more troops.", "5,000 more troops"],
    ["Ukraine prepares for 5,000 more Russian troops.", "5,000 more Russian troops"],
  ])("projected: %s", one("projected"));

  it.each([
    ["Officials warned of 3,000 casualties last week.", "3,000 casualties"],
    ["The UN warned of up to 3,000 deaths.", "up to 3,000 deaths"],
    ["A warning of 3,000 casualties was issued.", "3,000 casualties"],
  ])("projected, no increment: %s", one("projected", false));

  it.each([
    ["Officials warned 3,000 residents to leave.", "3,000 residents"],
    ["Officials warned that 3,000 had died.", "3,000"],
    ["The warning came after 3,000 died.", "3,000"],
  ])("asserted: %s", one("asserted", false));

  it("preparing to send still plans: Russia is preparing to send 5,000 troops.", () => {
    expect(read("Russia is preparing to send 5,000 troops.")).toEqual([["5,000 troops", "planned", false]]);
  });
});
