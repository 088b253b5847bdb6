import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a day and a month written with a full stop", () => {
  it.each([
    ["As of 12.03, 3,000 killed.", ["3,000 killed"]],
    ["On 24.02 Russia invaded.", []],
    ["By 31.12, 3,000 were killed.", ["3,000"]],
    ["Between 01.03 and 15.03, 300 were killed.", ["300"]],
    ["From 01.03 to 15.03 300 died.", ["300"]],
    ["Since 1.05, 200 died.", ["200"]],
    ["Shelling went on until 30.04 and killed 12.", ["12"]],
    ["The strike on 09.05 killed 40 people.", ["40 people"]],
  ])("is a date after a word of time: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["The index rose by 12.05 percent.", ["12.05 percent"]],
    ["The rate rose from 12.05 to 13.10 percent.", ["12.05", "13.10 percent"]],
    ["Losses rose from 12.05 to 13.10.", ["12.05", "13.10"]],
    ["Inflation hit 12.03 in May.", ["12.03"]],
    ["He spent $12.03 on lunch.", ["$12.03"]],
    ["On 24.75 hectares, tents stood.", ["24.75 hectares"]],
    ["On average 12.03 shells fell.", ["On average 12.03 shells"]],
    ["On 12.03 hectares, tents stood.", ["12.03 hectares"]],
  ])("stays a decimal with a measure, after a verb of change, or where no day and month can be: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
