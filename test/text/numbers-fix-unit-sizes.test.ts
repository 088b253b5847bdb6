import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("the size of each of several units", () => {
  it.each([
    "Russia formed two 4,000-man divisions.",
    "Russia formed 3 4,000-man divisions.",
    "Russia shifted from 3,000-man brigades to 4,000-man divisions.",
    "Russia formed 4,000-man divisions.",
    "Two 3,000-strong brigades attacked.",
    "Russia formed two 4,000-man infantry divisions.",
    "Kyiv raised five 1,500-member battalions.",
  ])("is no count, and neither is the count before it: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("skips only the sizes in a sentence with other figures", () => {
    expect(texts("Russia formed two 4,000-man divisions and lost 300 tanks.")).toEqual(["300 tanks"]);
  });

  it.each([
    ["Russia formed a 4,000-man division.", ["4,000-man"]],
    ["They reinforced the 3,000-strong garrison.", ["the 3,000-strong"]],
    ["A 10,000- to 12,000-strong force was deployed.", ["10,000- to 12,000-strong"]],
    ["A 5,000-strong force and 300 tanks were sent.", ["5,000-strong", "300 tanks"]],
    ["Between 10,000- and 12,000-strong troops were sent.", ["Between 10,000- and 12,000-strong troops"]],
    ["Some 3,000-strong troops of the brigade held.", ["Some 3,000-strong troops"]],
  ])("leaves the size of one unit and other counts as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
