// A clause after a revision may give the level it ends at: "revised its figure of 4,000, putting
// the number at 6,000", "raised the toll, putting the number at 6,000, up from an initial 4,000".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("the level of a revision given by a clause of putting", () => {
  it.each([
    ["Officials raised the toll, putting the number at 6,000, up from an initial 4,000.", [["6,000", false], ["4,000", true]]],
    ["The ministry revised its figure of 4,000, putting the number at 6,000.", [["4,000", true], ["6,000", false]]],
    ["Officials revised the death toll, bringing it to 6,000, up from 4,000.", [["6,000", false], ["4,000", true]]],
    ["The ministry revised its estimate upward, putting the number of dead at around 6,000 (up from 4,000).", [["around 6,000", false], ["4,000", true]]],
    ["The ministry revised its estimate of 4,000 upward, putting it at 6,000.", [["4,000", true], ["6,000", false]]],
    ["The ministry corrected its count of 4,000, bringing the total to 3,500.", [["4,000", true], ["3,500", false]]],
    // as after "revised to 4,000, up from 2,500 last week": the revision names the earlier figure replaced
    ["Officials raised the toll, putting the number at 6,000, up from 2,500 last week.", [["6,000", false], ["2,500", true]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });

  it("keeps the modality of both figures", () => {
    expect(extractEstimates("Officials raised the toll, putting the number at 6,000, up from an initial 4,000.").map((e) => e.modality)).toEqual(["asserted", "asserted"]);
  });
});

describe("near-misses: no revision before the clause, or no level in it", () => {
  it.each([
    // a count that adds to a toll, and an earlier value of a series
    ["The strike killed 30, putting the toll at 400, up from 370.", [["30", false], ["400", false], ["370", false]]],
    ["Officials put the number at 6,000, up from 4,000.", [["6,000", false], ["4,000", false]]],
    ["The toll rose, putting the number at 6,000, up from 4,000.", [["6,000", false], ["4,000", false]]],
    // what was raised is no estimate: a level that changed
    ["Russia raised its troop numbers, putting the force at 6,000, up from 4,000.", [["6,000", false], ["4,000", false]]],
    ["The ministry revised its estimate of 4,000 troops, putting the blame on Kyiv.", [["4,000 troops", false]]],
    ["The ministry revised its figure of 4,000, putting 3,000 soldiers at risk.", [["4,000", false], ["3,000 soldiers", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});
