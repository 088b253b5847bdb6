// A refusal of an act, an urging to act and a plan with an adverb of when are not assertions of
// the figure they name: what was refused did not happen, and what was urged or is to come is
// not there yet.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const modal = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a verb of refusing whose object is an act", () => {
  it.each([
    ["Germany ruled out sending 100 tanks.", "100 tanks"],
    ["The parliament vetoed sending 2,000 troops.", "2,000 troops"],
    ["Berlin has ruled out the deployment of 2,000 troops.", "2,000 troops"],
    ["The senate vetoed a plan to send 2,000 troops.", "2,000 troops"],
    ["Berlin turned down a request to deliver 50 tanks.", "50 tanks"],
    ["Washington blocked the transfer of 300 missiles.", "300 missiles"],
    ["Paris rejected calls to deploy 5,000 soldiers.", "5,000 soldiers"],
  ])("denies the figure: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "negated"]]);
  });

  it.each([
    // a refusal that is itself denied holds the act possible, as before
    ["Germany did not rule out sending 100 tanks.", [["100 tanks", "potential"]]],
    // the object is no act: the figure is what happened
    ["Police ruled out foul play in 3 deaths.", [["3 deaths", "asserted"]]],
    ["Troops blocked 300 refugees at the border.", [["300 refugees", "asserted"]]],
    ["Germany refused to send 100 tanks.", [["100 tanks", "negated"]]],
    ["Kyiv rejected reports of 3,000 dead.", [["3,000 dead", "negated"]]],
    ["Germany stopped short of confirming 3,000 deaths.", [["3,000 deaths", "potential"]]],
    ["The parliament vetoed the bill, and 2,000 troops left.", [["2,000 troops", "asserted"]]],
  ])("leaves what it does not refuse as it was: %s", (s, found) => {
    expect(modal(s)).toEqual(found);
  });
});

describe("a verb of urging or asking with an act after 'to'", () => {
  it.each([
    ["Allies urged Berlin to send 50 more tanks.", "50 more tanks"],
    ["Allies asked Berlin to send 50 more tanks.", "50 more tanks"],
    ["Zelensky called on allies to send 50 tanks.", "50 tanks"],
    ["NATO pressed Berlin to quickly deliver 50 tanks.", "50 tanks"],
    ["Kyiv implored its partners to provide 300,000 shells.", "300,000 shells"],
    ["Allies pressed for 300 more shells.", "300 more shells"],
  ])("plans the figure: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "planned"]]);
  });

  it.each([
    // the figure is who is asked, or the act is no plan
    ["Police asked 300 residents to leave.", [["300 residents", "asserted"]]],
    ["300 residents were urged to leave.", [["300 residents", "asserted"]]],
    ["Russia pushed 300 troops into Kursk.", [["300 troops", "asserted"]]],
    ["The success encouraged 300 volunteers to join.", [["300 volunteers", "asserted"]]],
    ["Allies urged Berlin to act after 300 died.", [["300", "asserted"]]],
  ])("asserts what it does not seek: %s", (s, found) => {
    expect(modal(s)).toEqual(found);
  });
});

describe("an adverb of when between 'would' or 'will' and the verb of a plan", () => {
  it.each([
    ["Spain would initially provide 40 vehicles.", "40 vehicles"],
    ["Spain will first send 40 vehicles.", "40 vehicles"],
    ["Spain would ultimately deploy 400 troops.", "400 troops"],
    ["Spain would gradually withdraw 400 troops.", "400 troops"],
    ["Spain would provide 40 vehicles.", "40 vehicles"],
  ])("plans the figure, as without it: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "planned"]]);
  });

  it.each([
    ["Casualties would initially reach 400.", [["400", "projected"]]],
    ["Spain initially provided 40 vehicles.", [["40 vehicles", "asserted"]]],
  ])("changes nothing else: %s", (s, found) => {
    expect(modal(s)).toEqual(found);
  });
});
