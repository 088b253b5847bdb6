// The subject of "replaces" may carry its figure in an apposition: "The new count, 450, replaces
// the earlier 300"; the noun of the estimate may stand before the apposition or in it.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("an estimate with its figure set off, replacing an earlier one", () => {
  it.each([
    ["The new count, 450, replaces the earlier 300.", [["450", false], ["300", true]]],
    ["The revised toll, about 450 people, replaces the earlier 300.", [["about 450 people", false], ["300", true]]],
    ["450, the new count, replaces the earlier 300.", [["450", false], ["300", true]]],
    ["The new count (450) replaces the earlier 300.", [["450", false], ["300", true]]],
    ["The new count – 450 – replaces the old figure of 300.", [["450", false], ["300", true]]],
    ["The new count, 450, has replaced the earlier 300.", [["450", false], ["300", true]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});

describe("near-misses that replace no figure, or do not replace it", () => {
  it.each([
    ["The new count, 450, does not replace the earlier 300.", [["450", false], ["300", false]]],
    // no estimate named: troops or tanks replace troops or tanks
    ["The new brigade, 450 men, replaces the earlier 300.", [["450 men", false], ["300", false]]],
    ["New tanks, 450 of them, replace the old 300.", [["450", false], ["300", false]]],
    // the figure replaced is not named as earlier
    ["The new count, 450, replaces the 300 reported on Monday.", [["450", false], ["the 300", false]]],
    // the estimate is in a clause of its own
    ["The toll was 450, and new tanks replace the earlier 300.", [["450", false], ["300", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});
