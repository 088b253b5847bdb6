// Verbs of forecasting in their base form forecast as their other forms do ("Analysts predict
// 500,000 losses" is projected, as "predicts" is), and so do a feared outcome and "heading
// for"; "hoping for", a requirement and an aim's colon seek (planned). The same words as
// nouns ("a project of 300 homes", "Fear drove 3,000") and "an estimate of 3,000 dead" state.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("forecasts are projected", () => {
  it.each([
    ["Analysts predict 500,000 losses.", "500,000"],
    ["Analysts anticipate 500,000 losses.", "500,000"],
    ["They project 500,000 losses.", "500,000"],
    ["Experts foresee 500,000 losses.", "500,000"],
    ["We expect 500,000 losses.", "500,000"],
    ["Analysts forecast 500,000 losses.", "500,000"],
    ["Analysts estimate losses will reach 500,000.", "500,000"],
    ["Planners are anticipating 20,000 casualties.", "20,000 casualties"],
    ["Russia is heading for 500,000 losses.", "500,000"],
    ["Russia is heading for a record 500,000 losses.", "500,000"],
    ["The UN fears 3 million refugees.", "3 million refugees"],
    ["Aid groups fear 10,000 deaths this winter.", "10,000 deaths"],
    ["There are fears of 3 million refugees.", "3 million refugees"],
    ["Kyiv hopes to reach 10,000.", "10,000"],
  ])("projected: %s", one("projected"));
});

describe("what is hoped for, required or aimed at is planned", () => {
  it.each([
    ["Kyiv is hoping for 300 tanks.", "300 tanks"],
    ["Kyiv hopes for 300 tanks.", "300 tanks"],
    ["Kyiv is hoping for at least 300 tanks.", "at least 300 tanks"],
    ["Kyiv is hoping to get 300 tanks.", "300 tanks"],
    ["The goal: 1.5 million.", "1.5 million"],
    ["Kyiv's target: 300 tanks.", "300 tanks"],
    ["The requirement is 1,000 shells a day.", "1,000 shells a day"],
    ["Requirements for 3,000 troops were set.", "3,000 troops"],
  ])("planned: %s", one("planned"));
});

describe("the same words as nouns, and other neighbours, state", () => {
  it.each([
    ["The town has a project of 300 homes.", "300 homes"],
    ["Housing projects for 300 families stalled.", "300 families"],
    ["The project cost 300 million.", "300 million"],
    ["An estimate of 3,000 dead was published.", "3,000 dead"],
    ["Analysts estimate 3,000 dead.", "3,000 dead"],
    ["Fear drove 3,000 people from their homes.", "3,000 people"],
    ["Out of fear 3,000 people fled.", "3,000 people"],
    ["A convoy headed for Kursk with 300 tanks.", "300 tanks"],
    ["The head of 300 families said so.", "300 families"],
    ["The requirements of 300,000 displaced people are huge.", "300,000 displaced"],
    ["The requirement was met by 300 trucks.", "300 trucks"],
    ["The toll: 3,000 dead.", "3,000 dead"],
  ])("asserted: %s", one("asserted"));

  it("a denied forecast is negated", () => {
    expect(read("Analysts did not predict 500,000 losses.")).toEqual([["500,000", "negated"]]);
  });
});

describe("a verb of forecasting reaches only a figure near it", () => {
  it("projects a figure a few words on", () => {
    expect(read("They project total losses at 500,000.")).toEqual([["500,000", "projected"]]);
  });

  it("a fear that a figure came about holds it possible, as 'it is feared that' does", () => {
    expect(read("The UN fears that 3,000 died.")).toEqual([["3,000", "potential"]]);
  });

  it.each([
    ["Russia used drones to project force with 3,000 soldiers.", "3,000 soldiers"],
    ["Fears for 3,000 trapped civilians grew.", "3,000 trapped civilians"],
  ])("asserted: %s", one("asserted"));
});
