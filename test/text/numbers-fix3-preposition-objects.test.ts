import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a four-digit figure and its noun as the whole object of 'for', 'across', 'within' or 'through'", () => {
  it.each([
    ["For 1200 families, aid came too late.", ["1200 families"]],
    ["For 1500 refugees, the camp was home.", ["1500 refugees"]],
    ["For 1950 soldiers, the war ended there.", ["1950 soldiers"]],
    ["Across 1800 villages, people fled.", ["1800 villages"]],
    ["For 2000 killed, there was no funeral.", ["2000 killed"]],
    ["For 1200 troops a day, the ration was thin.", ["1200 troops a day"]],
    ["For 1200 families; aid came too late.", ["1200 families"]],
    ["Aid came too late. For 1200 families, it was over.", ["1200 families"]],
  ])("is a count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["In 1200 families, aid came too late.", []],
    ["For 2024 troops will get a pay rise.", []],
    ["For 1200 families aid came too late.", []],
    ["For 2024, troops will get a pay rise.", []],
    ["Through 2023 casualties mounted.", []],
    ["Across 2023 refugees fled.", []],
    ["By 1200 families, aid was late.", []],
    ["Since 1990 refugees, the camp has grown.", []],
    ["For 2024 troops numbered 3,000.", ["3,000"]],
  ])("is still a year where the words say so or leave it open: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
