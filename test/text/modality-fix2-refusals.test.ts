// "voted against" a sum of aid blocks it; "Not even the 1,000 troops" names a given; "While"
// with a present in a sentence that looks ahead supposes its figure; "weighs up" considers.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment]);

describe("refusals, givens, clauses of time and weighing", () => {
  it.each([
    ["The House voted against $60 billion in aid.", [["$60 billion", "negated", false]]],
    ["The House voted against sending $60 billion in aid.", [["$60 billion", "negated", false]]],
    ["Not even the 1,000 troops helped.", [["the 1,000 troops", "asserted", false]]],
    ["While 3,000 more troops arrive, the front will hold.", [["3,000 more troops", "potential", true]]],
    ["Kyiv weighs up 3,000 troops' transfer.", [["3,000 troops", "potential", false]]],
    ["Kyiv weighs 3,000 troops' transfer.", [["3,000 troops", "potential", false]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["The House voted for $60 billion in aid.", [["$60 billion", "asserted", false]]],
    ["The House voted against 3 resolutions.", [["3", "asserted", false]]],
    ["Protesters marched against sending 3,000 troops.", [["3,000 troops", "asserted", false]]],
    ["Russia did not even send the 1,000 troops.", [["the 1,000 troops", "negated", false]]],
    ["While 3,000 troops died, the front held.", [["3,000 troops", "asserted", false]]],
  ])("stays: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
