// Denials in more wordings: "That figure was rejected by Kyiv.", "…, something Kyiv flatly
// denied", "(Kyiv denies this)", "which Kyiv called \"absurd\"", "claims Kyiv rejected as
// fabricated", "was not credible". A denial whose clause shares the subject of a figure denies
// what was said before, not that figure: "Ukraine said 12 were launched and denied this."
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("denials in other wordings", () => {
  it.each([
    ["Russia said it killed 600 soldiers. That figure was rejected by Kyiv.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. This claim was rejected by Kyiv.", "600 soldiers"],
    ["Russia said it killed 600 soldiers, something Kyiv flatly denied.", "600 soldiers"],
    ["Russia said it killed 600 soldiers (Kyiv denies this).", "600 soldiers"],
    ["Russia said it killed 600 soldiers (Ukraine rejected the claim).", "600 soldiers"],
    ["Russia said it killed 600 soldiers, which Kyiv called \"absurd\".", "600 soldiers"],
    ["Russia said it killed 600 soldiers, which Kyiv called a fantasy.", "600 soldiers"],
    ["Russia said it killed 600 soldiers, which Kyiv called nonsense.", "600 soldiers"],
    ["Kyiv called the Russian claim of 600 dead \"pure fiction\".", "600 dead"],
    ["Russia's claim of 600 dead was not credible, Kyiv said.", "600 dead"],
    ["Russia said it had killed 1,500 Ukrainian soldiers, claims Kyiv rejected as fabricated.", "1,500 Ukrainian soldiers"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Russia said it killed 600 soldiers, which Kyiv called a success.", "600 soldiers"],
    ["Russia said it killed 600 soldiers (Kyiv confirmed this).", "600 soldiers"],
    ["Russia said it killed 600 soldiers, something Kyiv did not deny.", "600 soldiers"],
    ["Russia's claim of 600 dead was credible, Kyiv said.", "600 dead"],
  ])("asserted: %s", one("asserted"));
});

describe("a denial that shares the subject of a figure denies what was said before", () => {
  it("Russia claimed it had downed 40 Ukrainian drones. Ukraine said 12 were launched and denied this.", () => {
    expect(read("Russia claimed it had downed 40 Ukrainian drones. Ukraine said 12 were launched and denied this.")).toEqual([
      ["40 Ukrainian drones", "negated"],
      ["12", "asserted"],
    ]);
  });

  it("Russia said it killed 600 soldiers. Kyiv said 40 died and rejected the claim.", () => {
    expect(read("Russia said it killed 600 soldiers. Kyiv said 40 died and rejected the claim.")).toEqual([
      ["600 soldiers", "negated"],
      ["40", "asserted"],
    ]);
  });

  it("a denial with its own subject still takes the figure before it", () => {
    expect(read("Russia said it killed 600 soldiers, and Kyiv denied this.")).toEqual([["600 soldiers", "negated"]]);
  });
});
