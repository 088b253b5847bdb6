// The terms of a ratio or odds ("3 to 1 in Russia's favour") count nothing: no range, no two figures.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("ratios", () => {
  it.each([
    "Losses were 3 to 1 in Russia's favour.",
    "Losses were 3 to 1 in favor of Russia.",
    "The ratio of losses was 3 to 1.",
    "They fought at odds of 3 to 1.",
    "Ukraine was outnumbered 3 to 1.",
    "Russia outnumbered Ukrainian forces 10 to 1 in the area.",
    "Ukraine was outnumbered three to one.",
    "They had a 3-to-1 advantage.",
    "The odds were 1 to 3.",
    "by a ratio of 2.5 to 1",
  ])("are skipped whole: %j", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it("leave the other figures of the sentence", () => {
    expect(texts("Losses were 3 to 1 in Russia's favour, with 300 tanks lost.")).toEqual(["300 tanks"]);
  });

  it.each(["3 to 1 in Russia's favour", "3 to 1 odds", "3-to-1 advantage", "three to one in Russia's favour"])("are refused alone as ratio: %j", (phrase) => {
    expect(parseEstimate(phrase)).toMatchObject({ ok: false, reason: "ratio" });
  });

  it("do not take in ranges of counts, nor figures with a unit", () => {
    expect(texts("Russia sent 300 to 400 in Ukraine's favour.")).toEqual(["300 to 400"]);
    expect(texts("It lost 3 to 5 tanks, an advantage.")).toEqual(["3 to 5 tanks"]);
    expect(texts("The ratio rose as 3,000 troops arrived.")).toEqual(["3,000 troops"]);
  });

  it.each([
    "Russia outnumbered Ukraine 3 to 1 in artillery.",
    "They died at a rate of 10 to 1.",
    "It was 3 to 1.",
    "It was 3-to-1.",
    "It was three to one.",
    "Losses ran 7 to 3.",
    "It was 100 to 1.",
  ])("that fall, which no range does, are skipped whole without a word of a ratio: %j", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it("leave a fall to a level after a verb of change", () => {
    expect(texts("The number of hospitals fell from 10 to 1.")).toEqual(["10", "1"]);
    expect(texts("Hospitals fell 10 to 1.")).toEqual(["1"]);
  });

  it("leave ranges that rise, and falling pairs of large figures", () => {
    expect(texts("Russia sent 3,000 to 4,000 troops.")).toEqual(["3,000 to 4,000 troops"]);
    expect(texts("Russia sent from 10 to 12 thousand troops.")).toEqual(["from 10 to 12 thousand troops"]);
    expect(texts("Russia sent 10 to 1,000 troops.")).toEqual(["10 to 1,000 troops"]);
    expect(texts("It was 3,000 to 2,000.")).toEqual(["3,000", "2,000"]);
  });
});
