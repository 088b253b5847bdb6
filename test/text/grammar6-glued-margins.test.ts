// The sign "+/-" or "+-" glued to its number ("3,000 +/-500") is a margin, as "+/- 500" is: the
// dash belongs to the sign, not to a number below zero.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate]);

describe("a margin whose sign is glued to its number", () => {
  it.each([
    ["Some 3,000 +/-500 troops were sent.", "Some 3,000 +/-500 troops"],
    ["3,000 (+/-500) troops were killed.", "3,000 (+/-500) troops"],
    ["3,000 troops (+/-500) were killed.", "3,000 troops (+/-500)"],
    ["Deaths were 3,000 +-500.", "3,000 +-500"],
    ["Some 3,000 ∓500 troops were sent.", "Some 3,000 ∓500 troops"],
  ])("reads the range around the figure: %s", (sentence, text) => {
    const found = read(sentence);
    expect(found.map(([t]) => t)).toEqual([text]);
    const e = found[0]?.[1] as { kind: string; low: number; high: number; best: number };
    expect([e.kind, e.low, e.high, e.best]).toEqual(["range", 2500, 3500, 3000]);
    const parsed = parseEstimate(text);
    expect(parsed.ok && parsed.value).toEqual(found[0]?.[1]);
  });

  it.each([
    // a number below zero is still refused where no "+/" comes before its dash
    ["Temperatures of -5 to -10 were recorded.", []],
    ["between 300 and -5", []],
    // a margin wider than its figure reaches below zero
    ["Deaths were 300 +/-500.", []],
    // a spread named by words the reader does not know is not dropped: the figure is skipped with it
    ["3,000 deaths (SD ±500) were recorded.", []],
    // a range written as one word is not read as its first end
    ["Russia sent 3,000-to-5,000 troops.", []],
  ])("still refused: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe("an asymmetric margin whose terms a semicolon splits", () => {
  it("reads the range, and no term as a rise", () => {
    const found = extractEstimates("3,000 (+500; -200) troops were sent.");
    expect(found.map((e) => [e.text, e.estimate.kind, e.increment])).toEqual([["3,000 (+500; -200) troops", "range", false]]);
  });
});
