import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind === "exact" ? e.estimate.value : e.estimate.kind, e.estimate.unit]);

describe("a scale word followed by a last group of plain digits", () => {
  it.each([
    ["1 million 200,000 people fled.", [["1 million 200,000 people", 1200000, "person"]]],
    ["3 thousand 500 troops crossed.", [["3 thousand 500 troops", 3500, "person"]]],
    ["2 lakh 50,000 people fled.", [["2 lakh 50,000 people", 250000, "person"]]],
    ["1 crore 20 lakh 50,000 people fled.", [["1 crore 20 lakh 50,000 people", 12050000, "person"]]],
    ["They lost $2 billion 500 million.", [["$2 billion 500 million", 2500000000, "USD"]]],
    ["Some 4 million 300,000 were displaced.", [["Some 4 million 300,000", "approx", "unknown"]]],
  ])("is one figure: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it("is what parseEstimate reads", () => {
    const r = parseEstimate("1 million 200,000 people");
    expect(r.ok && r.value.kind === "exact" ? r.value.value : undefined).toBe(1200000);
  });

  it.each([
    ["Congress passed a $95 billion 2024 aid bill.", [["$95 billion", 95000000000, "USD"]]],
    ["They fired 5 thousand 155mm shells.", [["5 thousand 155mm shells", 5000, "shell"]]],
    ["Russia lost 3 thousand, 500 tanks were destroyed.", [["3 thousand", 3000, "unknown"], ["500 tanks", 500, "tank"]]],
    ["1 million 200 thousand people fled.", [["1 million 200 thousand people", 1200000, "person"]]],
  ])("leaves a group that is another thing as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
