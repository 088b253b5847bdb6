// The figure of a count a verb of revision takes as object may be followed by a participle of
// what it counts before the level the revision ends at: "corrected its count of 300 tanks destroyed to 250".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("a revised count with a participle of what it counts", () => {
  it.each([
    ["The ministry corrected its count of 300 tanks destroyed to 250.", [["300 tanks", true], ["250", false]]],
    ["The ministry revised its estimate of 10,000 troops killed down to 6,000.", [["10,000 troops", true], ["6,000", false]]],
    ["Kyiv cut its count of 120 jets downed to 90.", [["120 jets", true], ["90", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});

describe("near-misses with no level of a revision after the participle", () => {
  it.each([
    ["The ministry corrected its count of 300 tanks destroyed in the attack.", [["300 tanks", false]]],
    ["The ministry corrected its count of 300 tanks sent to Kyiv.", [["300 tanks", false]]],
    ["The army destroyed 300 tanks to 250.", [["300 tanks", false], ["250", false]]],
    // a level that changed, no estimate
    ["Russia cut its force of 3,000 troops deployed to 2,000.", [["3,000 troops", false], ["2,000", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});
