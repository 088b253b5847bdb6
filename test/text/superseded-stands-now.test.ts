// An aside that gives an estimate's figure as earlier ("which officials first put at 300",
// "initially 300") is replaced by the level the estimate stands at now: "now stands at 450".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("an earlier figure of an estimate, and the level it stands at now", () => {
  it.each([
    ["The toll, which officials first put at 300, now stands at 450.", [["put at 300", true], ["450", false]]],
    ["The death toll, initially 300, now stands at 450.", [["300", true], ["450", false]]],
    ["The toll, which the ministry had put at 300, is now 450.", [["put at 300", true], ["450", false]]],
    ["The toll, which officials initially estimated at 300, stands now at about 450.", [["estimated at 300", true], ["about 450", false]]],
    ["The toll, first put at 300, is now put at 450.", [["put at 300", true], ["put at 450", false]]],
    // a relative aside with a subject of its own, before a verb of revision
    ["The toll, which officials first put at 300, was revised to 450.", [["put at 300", true], ["450", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});

describe("near-misses that keep the earlier figure standing", () => {
  it.each([
    // not given as earlier
    ["The toll, which officials put at 300, now stands at 450.", [["put at 300", false], ["450", false]]],
    // a level, no estimate
    ["The force, initially 300, now stands at 450.", [["300", false], ["450", false]]],
    // no "now": the level may be of another time
    ["The toll, which officials first put at 300, stands at 450.", [["put at 300", false], ["450", false]]],
    // a part of the toll, not its level
    ["The toll, which officials first put at 300, now includes 450 civilians.", [["put at 300", false], ["450 civilians", false]]],
    ["The brigade, which officials first sent 300 troops to, now stands at 450.", [["300 troops", false], ["450", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});
