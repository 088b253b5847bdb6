// A headline infinitive whose object is a fact already there ("UN to probe 3,000 deaths") looks
// ahead to the act, not the figure; "as" alone opens a clause of its own, and shares no plan.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a headline infinitive over a fact", () => {
  it.each([
    ["UN to probe 3,000 deaths in Bucha.", [["3,000 deaths", "asserted"]]],
    ["Russia to blame for 3,000 deaths, UN says.", [["3,000 deaths", "asserted"]]],
    ["Survivors to mark anniversary of 3,000 deaths.", [["3,000 deaths", "asserted"]]],
    ["Families to bury 300 victims.", [["300 victims", "asserted"]]],
    ["US to deploy 3,000 troops.", [["3,000 troops", "planned"]]],
    ["Toll to rise to 5,000.", [["5,000", "projected"]]],
    ["Russia to lose 3,000 troops.", [["3,000 troops", "projected"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("'as' opens a clause of its own", () => {
  it.each([
    ["Ukraine to receive 300 tanks as 3,000 troops train.", [["300 tanks", "planned"], ["3,000 troops", "asserted"]]],
    ["Russia weighs sending 3,000 troops as 500 die.", [["3,000 troops", "potential"], ["500", "asserted"]]],
    ["US to send 3,000 troops as well as 200 tanks.", [["3,000 troops", "planned"], ["200 tanks", "planned"]]],
    ["US will send 3,000 troops as well as 200 tanks.", [["3,000 troops", "planned"], ["200 tanks", "planned"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
