// Shorthand ranges, whose low end lacks the thousands or the hundreds of the high end, are
// refused rather than read as written, in running text and alone.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("shorthand ranges", () => {
  it.each([
    "Russia lost 3-400 tanks.",
    "Some 5-600 soldiers were there.",
    "It fired 2-300 shells.",
    "About 7\u2013800 troops crossed.",
    "It lost between 2 and 500 vehicles.",
    "Some 8-10,000 troops crossed.",
    "Between 10 and 12,000 fled.",
    "It cost $3-400 million.",
    "Russia lost 3-400 thousand troops.",
    "It cost between $3 and 400 million.",
  ])("skips %s", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    ["It lost 1-100 tanks.", "1-100 tanks"],
    ["It lost 4-400 tanks.", "4-400 tanks"],
    ["It lost 10-15 tanks.", "10-15 tanks"],
    ["It lost 30-40 tanks.", "30-40 tanks"],
    ["It lost 300-400 tanks.", "300-400 tanks"],
    ["It lost 2-3 million shells.", "2-3 million shells"],
    ["It cost $3-4 million.", "$3-4 million"],
    ["It cost $1-2 billion.", "$1-2 billion"],
  ])("reads %s as written", (sentence, figure) => {
    expect(texts(sentence)).toEqual([figure]);
  });

  it.each(["3-400 tanks", "10-12,000 troops", "5-10,000", "3-4,000", "10 to 12,000", "between 10 and 12,000 troops", "more than 10-12,000 troops", "$3-400 million"])(
    "refuses the phrase %j alone as ambiguous-range, not read as written",
    (phrase) => {
      expect(parseEstimate(phrase)).toMatchObject({ ok: false, reason: "ambiguous-range" });
    },
  );

  it("reads alone the ranges running text reads as written", () => {
    for (const [phrase, low, high] of [["1-100", 1, 100], ["4-400 tanks", 4, 400], ["10,000-12,000 troops", 10_000, 12_000], ["$1-2 billion", 1e9, 2e9]] as const) {
      const r = parseEstimate(phrase);
      expect(r.ok && r.value, phrase).toMatchObject({ kind: "range", low, high });
    }
  });
});

describe("numbers grouped by spaces", () => {
  const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind === "range" ? [e.estimate.low, e.estimate.high] : (e.estimate as { value?: number }).value]);

  it.each([
    ["North Korea sent 10 000-12 000 troops.", "10 000-12 000 troops", [10_000, 12_000]],
    ["About 3\u2009000\u20134\u2009000 died.", "About 3\u2009000\u20134\u2009000", [3000, 4000]],
    ["Some 1 500-2 000 troops arrived.", "Some 1 500-2 000 troops", [1500, 2000]],
    ["It had 12 155-mm howitzers.", "12 155-mm howitzers", 12],
    ["It fired 12 155mm shells.", "12 155mm shells", 12],
    ["A 10 000-strong force crossed.", "10 000-strong", 10_000],
  ])("reads a range or a number joined by a dash whole: %s", (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, value]]);
  });

  it.each(["about 3,\u00ad000 troops", "about 3\n000 troops", "about 3\t000 troops", "about 3  000 troops", "about 12,000\u200b000 troops"])(
    "reads no part of a number whose group of thousands a stray mark cuts off: %j",
    (sentence) => {
      expect(read(sentence)).toEqual([]);
    },
  );

  it("reads figures a stray mark separates that could not be one number", () => {
    expect(read("In 2023,\n300 troops died.")).toEqual([["300 troops", 300]]);
  });
});
