// A changed plan replaces its earlier level: 5,000 in "The Pentagon scaled back its plan from
// 5,000 troops to 3,000" is planned and superseded; 3,000 is the plan now.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.superseded]);

describe("the earlier level of a changed plan", () => {
  it.each([
    ["The Pentagon scaled back its plan from 5,000 troops to 3,000.", [["5,000 troops", "planned", true], ["3,000", "planned", false]]],
    ["The Pentagon scaled back its planned deployment from 5,000 troops to 3,000.", [["5,000 troops", "planned", true], ["3,000", "planned", false]]],
    ["Berlin cut its plans from 100 tanks to 60.", [["100 tanks", "planned", true], ["60", "planned", false]]],
    ["Germany raised its planned purchase from 60 jets to 100.", [["60 jets", "planned", true], ["100", "planned", false]]],
    ["The Pentagon scaled back plans to send 5,000 troops to 3,000.", [["5,000 troops", "planned", true], ["3,000", "planned", false]]],
    ["The Pentagon scaled back its planned deployment of 5,000 troops to 3,000.", [["5,000 troops", "planned", true], ["3,000", "planned", false]]],
    ["Berlin has trimmed its planned purchase of 100 jets to 60.", [["100 jets", "planned", true], ["60", "planned", false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});

describe("near-misses: a change of what is there, or no level replaced", () => {
  it.each([
    ["The Pentagon scaled back its deployment from 5,000 troops to 3,000.", [["5,000 troops", "asserted", false], ["3,000", "asserted", false]]],
    ["The Pentagon scaled back its deployment of 5,000 troops to 3,000.", [["5,000 troops", "asserted", false], ["3,000", "asserted", false]]],
    ["Russia cut its force from 5,000 to 3,000.", [["5,000", "asserted", false], ["3,000", "asserted", false]]],
    ["The Pentagon scaled back its plan after 5,000 troops arrived from Poland.", [["5,000 troops", "asserted", false]]],
    ["The Pentagon scaled back plans to send 5,000 troops to Poland.", [["5,000 troops", "planned", false]]],
    // an earlier plan compared with, no change of it said
    ["Germany plans to send 100 tanks, down from 150.", [["100 tanks", "planned", false], ["150", "planned", false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
