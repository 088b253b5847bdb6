// "Voted down" refuses a sum or an act as "rejected" does; a decision in the past perfect before a
// received sum denies nothing; verbs of weighing an act hold it possible; "due to" before no verb
// is a cause.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("voted down, turned down", () => {
  it.each([
    ["Lawmakers voted down $60 billion in aid.", [["$60 billion", "negated"]]],
    ["Lawmakers voted down a $60 billion aid package.", [["$60 billion", "negated"]]],
    ["The Senate voted down sending 5,000 troops.", [["5,000 troops", "negated"]]],
    ["The parliament turned down a $5 billion loan.", [["$5 billion", "negated"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it("a vote for a sum refuses nothing", () => {
    expect(mod("Lawmakers voted for $60 billion in aid.")).toEqual([["$60 billion", "asserted"]]);
  });
});

describe("a decision before what the sentence reports", () => {
  it.each([
    ["Ukraine received $60 billion, which Congress had rejected.", [["$60 billion", "asserted"]]],
    ["Ukraine received $60 billion in aid, which Congress had earlier rejected.", [["$60 billion", "asserted"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["Russia claimed 3,000 dead, which Kyiv denied.", [["3,000 dead", "negated"]]],
    ["Russia claimed 3,000 dead, which Kyiv rejected.", [["3,000 dead", "negated"]]],
    ["Russia claimed 3,000 dead, which Kyiv had denied.", [["3,000 dead", "negated"]]],
  ])("a report denied stays denied: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("weighing an act", () => {
  it.each([
    ["US weighs 3,000-troop deployment to Poland.", [["3,000-troop", "potential"]]],
    ["US weighs sending 3,000 troops to Poland.", [["3,000 troops", "potential"]]],
    ["US considers sending 3,000 troops to Poland.", [["3,000 troops", "potential"]]],
    ["The Pentagon considered a deployment of 3,000 troops.", [["3,000 troops", "potential"]]],
    ["The US eyes 3,000 more troops for Poland.", [["3,000 more troops", "potential"]]],
    ["US eyeing 3,000-troop deployment to Poland.", [["3,000-troop", "potential"]]],
    ["US prepared to deploy 3,000 troops.", [["3,000 troops", "planned"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["The tank weighs 60 tonnes.", [["60 tonnes", "asserted"]]],
    ["The convoy weighed 300 tonnes.", [["300 tonnes", "asserted"]]],
    ["Russia weighs 3,000 tanks.", [["3,000 tanks", "asserted"]]],
    ["Biden considered 3,000 troops enough.", [["3,000 troops", "asserted"]]],
    ["Russia is considered to have 3,000 tanks.", [["3,000 tanks", "asserted"]]],
    ["Officials weighed the 3,000 deaths against the gains.", [["the 3,000 deaths", "asserted"]]],
    ["Russia prepared 3,000 troops for the offensive.", [["3,000 troops", "asserted"]]],
  ])("no act weighed: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("due", () => {
  it.each([
    ["About 200 due to fighting.", [["About 200", "asserted"]]],
    ["About 200 deaths due to fighting.", [["About 200 deaths", "asserted"]]],
    ["About 200 died due to fighting.", [["About 200", "asserted"]]],
  ])("a cause: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["Another 200 due next month.", [["Another 200", "planned"]]],
    ["Another 200 tanks are due to arrive in March.", [["Another 200 tanks", "planned"]]],
    ["3,000 troops are due to be deployed.", [["3,000 troops", "planned"]]],
    ["5,000 more are due to reach the front.", [["5,000 more", "projected"]]],
  ])("a plan: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
