// A figure after "and" with a finite verb of its own opens a clause of its own: it shares no
// plan or projection of the figure before it ("will send 5,000 troops and 3,000 troops died").
// A figure joined by "and" alone, or whose own verb carries a cue, keeps what it had.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const modal = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a figure with a verb of its own after a plan", () => {
  it.each([
    ["Russia will send 5,000 troops and 3,000 troops died.", "3,000 troops"],
    ["Russia will send 5,000 troops, and 3,000 soldiers were killed last week.", "3,000 soldiers"],
    ["Russia will send 5,000 troops and 3,000 reportedly died in training.", "3,000"],
    ["Officials plan to deploy 2,000 troops and 500 had already arrived.", "500"],
    ["The US will provide 40 tanks and 12 were delivered in May.", "12"],
  ])("%s", (s, text) => {
    expect(modal(s)[1]).toEqual([text, "asserted"]);
  });

  it.each([
    ["Russia will send 5,000 troops and 300 tanks.", "300 tanks", "planned"],
    ["Russia will send 5,000 troops and later 3,000 more.", "3,000 more", "planned"],
    ["Russia will send 5,000 troops and 3,000 more are to follow.", "3,000 more", "planned"],
    ["Russia will send 5,000 troops and 300 tanks that were promised.", "300 tanks", "planned"],
    ["Kyiv expects 300 tanks and 40 jets are expected too.", "40 jets", "projected"],
  ])("keeps %s", (s, text, modality) => {
    expect(modal(s)[1]).toEqual([text, modality]);
  });
});

describe("a participle of expecting or planning right after a figure", () => {
  it.each([
    ["North Korea has sent 11,000 troops, with 3,000 more expected.", "3,000 more", "projected"],
    ["Another 3,000 expected next month.", "Another 3,000", "projected"],
    ["With 3,000 expected, the town prepared.", "3,000", "projected"],
    ["Another 40 tanks scheduled for March.", "Another 40 tanks", "planned"],
  ])("%s", (s, text, modality) => {
    expect(modal(s).at(-1)).toEqual([text, modality]);
  });

  it.each(["300 expected deaths did not happen.", "Russia lost 300 tanks, as expected.", "3,000 troops, more than expected, arrived."])("leaves %s asserted", (s) => {
    expect(modal(s)[0]?.[1]).toBe("asserted");
  });
});

describe("'once' with a verb in the present", () => {
  it("supposes its figure in any sentence", () => {
    expect(modal("Once 3,000 troops arrive, the offensive begins.")).toEqual([["3,000 troops", "potential"]]);
  });

  it.each(["Once 3,000 troops arrived, the town fell.", "Russia attacked once 3,000 troops were in place."])("leaves a past one asserted: %s", (s) => {
    expect(modal(s)[0]?.[1]).toBe("asserted");
  });
});
