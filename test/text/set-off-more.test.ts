// "N, if not more", "N, possibly more": a comma-set phrase that leaves the figure open above, never
// the exact N the readable half would give.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.modality]);

describe("a set-off 'more' after a figure is a lower bound", () => {
  it.each([
    ["Russia lost 3,000 troops, if not more.", "3,000 troops, if not more"],
    ["The strike killed 50,000 people, possibly more, officials said.", "50,000 people, possibly more"],
    ["At least 200, perhaps more, died.", "At least 200, perhaps more"],
    ["The blast killed 40 people, maybe more.", "40 people, maybe more"],
    ["Russia lost 3,000 troops, probably more than that.", "3,000 troops, probably more than that"],
    ["Russia lost 3,000 troops, or more.", "3,000 troops, or more"],
  ])("%s", (sentence, span) => {
    expect(read(sentence)).toEqual([[span, "atLeast", "asserted"]]);
  });

  it("leaves a range open at its top: It sent 300 to 400 tanks, if not more.", () => {
    expect(extractEstimates("It sent 300 to 400 tanks, if not more.").map((e) => e.estimate)).toMatchObject([{ kind: "atLeast", value: 300 }]);
  });

  it("keeps the modality of the clause: North Korea would send 3,000 more troops, if not more.", () => {
    expect(read("North Korea would send 3,000 more troops, if not more.")).toEqual([["3,000 more troops, if not more", "atLeast", "planned"]]);
  });

  it.each([
    ["3,000 troops, possibly more troops, will come.", "3,000 troops"],
    ["Russia lost 3,000 troops, more than Ukraine did.", "3,000 troops"],
    ["Russia lost 3,000 troops, possibly more tanks than men.", "3,000 troops"],
  ])("not when 'more' starts a phrase of its own: %s", (sentence, span) => {
    expect(read(sentence)[0]?.[0]).toBe(span);
  });

  it("refuses 'up to 300, possibly more': a ceiling and a floor on one figure say nothing", () => {
    expect(extractEstimates("Up to 300, possibly more.")).toEqual([]);
  });
});
