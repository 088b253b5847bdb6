// The figure a denied plan is corrected to is planned, however the correction is joined:
// "will not send 3,000 troops but 5,000", "…, only barely 500", "…, just 500".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a correction of a denied plan", () => {
  it.each([
    ["Russia will not send 3,000 troops, only barely 500.", "only barely 500", "planned"],
    ["Russia will not send 3,000 troops, only 500.", "only 500", "planned"],
    ["Russia will not send 3,000 troops, but only 500.", "only 500", "planned"],
    ["Russia will not send 3,000 troops, just 500.", "just 500", "planned"],
    ["Russia will not send 3,000 troops but 5,000.", "5,000", "planned"],
    ["Russia will not lose 3,000 troops, only about 500.", "only about 500", "projected"],
    // a past denial corrected states the correction
    ["Russia did not send 3,000 troops, only 500.", "only 500", "asserted"],
    // a correction with a verb of its own is read by it
    ["Russia will not send 3,000 troops, only 500 will arrive.", "only 500", "projected"],
    ["Russia will not send 3,000 troops, but 500 will arrive.", "500", "projected"],
  ])("%s", (s, text, modality) => {
    expect(read(s)).toEqual([["3,000 troops", "negated"], [text, modality]]);
  });

  it("a list under one negation is still denied whole", () => {
    expect(read("Russia will not send 3,000 troops, 200 tanks or 50 jets.")).toEqual([["3,000 troops", "negated"], ["200 tanks", "negated"], ["50 jets", "negated"]]);
  });
});
