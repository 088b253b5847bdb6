import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

/** Each span as [text, kind, value, increment]. */
const read = (s: string) => extractEstimates(s).map(({ text, estimate: e, increment }) => [text, e.kind, "value" in e ? e.value : undefined, increment]);

describe("a difference between two counts", () => {
  it.each([
    "Russia has 25,000 fewer soldiers than in 2022.",
    "Russia now fields 25,000 fewer soldiers.",
    "Number of New York dead may be 2,000 less than official tally",
    "Exports were 12% lower than last year.",
    "The garrison is 3,000 troops smaller than it was.",
    "Spending was $2bn lower than planned.",
    "There were 300 fewer attacks this week.",
  ])("is refused when it lies below the other: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ["The toll was around 41% higher than the figure of 37,877.", [["around 41%", "approx", 41, true], ["37,877", "exact", 37877, false]]],
    ["Prices were 12% higher.", [["12%", "exact", 12, true]]],
    ["Spending was $2bn greater than planned.", [["$2bn", "exact", 2e9, true]]],
    ["Losses were 12% larger than in May.", [["12%", "exact", 12, true]]],
  ])("is an increment when it lies above the other: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it.each([
    ["There are 5 higher education institutions.", [["5", "exact", 5, false]]],
    ["Some 300 lower-ranking officers were held.", [["Some 300 lower-ranking officers", "approx", 300, false]]],
    ["It took 12 smaller villages.", [["12 smaller villages", "exact", 12, false]]],
    ["Fewer than 300 troops and less than 5% of the force remain.", [["Fewer than 300 troops", "atMost", 300, false], ["less than 5%", "atMost", 5, false]]],
  ])("leaves a comparative that compares nothing to the figure alone: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it("is refused by parseEstimate before 'than'", () => {
    expect(parseEstimate("12% lower than last year")).toMatchObject({ ok: false, reason: "negative" });
  });
});

describe("'up' and 'down' after a figure", () => {
  it.each([
    "The import of oil products was 5.1 percent down as compared to the previous year.",
    "Deaths were 3,000 down from last week.",
  ])("make a fall, which is refused: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ["Deaths were 20% up on last year.", [["20%", "exact", 20, true]]],
    ["Recruitment was 3,000 up from May.", [["3,000", "exact", 3000, true]]],
  ])("make a rise, an increment: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it("leave a particle alone", () => {
    expect(read("They shot 30 down.")).toEqual([["30", "exact", 30, false]]);
  });
});
