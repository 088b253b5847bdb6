import { describe, expect, it } from "vitest";

import { formatEstimate } from "../../src/estimate/format.js";
import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, (e.estimate as { hedge?: string }).hedge]);

describe("a verb of estimating with its preposition hedges as 'estimated' does", () => {
  it.each([
    ["Losses were estimated at 3,000.", "estimated at 3,000", "estimated at"],
    ["Losses, estimated at 3,000, mounted.", "estimated at 3,000", "estimated at"],
    ["Losses are estimated to be 3,000.", "estimated to be 3,000", "estimated to be"],
    ["Losses were put at 3,000 by Western officials.", "put at 3,000", "put at"],
    ["Losses were thought to be 3,000.", "thought to be 3,000", "thought to be"],
    ["The dead are believed to number 3,000.", "believed to number 3,000", "believed to number"],
    ["The cost is estimated at $3bn.", "estimated at $3bn", "estimated at"],
  ])("%s", (s, text, hedge) => {
    expect(read(s)).toEqual([[text, "approx", hedge]]);
  });

  it("hedges a range so", () => {
    expect(extractEstimates("The force, estimated at 10,000 to 12,000 troops, crossed.")[0]?.estimate).toMatchObject({ kind: "range", low: 10000, high: 12000, approx: true, hedge: "estimated at" });
    expect(extractEstimates("Losses were estimated at between 3,000 and 5,000.")[0]?.estimate).toMatchObject({ kind: "range", approx: true });
  });

  it("reads as 'estimated 3,000' and 'an estimated 3,000' do", () => {
    expect(read("Losses were estimated 3,000.")).toEqual([["estimated 3,000", "approx", "estimated"]]);
    expect(read("An estimated 3,000 died.")).toEqual([["An estimated 3,000", "approx", "an estimated"]]);
  });

  it("writes back what it reads", () => {
    const r = parseEstimate("estimated at 3,000");
    expect(r.ok && formatEstimate(r.value)).toBe("estimated at 3,000");
  });

  it.each([
    ["They put at least 3,000 troops on the border.", [["at least 3,000 troops", "atLeast", undefined]]],
    ["They put at risk 3,000 people.", [["3,000 people", "exact", undefined]]],
    ["Russia sent 3,000 troops.", [["3,000 troops", "exact", undefined]]],
  ])("leaves other uses of the words as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
