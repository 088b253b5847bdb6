import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("the number of a formation with its noun in lower case", () => {
  it.each([
    ["The 155 brigade lost 1,700 soldiers.", ["1,700 soldiers"]],
    ["the 47 regiment was hit.", []],
    ["The 155th brigade lost 1,700 soldiers.", ["1,700 soldiers"]],
    ["The 155 Mechanized Brigade lost 1,700 soldiers.", ["1,700 soldiers"]],
  ])("names it and counts nothing: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["Russia sent 155 brigade troops.", ["155 brigade troops"]],
    ["The 300 brigade troops arrived.", ["The 300 brigade troops"]],
  ])("leaves a count of people of a brigade as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
