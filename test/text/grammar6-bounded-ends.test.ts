import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a range with no word to open it and a bound or a hedge on its second end", () => {
  it.each([
    ["Russia sent 3,000 to more than 5,000 troops.", []],
    ["Russia sent 3,000 to at least 5,000 troops.", []],
    ["Russia sent 3,000 to over 5,000 troops.", []],
    ["Russia sent 3,000 to nearly 5,000 troops.", []],
    ["Russia sent 3,000 to about 5,000 troops.", []],
    ["Russia sent 3 to more than 5 million rounds.", []],
    ["Russia paid $3m to more than $5m for them.", []],
    ["Russia sent 3,000 troops to as many as 5,000 troops.", []],
    ["Russia sent from 3,000 troops to as many as 5,000 troops.", []],
  ])("is skipped whole, never read by one end: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each(["3,000 to over 5,000 troops", "3,000 to more than 5,000 troops", "3,000 troops to at least 5,000 troops"])("is refused by parseEstimate: %s", (s) => {
    expect(parseEstimate(s)).toMatchObject({ ok: false, reason: "incomplete-range" });
  });

  it.each([
    ["Russia sent from 3,000 to more than 5,000 troops.", []],
    ["Russia sent between 3,000 and over 5,000 troops.", []],
    ["Russia sent between 3,000 and more than 5,000 troops.", []],
  ])("reads as the same range opened by a word: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("near-misses that keep their reading", () => {
  it.each([
    ["Russia sent 3,000 to 5,000 troops.", [["3,000 to 5,000 troops", "range"]]],
    ["Russia sent 3,000 to 5,000 troops or more.", [["3,000 to 5,000 troops or more", "atLeast"]]],
    ["Russia sent 3,000 or more troops.", [["3,000 or more troops", "atLeast"]]],
    ["Numbers rose from 3,000 to 5,000.", [["3,000", "exact"], ["5,000", "exact"]]],
    // after a verb of change, "to" joins the level a change ends at
    ["The toll rose from 3,000 to as many as 5,000.", [["3,000", "exact"], ["as many as 5,000", "atMost"]]],
    // a second end below the first: "to" is a preposition
    ["The agency sent 3,000 to more than 40 countries.", [["3,000", "exact"], ["more than 40", "atLeast"]]],
    // two measures: two figures
    ["Russia traded 300 tanks to more than 500 soldiers.", [["300 tanks", "exact"], ["more than 500 soldiers", "atLeast"]]],
    // a year ends no range
    ["In 2019 to more than 5,000 people were displaced.", [["more than 5,000 people", "atLeast"]]],
    ["Estimates range from 10,000 to 20,000, and as many as 30,000.", [["from 10,000 to 20,000", "range"], ["as many as 30,000", "atMost"]]],
    // "or" gives alternatives, each a figure
    ["It fired 200 or more than 300 shells.", [["200", "exact"], ["more than 300 shells", "atLeast"]]],
    ["Russia sent 3,000 troops and more than 5,000 tanks.", [["3,000 troops", "exact"], ["more than 5,000 tanks", "atLeast"]]],
  ])("%s", (s, found) => {
    expect(extractEstimates(s).map((e) => [e.text, e.estimate.kind])).toEqual(found);
  });
});
