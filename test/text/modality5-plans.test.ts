// A figure that is waited for, offered, readied or promised is not there yet: "is sending 100
// tanks next month", "is to send", "offered 3,000 more troops", "is awaiting delivery of 300
// tanks"; nor is the promised or needed total beside the part delivered ("60 of the 300 tanks
// it needs"). Past facts stay asserted.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a plan in the progressive, with 'is to', offered or readied", () => {
  it.each([
    ["Germany is sending 100 more Leopard tanks next month.", "100 more Leopard tanks"],
    ["France is delivering 40 jets next week.", "40 jets"],
    ["Germany is to send 100 Leopard tanks.", "100 Leopard tanks"],
    ["France was to send 40 jets.", "40 jets"],
    ["North Korea offered 3,000 more troops.", "3,000 more troops"],
    ["North Korea is readying 5,000 more troops.", "5,000 more troops"],
    ["Ukraine is awaiting delivery of 300 tanks.", "300 tanks"],
    ["Ukraine is still waiting for the 300 tanks it was promised.", "the 300 tanks"],
    ["Kyiv is waiting for 300 tanks.", "300 tanks"],
    ["Ukraine is counting on 300 tanks from its allies.", "300 tanks"],
  ])("planned: %s", one("planned"));

  it("a progressive of arriving with a time ahead is projected, as 'arrive next week' is", () => {
    expect(extractEstimates("5,000 more North Korean troops are arriving next week.").map((e) => [e.modality, e.increment])).toEqual([["projected", true]]);
  });

  it.each([
    ["Moscow mulled sending 5,000 troops.", "5,000 troops"],
    ["Moscow contemplated sending 5,000 troops.", "5,000 troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Germany sent 100 tanks last month.", "100 tanks"],
    ["Germany pledged $500 million.", "$500 million"],
    ["Russia is sending 5,000 troops to Kursk.", "5,000 troops"],
    ["5,000 troops are arriving every week.", "5,000 troops"],
    ["The 300 prisoners are awaiting trial.", "The 300 prisoners"],
    ["Moscow offered 3 reasons.", "3"],
    ["Ukraine received the 300 tanks that arrived.", "the 300 tanks"],
  ])("asserted: %s", one("asserted"));
});

describe("a promised or needed total beside the part delivered", () => {
  it.each([
    ["Ukraine received only 60 of the 300 tanks it needs.", "only 60", "the 300 tanks"],
    ["Ukraine received only 60 of the 300 tanks it requested.", "only 60", "the 300 tanks"],
    ["Ukraine received 60 of the 300 tanks promised.", "60", "the 300 tanks"],
    ["Only 60 of the 300 promised tanks have arrived.", "Only 60", "the 300 promised tanks"],
    ["Russia sent 5,000 troops, more than the 3,000 it had planned.", "5,000 troops", "the 3,000"],
  ])("%s", (sentence, part, total) => {
    expect(read(sentence)).toEqual([[part, "asserted"], [total, "planned"]]);
  });

  it("Of the 300 pledged tanks, 60 have arrived.", () => {
    expect(read("Of the 300 pledged tanks, 60 have arrived.")).toEqual([["the 300 pledged tanks", "planned"], ["60", "asserted"]]);
  });

  it.each([
    ["The 300 tanks pledged by the West have yet to arrive.", "The 300 tanks"],
    ["The promised 300 tanks never arrived.", "300 tanks"],
    ["The EU fell short of its 1 million goal.", "1 million"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Germany delivered the 300 tanks Ukraine needs.", "the 300 tanks"],
    ["Of the 300 tanks, 60 have arrived.", "the 300 tanks"],
  ])("asserted: %s", (sentence, figure) => {
    expect(read(sentence)[0]).toEqual([figure, "asserted"]);
  });
});

describe("a 'would' with a condition after its figure supposes it", () => {
  it.each([
    ["North Korea would send 3,000 more troops if asked.", "3,000 more troops"],
    ["Russia would lose 5,000 troops if it attacked.", "5,000 troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["North Korea will send 3,000 more troops if asked.", "3,000 more troops"],
    ["North Korea would send 3,000 more troops, if not more.", "3,000 more troops, if not more"],
    ["Germany would send 100 tanks next month.", "100 tanks"],
  ])("planned: %s", one("planned"));
});
