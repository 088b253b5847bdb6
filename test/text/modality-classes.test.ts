// Word classes of modality, each with sentences it must change and look-alikes that must stay
// as they were: a negation before a word of saying, a word that calls a clause false, "failed
// to" and "yet to", questions ("whether", "knows if", "doubt that"), "perhaps" and "maybe",
// "until" as a clause word, a figure that is a given ("among the 12,000"), wants and threats,
// questions, not confirming, figures called false or retracted, and negations that set aside.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a negation before a word of saying denies what is said", () => {
  it.each([
    ["Officials did not say that 3,000 civilians were killed.", "3,000 civilians"],
    ["The ministry never said that 3,000 civilians were killed.", "3,000 civilians"],
    ["He didn't say 3,000 died.", "3,000"],
    ["The army has not stated that 800 soldiers deserted.", "800 soldiers"],
    ["Seoul did not report that 12,000 troops were sent.", "12,000 troops"],
    ["The UN has not reported that 3,000 died.", "3,000"],
    ["Kyiv never told reporters 1,000 had surrendered.", "1,000"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Officials said that 3,000 civilians were killed.", "3,000 civilians"],
    ["He said he did not know, but 3,000 died.", "3,000"],
    ["He did not say, but 3,000 died.", "3,000"],
    ["Officials told reporters that 3,000 died.", "3,000"],
    ["The ministry said it did not count them; 3,000 died.", "3,000"],
    ["The ministry did not say when the 5,000 troops would arrive.", "the 5,000 troops"],
  ])("asserted: %s", one("asserted"));
});

describe("a word that calls the clause after it false denies it", () => {
  it.each([
    ["It's false that 300,000 were mobilised.", "300,000"],
    ["It is false that 300,000 were mobilised.", "300,000"],
    ["It is simply false that 3,000 died.", "3,000"],
    ["It is incorrect that 4,000 troops were lost.", "4,000 troops"],
    ["He spread false reports that 3,000 died.", "3,000"],
    ["Moscow called it a baseless claim that 3,000 died.", "3,000"],
    ["Kyiv rejected unfounded allegations of 2,000 desertions.", "2,000"],
  ])("negated: %s", one("negated"));

  it.each([
    ["The false flag attack killed 300.", "300"],
    ["They filed 3,000 false reports.", "3,000"],
    ["The false flag that killed 300 civilians was staged.", "300 civilians"],
    ["It is not false that 3,000 died.", "3,000"],
  ])("asserted: %s", one("asserted"));
});

describe("'failed to', 'unable to' and 'yet to' negate", () => {
  it.each([
    ["Russia failed to send 5,000 troops.", "5,000 troops"],
    ["North Korea has yet to send 5,000 more troops.", "5,000 more troops"],
    ["Moscow was unable to send 2,000 troops.", "2,000 troops"],
    ["The coalition fails to deliver 300 tanks.", "300 tanks"],
  ])("negated: %s", one("negated"));

  it.each([
    ["The failed attack killed 300.", "300"],
    ["The army did not fail to send 3,000 troops.", "3,000 troops"],
    ["Casualties declined to 5,000.", "5,000"],
  ])("asserted: %s", one("asserted"));

  it("'not yet' still negates", () => {
    expect(read("Russia has not yet sent 5,000 troops.")).toEqual([["5,000 troops", "negated"]]);
  });
});

describe("a figure in a question is held possible", () => {
  it.each([
    ["It is unclear whether 600 soldiers died.", "600 soldiers"],
    ["No one knows if 15,000 troops were sent.", "15,000 troops"],
    ["Analysts questioned whether 25,000 troops were lost.", "25,000 troops"],
    ["He did not say whether 5,000 troops were sent.", "5,000 troops"],
    ["It is not clear if 2,000 were captured.", "2,000"],
    ["Reporters asked if 10,000 more would be mobilised.", "10,000 more"],
    ["Whether or not 5,000 troops arrive, the line will hold.", "5,000 troops"],
    ["Analysts doubt that 25,000 troops were lost.", "25,000 troops"],
    // an open condition asks nothing, but supposes its figure
    ["If 5,000 troops are sent, the line holds.", "5,000 troops"],
    ["He said that if 5,000 troops are sent, the line will hold.", "5,000 troops"],
  ])("potential: %s", one("potential"));

  it.each([
    ["If 5,000 died last year, more will die this year.", "5,000"],
    ["There is no doubt that 5,000 soldiers died.", "5,000 soldiers"],
    ["Nobody doubts that 5,000 soldiers died.", "5,000 soldiers"],
  ])("asserted: %s", one("asserted"));
});

describe("'perhaps' and 'maybe' hold a figure possible", () => {
  it("a range, perhaps more", () => {
    expect(read("3,000 to 4,000, perhaps 5,000, troops")).toEqual([["3,000 to 4,000", "asserted"], ["5,000", "potential"]]);
    expect(read("Hundreds, perhaps thousands, died.")).toEqual([["Hundreds", "asserted"], ["thousands", "potential"]]);
  });

  it.each([
    ["Maybe 5,000 died.", "5,000"],
    ["Perhaps as many as 20,000 troops crossed.", "as many as 20,000 troops"],
  ])("potential: %s", one("potential"));
});

describe("'until' is a clause word: 'not ... until' affirms", () => {
  it.each([
    ["Reinforcements did not arrive until 2,000 had been killed.", "2,000"],
    ["The town did not fall until 3,000 defenders had died.", "3,000 defenders"],
    ["The offensive stalled until 2,000 troops arrived.", "2,000 troops"],
  ])("asserted: %s", one("asserted"));
});

describe("a given figure ('among the 12,000') is not what is denied", () => {
  it.each([
    ["There were no casualties among the 12,000 troops.", "the 12,000 troops"],
    ["It is not clear how many of the 11,000 troops were killed.", "the 11,000 troops"],
    ["Ukraine did not lose any of the 300 tanks.", "the 300 tanks"],
    ["Not one of these 5,000 soldiers came home.", "5,000 soldiers"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["Russia did not send 12,000 troops.", "12,000 troops"],
    ["Russia did not send the 12,000 troops.", "the 12,000 troops"],
    ["Kyiv denied that 300 of its soldiers surrendered.", "300"],
  ])("negation still reads beside it: %s", one("negated"));
});

describe("a want, a threat or a plan about to happen is a plan; 'should', 'must' and 'considering' hold possible", () => {
  it.each([
    ["Russia wants to send 3,000 more troops.", "3,000 more troops"],
    ["Russia is set to send 3,000 troops.", "3,000 troops"],
    ["Russia is about to send 3,000 troops.", "3,000 troops"],
    ["Russia threatened to send 3,000 troops.", "3,000 troops"],
    ["Moscow wanted to deploy 5,000 troops.", "5,000 troops"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Russia is considering sending 3,000 troops.", "3,000 troops"],
    ["Russia should send 3,000 troops.", "3,000 troops"],
    ["Russia must send 3,000 troops.", "3,000 troops"],
    ["Berlin is weighing sending 100 tanks.", "100 tanks"],
  ])("potential: %s", one("potential"));

  it.each([
    ["The toll is set to reach 10,000.", "10,000"],
    ["The death toll should reach 10,000.", "10,000"],
  ])("projected: %s", one("projected"));

  it.each([
    ["The ministry set 300 fires.", "300"],
    ["About 3,000 troops arrived.", "About 3,000 troops"],
    ["Russia threatened 3,000 civilians.", "3,000 civilians"],
    ["The limit was set to 3,000.", "3,000"],
    ["The limit was set to about 3,000.", "about 3,000"],
  ])("asserted: %s", one("asserted"));
});

describe("a question asserts nothing", () => {
  it.each([
    ["Officials would not say if 3,000 troops were sent.", "3,000 troops"],
    ["Nobody can say if 700 soldiers died.", "700 soldiers"],
    ["It is far from clear that 700 soldiers died.", "700 soldiers"],
    ["It is possible that 700 soldiers died.", "700 soldiers"],
    ["It is not clear that 700 soldiers died.", "700 soldiers"],
    ["Did Russia really lose 900 tanks?", "900 tanks"],
  ])("potential: %s", one("potential"));

  it("every figure of a question", () => {
    expect(read("Was it 900 tanks or 1,200?")).toEqual([["900 tanks", "potential"], ["1,200", "potential"]]);
  });

  it.each([
    ["He said 3,000 died. Why?", "3,000"],
    ["How many died? 3,000, officials said.", "3,000"],
    ["It is clear that 700 soldiers died.", "700 soldiers"],
    ["Was anyone among the 300 troops hurt?", "the 300 troops"],
  ])("asserted: %s", one("asserted"));

  it("'not possible that' still denies", () => {
    expect(read("It is not possible that 700 soldiers died.")).toEqual([["700 soldiers", "negated"]]);
  });
});

describe("not confirming a figure holds it possible", () => {
  it.each([
    ["Officials declined to confirm that 8,000 troops had crossed.", "8,000 troops"],
    ["Officials refused to confirm that 8,000 troops had crossed.", "8,000 troops"],
    ["Officials could neither confirm nor deny that 8,000 troops had crossed.", "8,000 troops"],
    ["Officials could not confirm that 8,000 troops had crossed.", "8,000 troops"],
    ["The UN has been unable to verify the 3,000 deaths reported by Kyiv.", "the 3,000 deaths"],
    ["The army did not confirm 3,000 deaths.", "3,000 deaths"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Officials confirmed that 8,000 troops had crossed.", "8,000 troops"],
    ["The UN verified 3,000 deaths.", "3,000 deaths"],
    ["Casualties declined to 3,000.", "3,000"],
  ])("asserted: %s", one("asserted"));

  it("'declined to send' is a refusal", () => {
    expect(read("Officials declined to send 3,000 troops.")).toEqual([["3,000 troops", "negated"]]);
  });
});

describe("a figure called false, retracted or far off is denied", () => {
  it.each([
    ["Casualties were nowhere near 7,000.", "7,000"],
    ["Casualties were far from 7,000.", "7,000"],
    ["Moscow falsely claimed that 3,000 Ukrainian troops had surrendered.", "3,000 Ukrainian troops"],
    ["It was wrongly reported that 3,000 died.", "3,000"],
    ["It's a lie that 3,000 troops had arrived.", "3,000 troops"],
    ["The ministry retracted its report of 3,000 deaths.", "3,000 deaths"],
    ["The ministry later withdrew the figure of 3,000 deaths.", "3,000 deaths"],
    ["Ukraine disputes Russia's figure of 700 dead.", "700 dead"],
    ["Baseless rumours of 1,500 deaths circulated online.", "1,500 deaths"],
    ["Kyiv dismissed the toll of 3,000 as propaganda.", "3,000"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Casualties were not far from 7,000.", "7,000"],
    ["It is far from the 3,000 troops.", "the 3,000 troops"],
    ["Russia withdrew 3,000 troops.", "3,000 troops"],
    ["The false flag attack killed 300.", "300"],
    ["No one disputes reports of 3,000 dead.", "3,000 dead"],
    ["Russia did not dispute the figure of 3,000 dead.", "3,000 dead"],
    ["The estimate of 3,000 deaths was revised.", "3,000 deaths"],
    ["Russia mistakenly shelled 300 of its own troops.", "300"],
  ])("asserted: %s", one("asserted"));
});

describe("a negation that sets a figure aside or asks how does not deny it", () => {
  it.each([
    ["The general was unable to explain how 4,000 troops were lost.", "4,000 troops"],
    ["He did not know how 3,000 died.", "3,000"],
    ["Officials declined to say why 3,000 troops were moved.", "3,000 troops"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["Russia lost 700 tanks, not counting 200 captured.", [["700 tanks", "asserted"], ["200 captured", "asserted"]]],
    ["3,000 troops crossed, not including 200 wounded.", [["3,000 troops", "asserted"], ["200 wounded", "asserted"]]],
    ["Russia lost 700 tanks, not to mention 200 guns.", [["700 tanks", "asserted"], ["200 guns", "asserted"]]],
  ])("asserted: %s", (sentence, figures) => {
    expect(read(sentence)).toEqual(figures);
  });
});
