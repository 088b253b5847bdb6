import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("the terms of a ratio said with 'for every' or 'for each'", () => {
  it.each([
    "Russia fires about 10 artillery rounds for every 1 fired by Ukraine.",
    "Russia fires 10 shells for every one Ukraine fires.",
    "Russia loses 5 soldiers for every Ukrainian killed.",
    "For every Ukrainian soldier killed, 3 Russians died.",
    "Russia pays $2,000 for each soldier killed.",
    "For each tank lost in the east, 2 were built.",
  ])("count nothing: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("skip the figure and the term after 'for every', and nothing else", () => {
    expect(texts("Russia fires 10 shells for every 1 fired by Ukraine, and 3,000 troops crossed.")).toEqual(["3,000 troops"]);
  });

  it.each([
    ["Ukraine lost 300 troops; for every day of fighting, it gained ground.", ["300 troops"]],
    ["Russia sent 300 tanks. For every tank lost, more were built.", ["300 tanks"]],
    ["Russia fired 3,000 shells, for every day counts.", ["3,000 shells"]],
    ["3 of every 4 died.", ["3 of every 4"]],
    ["Every day 300 shells fall.", ["300 shells"]],
  ])("leave figures outside the ratio as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a clause that opens with 'for every'", () => {
  it.each([
    ["For every shell fired, Ukraine waits, and 3,000 troops crossed.", ["3,000 troops"]],
    ["He paid for every meal, 300 in all.", ["300"]],
  ])("makes no ratio of a figure after a later comma, or after a 'for every' inside its clause: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
