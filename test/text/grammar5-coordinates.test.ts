import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("coordinates and places written with numbers", () => {
  it.each([
    ["The explosion at 47.84 37.55 killed 9.", ["9"]],
    ["The target at 47.84 / 37.55 was destroyed.", []],
    ["The target at 47.84/37.55 was destroyed.", []],
    ["A drone was seen at 48.59, 38.00 on Monday.", []],
    ["A drone was seen at 48.00, 38.59 on Monday.", []],
    ["Grid reference 36.2, 50.0 marks the depot.", []],
    ["The convoy was spotted at grid 37U DQ 12345 67890.", []],
    ["The convoy was spotted at 37U DQ 12345 67890 with 40 tanks.", ["40 tanks"]],
    ["Shelling at 5, 6 and 7 Kherson Street killed 2.", ["2"]],
    ["Shelling at 5 and 7 Kherson Street killed 2.", ["2"]],
  ])("are no counts: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["At 48, the oldest soldier was sent home.", ["48"]],
    ["Shelling killed 5, 6 and 7 people in three villages.", ["5", "6", "7 people", "three villages"]],
    ["The toll stood at 48, 37 of them children.", ["48", "37"]],
    ["Prices rose 3.00 percent.", ["3.00 percent"]],
  ])("leave counts alone: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("grid references named by a word", () => {
  it.each([
    ["The depot at grid reference 36U 123 456 was hit.", []],
    ["Artillery struck at grid ref 36UXA 1234 5678, killing 4.", ["4"]],
    ["MGRS 37U DQ 12345 67890 marks the site where 12 died.", ["12"]],
    ["at map ref 36U 123 456, 12 soldiers died", ["12 soldiers"]],
    ["The reference 300 troops crossed.", ["300 troops"]],
  ])("%s", (sentence, figures) => {
    expect(extractEstimates(sentence).map((e) => e.text)).toEqual(figures);
  });
});
