// Cues after a figure that is the subject of their clause ("5,000 troops would be deployed"),
// a denial whose word of report follows the figure ("dismissed the 12,000 estimate"), "stopped
// short of", and not confirming a report; each with sentences it must change and look-alikes
// that must stay as they were.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a plan or a prospect after the figure it is said of", () => {
  it.each([
    ["About 5,000 troops would be deployed next year.", "About 5,000 troops"],
    ["Some 5,000 troops are to be deployed next year.", "Some 5,000 troops"],
    ["About 3,000 more were to arrive in May.", "About 3,000 more"],
    ["10,000 North Korean troops are set to be deployed.", "10,000 North Korean troops"],
    ["5,000 troops from the north would be sent.", "5,000 troops"],
    ["Officials said 2,000 engineers will be dispatched to Kursk.", "2,000 engineers"],
    ["Another 300 tanks will reportedly be supplied.", "Another 300 tanks"],
    ["12,000 shells are scheduled for delivery.", "12,000 shells"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Officials said 5,000 troops are expected to arrive.", "5,000 troops"],
    ["5,000 troops will die.", "5,000 troops"],
    ["Thousands more are expected.", "Thousands more"],
    ["40,000 refugees are likely to cross by spring.", "40,000 refugees"],
    ["3,000 more are to reach the front.", "3,000 more"],
  ])("projected: %s", one("projected"));

  it.each([
    ["3,000 people may have died.", "3,000 people"],
    ["500 civilians could be trapped.", "500 civilians"],
    ["3,000 deaths have not been confirmed.", "3,000 deaths"],
    ["The 3,000 deaths could not be verified.", "The 3,000 deaths"],
    ["1,200 casualties couldn't be confirmed.", "1,200 casualties"],
  ])("potential: %s", one("potential"));

  it.each([
    ["5,000 troops won't be sent.", "5,000 troops"],
    ["3,000 more would not be deployed.", "3,000 more"],
  ])("negated: %s", one("negated"));

  it.each([
    ["5,000 troops were killed.", "5,000 troops"],
    ["Around 15,000 North Korean laborers have been sent to Russia.", "Around 15,000 North Korean laborers"],
    ["5,000 troops arrived last week to what could be a new front.", "5,000 troops"],
    ["The loss of 900 tanks will weigh on Russia.", "900 tanks"],
    ["The ministry did not say when the 5,000 troops would arrive.", "the 5,000 troops"],
    ["The 12,000 troops will be rotated out.", "The 12,000 troops"],
    ["The toll was 157 on May 1.", "157"],
    ["Russia lost 900 tanks, which could be replaced.", "900 tanks"],
    ["Russia lost 900 tanks and could lose more.", "900 tanks"],
    ["3,000 soldiers were not paid.", "3,000 soldiers"],
    ["The Pentagon said 2,000 troops have been sent.", "2,000 troops"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["5,000 troops and 200 tanks would be sent.", [["5,000 troops", "planned"], ["200 tanks", "planned"]]],
    ["Some 5,000 troops, 200 tanks and 40 jets are to be deployed.", [["Some 5,000 troops", "planned"], ["200 tanks", "planned"], ["40 jets", "planned"]]],
    ["Officials said 5,000 troops and 200 tanks won't be sent.", [["5,000 troops", "negated"], ["200 tanks", "negated"]]],
    ["Russia lost 5,000 troops, and 200 tanks would be sent.", [["5,000 troops", "asserted"], ["200 tanks", "planned"]]],
    ["Officials said 3,000 died and 500 more may have died.", [["3,000", "asserted"], ["500 more", "potential"]]],
  ])("shares the verb after the last of figures joined before it, when they open their clause: %s", (sentence, figures) => {
    expect(read(sentence)).toEqual(figures);
  });

  it("reads the second of two figures by the verb after it", () => {
    expect(read("Russia has 300 tanks there; 200 more will be sent.")).toEqual([
      ["300 tanks", "asserted"],
      ["200 more", "planned"],
    ]);
  });
});

describe("a denial of a figure named by its word of report", () => {
  it.each([
    ["The ministry dismissed the 12,000 estimate as exaggerated.", "the 12,000"],
    ["Moscow rejected the 3,000 figure.", "the 3,000"],
    ["Kyiv disputed Russia's 5,000 toll.", "5,000"],
  ])("negated: %s", one("negated"));

  it.each([
    ["The ministry dismissed 3,000 officers.", "3,000 officers"],
    ["Nobody disputed the 3,000 estimate.", "the 3,000"],
    ["Nobody disputed reports of 3,000 dead.", "3,000 dead"],
  ])("asserted: %s", one("asserted"));
});

describe("stopping short of a figure", () => {
  it.each([
    ["Officials stopped short of confirming 3,000 deaths.", "3,000 deaths"],
    ["The ministry stops short of verifying the 1,000 desertions.", "the 1,000"],
  ])("potential: %s", one("potential"));

  it.each([["Seoul stopped short of sending the 5,000 troops.", "the 5,000 troops"]])("negated: %s", one("negated"));

  it.each([
    ["The offensive fell short, with 3,000 killed.", "3,000 killed"],
    ["The convoy stopped, 300 vehicles short of the border.", "300 vehicles"],
  ])("asserted: %s", one("asserted"));
});

describe("not confirming a report holds its figure possible", () => {
  it.each([
    ["The ministry declined to confirm reports that 3,000 died.", "3,000"],
    ["Officials could not verify claims that 3,000 died.", "3,000"],
    ["The UN has not confirmed media reports that 800 civilians were killed.", "800 civilians"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Kyiv rejected reports that 3,000 died.", "3,000"],
    ["The ministry confirmed reports that 3,000 died.", "3,000"],
  ])("%s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, sentence.startsWith("Kyiv") ? "negated" : "asserted"]]);
  });
});

describe("a cue that is a noun or an adjective of a phrase the figure is not part of", () => {
  it.each([
    ["The planned offensive killed 300 soldiers.", "300 soldiers"],
    ["Plans for the offensive cost 300 lives.", "300"],
    ["The will of 3,000 soldiers held.", "3,000 soldiers"],
    ["Its proposed route crossed 40 villages.", "40 villages"],
    // a verb of arriving in the past says the plan was carried out
    ["The planned 5,000 troops arrived.", "5,000 troops"],
  ])("asserted: %s", one("asserted"));

  it.each([
    ["The planned 5,000 troops never arrived.", "5,000 troops"],
    ["Plans to send 3,000 troops were approved.", "3,000 troops"],
    ["Russia's plans call for 3,000 more troops.", "3,000 more troops"],
    ["The plan envisages 3,000 troops.", "3,000 troops"],
  ])("planned: %s", one("planned"));

  it.each([
    ["The projected losses of 300,000 are grim.", "300,000"],
    ["Projections show 50,000 deaths by May.", "50,000 deaths"],
    ["Forecasts point to 50,000 deaths.", "50,000 deaths"],
  ])("projected: %s", one("projected"));
});

describe("words of duty, readiness, seeking and fear", () => {
  it.each([
    ["Russia is due to send 3,000 troops.", "3,000 troops"],
    ["Russia was supposed to send 3,000 troops.", "3,000 troops"],
    ["Parliament voted to send 3,000 troops.", "3,000 troops"],
    ["Russia seeks to recruit 400,000 soldiers.", "400,000 soldiers"],
    ["Pyongyang is ready to send 5,000 troops.", "5,000 troops"],
  ])("planned: %s", one("planned"));

  it.each([
    ["Pyongyang is capable of sending 100,000 troops.", "100,000 troops"],
    ["It is feared that 3,000 died.", "3,000"],
    ["As many as 10,000 are feared dead.", "As many as 10,000"],
    ["The figure of 4,000 casualties could not be verified.", "4,000 casualties"],
    ["Reports of 4,000 casualties could not be verified.", "4,000 casualties"],
  ])("potential: %s", one("potential"));

  it.each([
    ["5,000 troops have yet to arrive.", "5,000 troops"],
    ["3,000 troops failed to arrive.", "3,000 troops"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Casualties were due to shelling, with 300 killed.", "300 killed"],
    ["The ready reserve of 3,000 troops.", "3,000 troops"],
    ["The toll was 300, higher than feared.", "300"],
  ])("asserted: %s", one("asserted"));

  it("reads the second of two figures with the possibility of more as possible", () => {
    expect(read("North Korea has sent 10,000 troops, with the possibility of 3,000 more.")).toEqual([
      ["10,000 troops", "asserted"],
      ["3,000 more", "potential"],
    ]);
  });
});
