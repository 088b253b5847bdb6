import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.estimate.unit]);
const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a sum and a count of people joined by 'to'", () => {
  it.each([
    ["The charity gave $500 to 3,000 refugees.", [["$500", "exact", "USD"], ["3,000 refugees", "exact", "person"]]],
    ["The charity gave $500 to perhaps 3,000 refugees.", [["$500", "exact", "USD"], ["3,000 refugees", "exact", "person"]]],
    ["The fund paid €200 to possibly 10,000 families.", [["€200", "exact", "EUR"], ["10,000 families", "exact", "person"]]],
    ["Kyiv offered $100 to up to 2,000 volunteers.", [["$100", "exact", "USD"], ["up to 2,000 volunteers", "atMost", "person"]]],
  ])("are two figures, no range of sums: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it("skips a sum and a count joined by a dash, which read no one way", () => {
    expect(texts("The charity gave $500-3,000 refugees.")).toEqual([]);
  });

  it.each([
    ["Aid of $500 to 3,000 was paid.", [["$500 to 3,000", "range", "USD"]]],
    ["Aid of $1 to 2 million dollars was paid.", [["$1 to 2 million dollars", "range", "USD"]]],
    ["Aid of $500 to $3,000 was paid.", [["$500 to $3,000", "range", "USD"]]],
  ])("leaves a range of sums as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a range opened by a word whose noun stands on the first end only", () => {
  it.each([
    "Between 300 soldiers and 500 were killed.",
    "From 300 soldiers to 500 were killed.",
    "Between 300 soldiers and perhaps 500 were killed.",
    "Between 300 soldiers and as many as 500 were killed.",
  ])("is skipped whole: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["Between 300 soldiers and 500 soldiers were killed.", ["Between 300 soldiers and 500 soldiers"]],
    ["Between 600 killed and 700 wounded were counted.", ["600 killed", "700 wounded"]],
    ["Between 300 and 500 soldiers were killed.", ["Between 300 and 500 soldiers"]],
  ])("leaves other ranges and pairs as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a second end set off by punctuation", () => {
  it.each([
    "Pyongyang could send between 3,000 and, perhaps, 5,000 troops.",
    "Between 3,000 and, possibly, 5,000 died.",
    "Between 3,000 and – perhaps – 5,000 died.",
    "Between 3,000 and (perhaps) 5,000 died.",
    "Between 3,000 and, say, 5,000 died.",
    "Between 3,000 and, at most, 5,000 died.",
    "Russia sent 3,000 to, perhaps, 5,000 troops.",
    "Russia sent 3,000 to – at most – 5,000 troops.",
  ])("skips the range whole: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["Russia sent 3,000, and 500 more came.", ["3,000", "500 more"]],
    ["Between 3,000 and 5,000 died.", ["Between 3,000 and 5,000"]],
    ["Russia sent 3,000 to, it said, 4 countries.", ["3,000", "4"]],
  ])("leaves other figures as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a range with no word to open it whose second end is vague or bounded after a word of possibility", () => {
  it.each([
    "3,000 to perhaps more than 5,000 died.",
    "3,000 to possibly over 5,000 troops were sent.",
    "3,000 to tens of thousands died.",
    "hundreds to 5,000 died.",
    "Tens of thousands to 100,000 fled.",
    "3,000 to more than 5,000 died.",
  ])("is skipped whole: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["Russia sent hundreds to 3 villages.", ["hundreds", "3 villages"]],
    ["Russia sent 3,000 to perhaps 5,000 troops.", ["3,000 to perhaps 5,000 troops"]],
    ["Tens of thousands fled.", ["Tens of thousands"]],
  ])("leaves other figures as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("the level a change ends at, after its 'to'", () => {
  it.each([
    ["The estimate was revised to 3,000 to 5,000 from 2,000.", "3,000 to 5,000", false],
    ["The estimate was revised to 3,000 to perhaps 5,000 from 2,000.", "3,000 to perhaps 5,000", true],
    ["The toll rose to 3,000 to 5,000 from 2,000.", "3,000 to 5,000", false],
    ["Officials revised the toll to 300 to 400 dead.", "300 to 400 dead", false],
  ])("is one range: %s", (s, text, approx) => {
    const first = extractEstimates(s)[0];
    expect(first?.text).toBe(text);
    expect(first?.estimate.kind).toBe("range");
    expect((first?.estimate as { approx?: boolean }).approx === true).toBe(approx);
  });

  it.each([
    "The estimate was revised to 3,000 to 5,000 from 2,000.",
    "The estimate was revised to 3,000 to perhaps 5,000 from 2,000.",
    "The estimate was revised to between 3,000 and 5,000 from 2,000.",
  ])("marks the figure the range replaces superseded, and the range not: %s", (s) => {
    expect(extractEstimates(s).map((e) => [e.estimate.kind, e.superseded])).toEqual([
      ["range", false],
      ["exact", true],
    ]);
  });

  it("leaves figures after 'to' and 'from' with no revision as they are", () => {
    expect(extractEstimates("They moved 300 troops to 12 bases from 4 airfields.").map((e) => e.superseded)).toEqual([false, false, false]);
  });

  it("keeps a chain of levels after 'from' as it was", () => {
    expect(texts("The toll rose from 2,000 to 3,000 to 5,000.")).toEqual(["2,000", "3,000", "5,000"]);
  });
});
