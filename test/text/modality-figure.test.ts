// The shape of a figure's own phrase against the modality its clause gives it: a count of
// votes is a tally, not a plan; each with look-alikes that must stay as they were.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const all = (sentence: string, expected: readonly (readonly [string, Modality])[]) => {
  expect(read(sentence)).toEqual(expected);
};

// a tally of votes is no count of people and is left unread; what the vote decides is a plan
describe("a count of votes is a tally, not a plan", () => {
  it.each([
    ["The motion passed by 311 votes to 112.", []],
    ["The motion was approved by 311 votes to 112.", []],
    ["Parliament approved the deployment by a vote of 311 to 112.", []],
    ["The senators voted 60 to 40.", []],
    ["The Bundestag approved sending 1,200 troops by 445 votes to 146.", [["1,200 troops", "planned"]]],
    ["Parliament voted to send 5,000 troops.", [["5,000 troops", "planned"]]],
  ] as const)("%s", all);
});

describe("the level a forecast change starts from is asserted; where it goes is projected", () => {
  it.each([
    ["The death toll is expected to rise from 230 to 400.", [["230", "asserted"], ["400", "projected"]]],
    ["The toll could rise from 230 to 400 people.", [["230", "asserted"], ["400 people", "projected"]]],
    ["Casualties are projected to fall from 5,000 a month to 3,000.", [["5,000 a month", "asserted"], ["3,000", "projected"]]],
    ["The number of troops is set to increase from 30,000 to 45,000.", [["30,000", "asserted"], ["45,000", "projected"]]],
    ["The toll is expected to rise sharply from 230.", [["230", "asserted"]]],
    ["The toll will rise by 200 to 430.", [["200", "projected"], ["430", "projected"]]],
    ["Spending is expected to rise by 20% to $5 billion.", [["20%", "projected"], ["$5 billion", "projected"]]],
    ["Spending is expected to rise from $3 billion to $5 billion.", [["$3 billion", "asserted"], ["$5 billion", "projected"]]],
    ["We expect 5,000 troops to arrive.", [["5,000 troops", "projected"]]],
    ["The toll is expected to rise to 400.", [["400", "projected"]]],
    ["The toll rose from 230 to 400.", [["230", "asserted"], ["400", "asserted"]]],
    ["The army moved 300 troops from 3 bases to the front.", [["300 troops", "asserted"], ["3", "asserted"]]],
  ] as const)("%s", all);
});

describe("a figure already there is not what a future verb or a denial is about", () => {
  it.each([
    ["Russia has not withdrawn any of its 4,000 troops.", [["4,000 troops", "asserted"]]],
    ["Russia has not withdrawn any of Russia's 4,000 troops.", [["4,000 troops", "asserted"]]],
    ["None of their 300 tanks were lost.", [["300 tanks", "asserted"]]],
    ["12,000 troops will weigh on the budget.", [["12,000 troops", "asserted"]]],
    ["Its 12,000 troops will weigh on the budget.", [["12,000 troops", "asserted"]]],
    ["Russia's 12,000 troops will weigh on the budget.", [["12,000 troops", "asserted"]]],
    ["12,000 troops could weigh on the budget.", [["12,000 troops", "asserted"]]],
    ["It's not 4,000 troops.", [["4,000 troops", "negated"]]],
    ["Russia has not withdrawn 4,000 troops.", [["4,000 troops", "negated"]]],
  ] as const)("%s", all);

  it.each([
    ["5,000 troops will arrive in May.", [["5,000 troops", "projected"]]],
    ["5,000 troops will die.", [["5,000 troops", "projected"]]],
    ["10,000 civilians will need shelter.", [["10,000 civilians", "projected"]]],
    ["5,000 troops will be sent.", [["5,000 troops", "planned"]]],
    ["By June, 50,000 will have died.", [["50,000", "projected"]]],
    ["3,000 people may have died.", [["3,000 people", "potential"]]],
  ] as const)("%s", all);
});

describe("a decision to spend is a plan", () => {
  it.each([
    ["Congress would approve $500 million in aid.", [["$500 million", "planned"]]],
    ["The Senate will approve $500 million in aid.", [["$500 million", "planned"]]],
    ["$500 million will be approved.", [["$500 million", "planned"]]],
    ["The cabinet will earmark $2 billion for shells.", [["$2 billion", "planned"]]],
  ] as const)("%s", all);
});

describe("what would have happened is possible, not forecast", () => {
  it.each([
    ["Without the airlift, as many as 10,000 civilians would have died.", [["as many as 10,000 civilians", "potential"]]],
    ["The strike would have killed as many as 10,000 people.", [["as many as 10,000 people", "potential"]]],
    ["Experts say 20,000 more would likely have been killed.", [["20,000 more", "potential"]]],
    ["The army would have to send 5,000 troops.", [["5,000 troops", "planned"]]],
    ["By 2030, 50,000 troops will have been trained.", [["50,000 troops", "planned"]]],
  ] as const)("%s", all);
});
