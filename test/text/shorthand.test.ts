// Shorthand ranges, whose low end lacks the thousands or the hundreds of the high end, are
// skipped in running text rather than read as written; parseEstimate reads the phrase alone.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("shorthand ranges", () => {
  it.each([
    "Russia lost 3-400 tanks.",
    "Some 5-600 soldiers were there.",
    "It fired 2-300 shells.",
    "About 7\u2013800 troops crossed.",
    "It lost between 2 and 500 vehicles.",
    "Some 8-10,000 troops crossed.",
    "Between 10 and 12,000 fled.",
  ])("skips %s", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    ["It lost 1-100 tanks.", "1-100 tanks"],
    ["It lost 4-400 tanks.", "4-400 tanks"],
    ["It lost 10-15 tanks.", "10-15 tanks"],
    ["It lost 30-40 tanks.", "30-40 tanks"],
    ["It lost 300-400 tanks.", "300-400 tanks"],
    ["It lost 2-3 million shells.", "2-3 million shells"],
  ])("reads %s as written", (sentence, figure) => {
    expect(texts(sentence)).toEqual([figure]);
  });

  it("reads the phrase alone as written", () => {
    const r = parseEstimate("3-400 tanks");
    expect(r.ok && r.value).toMatchObject({ kind: "range", low: 3, high: 400, unit: "tank" });
  });
});
