// "m" and "b" glued to a number mean million and billion after a currency ("$1.5m"), and before
// a noun of people ("2m people fled"), which no length or height is; elsewhere they stay unread.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, (e.estimate as { value?: number }).value, e.estimate.unit]);

describe("a letter of a multiplier before a noun of people", () => {
  it.each([
    ["Some 2m people fled.", [["Some 2m people", "approx", 2_000_000, "person"]]],
    ["Ukraine has 1.5m refugees in Poland.", [["1.5m refugees", "exact", 1_500_000, "person"]]],
    ["An estimated 1.2b people live there.", [["An estimated 1.2b people", "approx", 1_200_000_000, "person"]]],
    // both ends of a range take the noun after the second
    ["2m to 3m people fled.", [["2m to 3m people", "range", undefined, "person"]]],
    ["Between 2m and 3m people fled.", [["Between 2m and 3m people", "range", undefined, "person"]]],
  ])("reads millions: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
    const [text] = expected[0] as [string];
    expect(parseEstimate(text).ok).toBe(true);
  });

  it.each([
    // a length or a height, of one person or of things
    ["The wall is 1.5m tall.", []],
    ["He was a 2m soldier.", []],
    ["The 2m soldier stood guard.", []],
    // things a length may measure: still not read
    ["Russia fired 1.5m shells.", []],
  ])("still unread: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
