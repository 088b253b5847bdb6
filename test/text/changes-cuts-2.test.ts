// The size of a cut is not a level: "back" after a verb of cutting with or without "by", a year
// inside the object of the cut, and the second cut of a gapped pair are all sizes of a fall.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment]);

describe("the size of a cut is not read as a level", () => {
  it.each([
    "Aid was scaled back 40%.",
    "Aid deliveries were pared back 40 percent.",
    "The budget was scaled back $2 billion.",
    "Spending was rolled back 15 percent.",
    "Germany trimmed its 2025 aid budget by €500 million.",
    "Russia cut its 2024 conscription target by 10,000.",
    "Ukraine reduced its 2023 estimate by 2,000.",
    "Germany trimmed its 2025 aid budget by half.",
    "The UK cut aid by £500m and France by €300m.",
    "Germany scaled back its order by 20 tanks and Italy by 30.",
    "Britain reduced its contingent by 200 and the Netherlands by 150.",
  ])("%s", (s) => {
    expect(read(s)).toEqual([]);
  });
});

describe("near misses keep their figures", () => {
  it.each([
    ["Aid was scaled back to 40%.", [["40%", "asserted", false]]],
    ["Russia pulled back 3,000 troops.", [["3,000 troops", "asserted", false]]],
    ["The army scaled back 3,000 troops.", [["3,000 troops", "asserted", false]]],
    ["Ukraine reduced its 2023 estimate to 2,000.", [["2,000", "asserted", false]]],
    ["Germany raised aid by 10% and France by 5%.", [["10%", "asserted", true], ["5%", "asserted", true]]],
    ["The toll rose by 200 and France sent 300 troops.", [["200", "asserted", true], ["300 troops", "asserted", false]]],
    ["Russia cut aid by 10% and sent 300 tanks.", [["300 tanks", "asserted", false]]],
    ["Troops were hit by 3 missiles and Kyiv by 5.", [["3 missiles", "asserted", false], ["5", "asserted", false]]],
    ["In 2024 Russia lost 3,000 troops by March.", [["3,000 troops", "asserted", false]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe("the levels a change goes from and to are two figures, no range", () => {
  const kinds = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind]);
  it.each([
    ["Officials noted a rise in casualties from 3,000 to 5,000.", [["3,000", "exact"], ["5,000", "exact"]]],
    ["Growth in troop numbers, from 3,000 to 5,000, worried NATO.", [["3,000", "exact"], ["5,000", "exact"]]],
    ["The expansion of the contingent from 2,000 to 4,000 troops was approved.", [["2,000", "exact"], ["4,000 troops", "exact"]]],
    ["There was a doubling from 3,000 to 6,000.", [["3,000", "exact"], ["6,000", "exact"]]],
    ["Troop numbers have gone from 3,000 to 5,000 in a year.", [["3,000", "exact"], ["5,000", "exact"]]],
  ])("%s", (s, expected) => {
    expect(kinds(s)).toEqual(expected);
  });

  it.each([
    ["Casualties ranged from 3,000 to 5,000.", [["from 3,000 to 5,000", "range"]]],
    ["A rise in casualties of 3,000 to 5,000 was reported.", [["3,000 to 5,000", "range"]]],
    ["Troops in the area numbered from 3,000 to 5,000.", [["from 3,000 to 5,000", "range"]]],
  ])("a range stays a range: %s", (s, expected) => {
    expect(kinds(s)).toEqual(expected);
  });
});
