// A cue reaches across a date and an aside set off by commas; a plan runs on through "and
// later", "then" and a time phrase; a headline infinitive and a prospect plan what they name.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment]);
const modal = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a date between the cue and the figure", () => {
  it.each([
    ["Russia will send in 2026 another 3,000 troops.", [["another 3,000 troops", "planned", true]]],
    ["Russia will send on 5 March another 3,000 troops.", [["another 3,000 troops", "planned", true]]],
    ["Russia will send on March 5 another 3,000 troops.", [["another 3,000 troops", "planned", true]]],
    ["Germany will deliver its 2025 tranche of 40 tanks.", [["40 tanks", "planned", false]]],
    ["Germany plans to send in 2025 some 40 tanks.", [["some 40 tanks", "planned", false]]],
    ["Russia did not meet its 2024 quota of 3,000 troops.", [["3,000 troops", "negated", false]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it("keeps a count that looks like a year a count, and ends the clause at it", () => {
    expect(read("Russia will send the 2000 troops it promised.")).toEqual([["the 2000 troops", "planned", false]]);
    expect(read("In 2024 Russia lost 3,000 troops.")).toEqual([["3,000 troops", "asserted", false]]);
    expect(read("Russia sent in 2024 some 3,000 troops.")).toEqual([["some 3,000 troops", "asserted", false]]);
  });
});

describe("an aside set off by commas after the cue", () => {
  it.each([
    ["The US will, by 2026, deliver 40 jets.", [["40 jets", "planned"]]],
    ["Russia did not, last year, send 3,000 troops.", [["3,000 troops", "negated"]]],
    ["The US would, initially, provide 40 vehicles.", [["40 vehicles", "planned"]]],
    ["The US would initially only provide 40 vehicles.", [["40 vehicles", "planned"]]],
    ["North Korea could, in theory, send 10,000 troops.", [["10,000 troops", "potential"]]],
  ])("%s", (s, expected) => {
    expect(modal(s)).toEqual(expected);
  });

  it("does not reach across a comma after a word that is no cue, nor across a clause word", () => {
    expect(modal("Russia, by 2026, sent 3,000 troops.")).toEqual([["3,000 troops", "asserted"]]);
    expect(modal("The US will decide, and Russia sent 3,000 troops.")).toEqual([["3,000 troops", "asserted"]]);
  });
});

describe("a plan runs on through 'and later', 'then' and a time phrase", () => {
  it.each([
    ["The US will send 5,000 troops and later 3,000 more.", [["5,000 troops", "planned", false], ["3,000 more", "planned", true]]],
    ["The US will send 5,000 troops, then another 3,000.", [["5,000 troops", "planned", false], ["another 3,000", "planned", true]]],
    ["Germany plans to deliver 40 tanks in March and a further 60 in June.", [["40 tanks", "planned", false], ["a further 60", "planned", true]]],
    ["Germany plans to deliver 40 tanks this year and 60 next year.", [["40 tanks", "planned", false], ["60", "planned", false]]],
    ["North Korea could send 10,000 troops and eventually 30,000.", [["10,000 troops", "potential", false], ["30,000", "potential", false]]],
    ["Germany said it would initially provide 40 Marder vehicles and later 100 more.", [["40 Marder vehicles", "planned", false], ["100 more", "planned", true]]],
    ["The US will, by 2026, deliver 40 F-16s and 300 tanks.", [["40", "planned", false], ["300 tanks", "planned", false]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it("does not run into a clause of its own, nor turn a series of facts into plans", () => {
    expect(read("The US will send 5,000 troops, then Russia lost 300 tanks.")).toEqual([["5,000 troops", "planned", false], ["300 tanks", "asserted", false]]);
    expect(read("Russia lost 3,000 troops in May and 4,000 in June.")).toEqual([["3,000 troops", "asserted", false], ["4,000", "asserted", false]]);
    expect(read("Russia sent 5,000 troops and later 3,000 more.")).toEqual([["5,000 troops", "asserted", false], ["3,000 more", "asserted", true]]);
  });
});

describe("a headline infinitive and a prospect", () => {
  it.each([
    ["US to deploy 3,000 troops to Poland.", [["3,000 troops", "planned"]]],
    ["U.S. to deploy 3,000 troops to Poland.", [["3,000 troops", "planned"]]],
    ["Russia to send 3,000 more troops to Kursk, officials say.", [["3,000 more troops", "planned"]]],
    ["Breaking: Germany to send 40 tanks.", [["40 tanks", "planned"]]],
    ["Toll to rise to 5,000, officials say.", [["5,000", "projected"]]],
    ["Kyiv is in line to receive 40 tanks.", [["40 tanks", "planned"]]],
    ["Kyiv stands to receive 40 tanks.", [["40 tanks", "planned"]]],
    ["Russia stands to lose 3,000 troops.", [["3,000 troops", "projected"]]],
    ["Deliveries of 40 tanks are scheduled for March.", [["40 tanks", "planned"]]],
  ])("%s", (s, expected) => {
    expect(modal(s)).toEqual(expected);
  });

  it.each([
    ["Russia moved to deploy 3,000 troops.", [["3,000 troops", "asserted"]]],
    ["It took two weeks to deploy 3,000 troops.", [["3,000 troops", "asserted"]]],
    ["The toll stands at 3,000.", [["3,000", "asserted"]]],
    ["The figures are in line with 3,000 deaths.", [["3,000 deaths", "asserted"]]],
    ["3,000 troops stood to attention.", [["3,000 troops", "asserted"]]],
    ["Deliveries of 40 tanks were completed in March.", [["40 tanks", "asserted"]]],
  ])("leaves a fact a fact: %s", (s, expected) => {
    expect(modal(s)).toEqual(expected);
  });
});
