// What is sought rather than had: needs, requests, wants and targets are planned; the course a
// figure is on ("on track to") is projected. Look-alikes that are verbs of doing or past facts
// keep their reading, and a need is never an asserted increment.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a need is not there yet: planned, never an asserted increment", () => {
  it.each([
    ["Ukraine needs 500,000 more soldiers, the general said.", "500,000 more soldiers"],
    ["Russia needs 3,000 more troops to hold the line.", "3,000 more troops"],
    ["Russia would need 3,000 more troops.", "3,000 more troops"],
    ["Russia will need 3,000 more troops.", "3,000 more troops"],
    ["3,000 more troops are needed.", "3,000 more troops"],
    ["The patient needed 3,000 stitches.", "3,000"],
    ["The town is in need of 300 tonnes of aid.", "300 tonnes"],
    ["The operation required 10,000 troops.", "10,000 troops"],
    ["The front requires another 20,000 men.", "another 20,000 men"],
    ["Kyiv demanded 300 tanks.", "300 tanks"],
    ["What Ukraine needs is 500,000 more soldiers.", "500,000 more soldiers"],
    ["Ukraine says it needs 500,000 more soldiers.", "500,000 more soldiers"],
  ])("planned: %s", one("planned"));

  it("no asserted increment comes from a need", () => {
    for (const s of ["Ukraine needs 500,000 more soldiers, the general said.", "Russia needs 3,000 more troops to hold the line."]) {
      expect(extractEstimates(s).filter((e) => e.increment && e.modality === "asserted")).toEqual([]);
    }
  });

  it.each([
    ["Ukraine does not need 500,000 soldiers.", "500,000 soldiers"],
  ])("negated: %s", one("negated"));

  it.each([
    ["3,000 people needed stitches.", "3,000 people"],
    ["3,000 people required hospital treatment.", "3,000 people"],
    ["Volunteers collected the required 300 signatures.", "300"],
    ["Meeting the needs of 300,000 displaced people is hard.", "300,000 displaced"],
    ["The demands of 3,000 strikers were met.", "3,000"],
    ["The UN said needs were rising among 300,000 displaced people.", "300,000 displaced"],
  ])("asserted: %s", one("asserted"));

  it("10,000 will need shelter stays a projection of the 10,000", () => {
    expect(read("10,000 will need shelter.")).toEqual([["10,000", "projected"]]);
  });
});

describe("a request, a want or a target is planned", () => {
  it.each([
    ["Kyiv asked for 300 tanks.", "300 tanks"],
    ["Kyiv asked Washington for 300 tanks.", "300 tanks"],
    ["Zelensky called for 300 more tanks.", "300 more tanks"],
    ["Zelensky pleaded for 300 more tanks.", "300 more tanks"],
    ["Kyiv appealed for 300 tanks.", "300 tanks"],
    ["Kyiv has lobbied Berlin for 300 tanks.", "300 tanks"],
    ["The appeal for 300 tanks went unanswered.", "300 tanks"],
    ["The plan calls for 160,000 troops.", "160,000 troops"],
    ["Ukraine wants 300 tanks.", "300 tanks"],
    ["Ukraine wants another 300 tanks.", "another 300 tanks"],
    ["Russia seeks 300 tanks from Iran.", "300 tanks"],
    ["The target is 1.5 million soldiers.", "1.5 million soldiers"],
    ["The recruitment target is 1.5 million soldiers.", "1.5 million soldiers"],
    ["A target of 300,000 recruits was set.", "300,000 recruits"],
    ["The goal is 1.5 million soldiers.", "1.5 million soldiers"],
    ["The budget envisages 1.5 million soldiers.", "1.5 million soldiers"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Kyiv received 300 tanks it asked for.", "300 tanks"],
    ["300 residents were asked to leave.", "300 residents"],
    ["300 residents appealed to the court.", "300 residents"],
    ["The court heard 300 appeals.", "300"],
    ["3,000 reservists were called up.", "3,000 reservists"],
    ["Russia called up 300,000 reservists.", "300,000 reservists"],
    ["Drones target 300 sites every night.", "300"],
    ["Russian drones targeted 300 sites.", "300"],
    ["The target was hit by 3 missiles.", "3 missiles"],
    ["Russia's targets include 300 sites.", "300"],
    ["The planned offensive killed 300 soldiers.", "300 soldiers"],
  ])("asserted: %s", one("asserted"));
});

describe("the course a figure is on is projected", () => {
  it.each([
    ["Russia is on track to lose 500,000 troops by year end.", "500,000 troops"],
    ["The army is on track to reach 1.5 million.", "1.5 million"],
    ["Russia is on course to recruit 400,000 this year.", "400,000"],
    ["Russia is on pace to lose 400,000 soldiers.", "400,000 soldiers"],
    ["Russia is on track for 500,000 losses this year.", "500,000"],
  ])("projected: %s", one("projected"));

  it.each([
    ["The convoy of 300 trucks stayed on course.", "300 trucks"],
    ["Of course 3,000 died.", "3,000"],
    ["The train on track for 300 km stopped.", "300 km"],
  ])("asserted: %s", one("asserted"));
});

describe("a clause demanded or required is sought", () => {
  it.each([
    ["Russia demanded that Ukraine withdraw 3,000 troops.", "3,000 troops"],
    ["Russia requires that 3,000 troops remain.", "3,000 troops"],
    ["Kyiv has repeatedly asked for more than 300 tanks.", "more than 300 tanks"],
    ["The army needs at least 20,000 recruits a month.", "at least 20,000 recruits a month"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Russia never demanded that Ukraine withdraw 3,000 troops.", "3,000 troops"],
    ["The army no longer requires 3,000 troops.", "3,000 troops"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Officials said that 3,000 died.", "3,000"],
    ["The UN called the 3,000 deaths a tragedy.", "the 3,000 deaths"],
    ["Putin called 300,000 reservists to arms.", "300,000 reservists"],
    ["The hotline received 3,000 calls.", "3,000"],
  ])("asserted: %s", one("asserted"));

  it("a past need and what was received after it", () => {
    expect(read("Kyiv said it needed 300 tanks but received 100.")).toEqual([["300 tanks", "planned"], ["100", "asserted"]]);
  });
});

