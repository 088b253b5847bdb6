import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a ratio as the subject of a clause", () => {
  it.each([
    "The ratio of killed to wounded was 1 to 3.",
    "The casualty ratio is 1 to 7.",
    "The proportion of civilians among the dead in the eastern regions stood at 1 to 4.",
    "Ratios of killed to wounded in the east were roughly 1 to 3.",
  ])("makes 'N to M' a ratio wherever it stands in the clause: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["The ratio was high. Between 1 to 3 people died.", ["Between 1 to 3 people"]],
    ["The ratio of killed to wounded was 1 to 3, and 300 to 400 troops died.", ["300 to 400 troops"]],
    ["Russia sent 3 to 5 brigades.", ["3 to 5"]],
  ])("leaves ranges in other clauses and sentences: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
