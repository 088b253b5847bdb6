// Plans named by nouns ("a proposal to send", "a bill to mobilise", "a request for", "the plan
// calls for sending") make their figures planned; a nominal cue whose phrase has a verb of its
// own before the figure ("the long-planned counteroffensive began … with 60,000") does not.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("a plan named by a noun", () => {
  it.each([
    ["A proposal to send 5,000 troops was rejected.", "5,000 troops"],
    ["The plan calls for 160,000 troops.", "160,000 troops"],
    ["The plan calls for sending 160,000 troops.", "160,000 troops"],
    ["The Pentagon's plan calls for sending 160,000 troops.", "160,000 troops"],
    ["Parliament passed a bill to mobilise 50,000 reservists.", "50,000 reservists"],
    ["Kyiv made a request for 300 tanks.", "300 tanks"],
    ["Kyiv requested 300 tanks.", "300 tanks"],
    ["Kyiv's request for 300 tanks was granted.", "300 tanks"],
    ["The UN passed a resolution to deploy 5,000 peacekeepers.", "5,000 peacekeepers"],
    ["The order to withdraw 2,000 troops came on Monday.", "2,000 troops"],
    ["A bid to recruit 10,000 volunteers failed.", "10,000 volunteers"],
    ["The planned armoured brigade of 5,000 troops was formed.", "5,000 troops"],
    ["The goal is to train 10,000 pilots.", "10,000 pilots"],
    ["Ukraine's goal of training 10,000 pilots was announced.", "10,000 pilots"],
    ["The objective is to recruit 20,000 volunteers by June.", "20,000 volunteers"],
    ["The intention is to send 5,000 troops.", "5,000 troops"],
  ])("planned: %s", one("planned"));

  it.each([
    ["The long-planned counteroffensive began in June with 60,000 troops.", "60,000 troops"],
    ["The planned counteroffensive began in June with 60,000 troops.", "60,000 troops"],
    ["The planned offensive launched in June with 60,000 troops.", "60,000 troops"],
    ["Requests for aid rose to 300 a day.", "300 a day"],
    ["Kyiv's request for aid brought 300 tanks.", "300 tanks"],
    ["Following a request from Kyiv, the US sent 300 tanks.", "300 tanks"],
    ["Losses were on the order of 300 tanks.", "on the order of 300 tanks"],
    ["In order to hold the line, 5,000 troops were sent.", "5,000 troops"],
    ["Under the law, 50,000 men were mobilised.", "50,000 men"],
  ])("asserted: %s", one("asserted"));
});
