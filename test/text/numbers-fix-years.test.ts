import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a year of a time phrase before a unit noun or a participle", () => {
  it.each([
    ["The attack on October 7, 2023 killed 1,200 people.", ["1,200 people"]],
    ["the October 7, 2023 killed 1,200 people.", ["1,200 people"]],
    ["The attack on October 7th, 2023 killed 1,200 people.", ["1,200 people"]],
    ["On October 7, 2023 Hamas killed 1,200 people.", ["1,200 people"]],
    ["The attack of 7 October, 2023 killed 1,200.", ["1,200"]],
    ["The earthquake of 2023 killed 50,000.", ["50,000"]],
    ["Fighting of 2023 killed 30,000 soldiers.", ["30,000 soldiers"]],
    ["The famine of 1932 killed millions.", ["millions"]],
    ["The war of 2008 killed at least 800.", ["at least 800"]],
    ["The floods of 2010 displaced 20 million people.", ["20 million people"]],
    ["As of 2024 refugees numbered 6 million.", ["6 million"]],
  ])("is a date before the verb of the sentence: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    "By 2025 troops will withdraw.",
    "In 2023 casualties rose.",
    "Before 2022 troops were few.",
    "After 2014 soldiers were sent east.",
    "Since 2014 civilians have borne the brunt.",
    "Until 2024 tanks were scarce.",
    "Since February 2022 soldiers have died daily.",
    "Losses were light; by 2024 troops were exhausted.",
    "Between 2011 and 2020 refugees arrived.",
    "From 2014 to 2022 civilians suffered most.",
    "Between 1991 and 2021 soldiers served there.",
    "In early 2023 troops were moved east.",
    "By late 2024 soldiers were exhausted.",
    "In spring 2023 civilians fled.",
    "By the end of 2024 troops will leave.",
    "At the start of 2023 soldiers were few.",
  ])("is a date where a preposition of time opens the clause, or in a span of years: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["The force grew by 2000 troops.", ["2000 troops"]],
    ["The army was reinforced by 2000 troops.", ["2000 troops"]],
    ["Civilians were killed in 2000 strikes.", ["2000 strikes"]],
    ["A total of 2000 killed.", ["A total of 2000 killed"]],
    ["The bodies of 2000 killed were found.", ["2000 killed"]],
    ["Between 2000 and 3000 refugees arrived.", ["Between 2000 and 3000 refugees"]],
    ["Between 1500 and 2000 troops were sent.", ["Between 1500 and 2000 troops"]],
    ["Since about 2000 troops left, the town is quiet.", ["about 2000 troops"]],
    ["In 2022 alone, 2000 troops died.", ["2000 troops"]],
    ["2,024 drones were launched.", ["2,024 drones"]],
    ["In all, 2000 soldiers were sent.", ["2000 soldiers"]],
    ["The deaths of 2000 soldiers were confirmed.", ["2000 soldiers"]],
  ])("stays a count without a time phrase around it: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
