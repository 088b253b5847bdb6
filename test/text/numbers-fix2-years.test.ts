import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a year after an abbreviated date", () => {
  it.each([
    ["Oct. 7, 2023 killed 1,200 people.", ["1,200 people"]],
    ["On Oct 7 2023 militants killed 1,200.", ["1,200"]],
    ["Sept. 11, 2001 killed nearly 3,000 people.", ["nearly 3,000 people"]],
    ["On Sept 11 2001 hijackers killed 2,977.", ["2,977"]],
    ["Since Feb. 24, 2022 soldiers have died.", []],
    ["Since Feb. 2022 soldiers have died.", []],
    ["Between Feb. 2022 and Mar. 2023 soldiers died.", []],
    ["The Oct. 7, 2023 attack killed 1,200.", ["1,200"]],
    ["Since Q1 2023 refugees returned.", []],
    ["In H2 2024 troops left.", []],
    ["Since Jan 2023 refugees returned.", []],
  ])("is a date, no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a year after a preposition of time that opens its clause", () => {
  it.each([
    ["Through 2023 casualties mounted.", []],
    ["Within 2024 refugees returned.", []],
    ["Across 2023 refugees fled.", []],
    ["Prior to 2022 soldiers trained there.", []],
    ["Ahead of 2024 troops were moved.", []],
    ["Beginning in 2022 troops rotated.", []],
    ["In fiscal 2024 troops were cut.", []],
    ["For 2024 troops numbered 3,000.", ["3,000"]],
    ["Compared with 2023 casualties rose.", []],
  ])("is a date: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["The army sent 2000 troops through 2000 villages.", ["2000 troops", "2000 villages"]],
    ["Russia sent 2000 troops for 2000 villages.", ["2000 troops", "2000 villages"]],
    ["It rose compared with 2000 troops last year.", ["2000 troops"]],
    ["They came up to 2000 troops.", ["up to 2000 troops"]],
    ["Across 1500 km of front, 300 soldiers died.", ["1500 km", "300 soldiers"]],
  ])("leaves a count inside a clause: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
