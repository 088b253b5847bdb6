// Conditions that suppose their figure: "If true," and the like before the sentence, a clause of
// time whose figure adds to what is there, and what a number of troops "could" do.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a condition on the truth of the report", () => {
  it.each([
    ["If true, 3,000 soldiers were killed.", [["3,000 soldiers", "potential"]]],
    ["If confirmed, 3,000 soldiers were killed in the strike.", [["3,000 soldiers", "potential"]]],
    ["If the reports are accurate, 3,000 soldiers died.", [["3,000 soldiers", "potential"]]],
    ["Even if true, 3,000 deaths would not change the outcome.", [["3,000 deaths", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["It is true, 3,000 soldiers were killed.", [["3,000 soldiers", "asserted"]]],
    ["Officials said it was true, and 3,000 soldiers were killed.", [["3,000 soldiers", "asserted"]]],
  ])("no condition: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("a clause of time with more troops to come", () => {
  it.each([
    ["Once 3,000 troops arrive, the offensive begins.", [["3,000 troops", "potential"]]],
    ["When 3,000 more troops arrive, the offensive begins.", [["3,000 more troops", "potential"]]],
    ["When another 3,000 troops arrive, they are housed in tents.", [["another 3,000 troops", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["When 3,000 more troops arrived, the offensive began.", [["3,000 more troops", "asserted"]]],
    ["When 5,000 troops arrive, they are housed in tents.", [["5,000 troops", "asserted"]]],
  ])("a past, or a habitual present of no increment: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("what a number of troops could do", () => {
  it.each([
    ["Experts say 3,000 troops could hold the city.", [["3,000 troops", "potential"]]],
    ["Analysts say 5,000 men might retake the town.", [["5,000 men", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["12,000 troops could weigh on the budget.", [["12,000 troops", "asserted"]]],
    ["The 3,000 troops could hold the city.", [["The 3,000 troops", "asserted"]]],
    ["Ukraine's 3,000 troops could hold the city for weeks.", [["3,000 troops", "asserted"]]],
    ["3,000 troops held the city.", [["3,000 troops", "asserted"]]],
  ])("troops that are there: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
