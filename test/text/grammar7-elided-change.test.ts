// "from A to B" after a noun of change or revision, or set off from its verb by a mark, is a
// change from A to B (two figures, the first superseded where the words revise), never a range
// A–B as if the text hedged between them.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.superseded]);

describe("'from A to B' with no verb of change before it", () => {
  it.each([
    ["Casualties, up from 3,000 to 5,000, rose.", [["3,000", "exact", false], ["5,000", "exact", false]]],
    ["A surge from 3,000 to 5,000 deaths was reported.", [["3,000", "exact", false], ["5,000 deaths", "exact", false]]],
    ["The change from 300 to 400 troops was noted.", [["300", "exact", false], ["400 troops", "exact", false]]],
    ["Growth from 3,000 to 5,000 troops alarmed Kyiv.", [["3,000", "exact", false], ["5,000 troops", "exact", false]]],
    ["The increase, from 3,000 to 5,000, was large.", [["3,000", "exact", false], ["5,000", "exact", false]]],
    // after a comma that follows the size of a change
    ["Deaths rose by 2,000, from 3,000 to 5,000.", [["2,000", "exact", false], ["3,000", "exact", false], ["5,000", "exact", false]]],
    ["Deaths were up 2,000, from 3,000 to 5,000 troops.", [["2,000", "exact", false], ["3,000", "exact", false], ["5,000 troops", "exact", false]]],
    ["An increase of 2,000, from 3,000 to 5,000.", [["2,000", "exact", false], ["3,000", "exact", false], ["5,000", "exact", false]]],
  ])("after a noun of change is the level it starts from and the one it ends at: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    ["The revision from 3,000 to 5,000 was made on Monday.", [["3,000", "exact", true], ["5,000", "exact", false]]],
    ["The upward revision, from 3,000 to 5,000, was published.", [["3,000", "exact", true], ["5,000", "exact", false]]],
    ["A correction from 72 to 45 deaths was issued.", [["72", "exact", true], ["45 deaths", "exact", false]]],
    ["Casualties, revised, from 3,000 to 5,000.", [["3,000", "exact", true], ["5,000", "exact", false]]],
    ["The toll was revised – from 3,000 – to 5,000.", [["3,000", "exact", true], ["5,000", "exact", false]]],
  ])("after a revision is the figure replaced and the one that replaced it: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    ["Estimates ranged from 3,000 to 5,000.", [["from 3,000 to 5,000", "range", false]]],
    ["Russia sent from 3,000 to 5,000 troops.", [["from 3,000 to 5,000 troops", "range", false]]],
    ["The revision affects 300 to 400 troops.", [["300 to 400 troops", "range", false]]],
    ["Officials counted 2,000, from 3,000 to 5,000 feared.", [["2,000", "exact", false], ["from 3,000 to 5,000", "range", false]]],
  ])("leaves a range that is one as it was: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
