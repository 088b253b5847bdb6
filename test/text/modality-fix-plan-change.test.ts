// A change of a plan is a plan: the level a cut or a rise of a plan ends at, and the earlier
// plan a planned figure is compared with after "down from"/"up from", are planned, not sent.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("the level a change of a plan ends at", () => {
  it.each([
    ["The Pentagon scaled back plans to send 5,000 troops to 3,000.", [["5,000 troops", "planned"], ["3,000", "planned"]]],
    ["The Pentagon scaled back its planned deployment of 5,000 troops to 3,000.", [["5,000 troops", "planned"], ["3,000", "planned"]]],
    ["Berlin reduced plans to deliver 100 tanks to 60.", [["100 tanks", "planned"], ["60", "planned"]]],
    ["Berlin has trimmed its planned purchase of 100 jets to 60.", [["100 jets", "planned"], ["60", "planned"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["The Pentagon scaled back its deployment of 5,000 troops to 3,000.", [["5,000 troops", "asserted"], ["3,000", "asserted"]]],
    ["Russia cut its force in Syria to 3,000.", [["3,000", "asserted"]]],
  ])("a change of what is there: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("the earlier plan a planned figure is compared with", () => {
  it.each([
    ["Germany plans to send 100 tanks, down from 150.", [["100 tanks", "planned"], ["150", "planned"]]],
    ["Germany will send 100 tanks, down from 150.", [["100 tanks", "planned"], ["150", "planned"]]],
    ["Germany now plans to deliver 40 jets, down from an earlier 60.", [["40 jets", "planned"], ["60", "planned"]]],
    ["Poland intends to buy 500 launchers (up from 300).", [["500 launchers", "planned"], ["300", "planned"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["Germany plans to raise its force to 5,000, up from 3,000.", [["5,000", "planned"], ["3,000", "asserted"]]],
    ["Germany is expected to reach 400, up from 230.", [["400", "projected"], ["230", "asserted"]]],
    ["Russia lost 100 tanks, down from 150.", [["100 tanks", "asserted"], ["150", "asserted"]]],
    ["Germany plans to send 100 tanks, down from 150 last year.", [["100 tanks", "planned"], ["150", "asserted"]]],
  ])("a level there now, or a time of its own: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
