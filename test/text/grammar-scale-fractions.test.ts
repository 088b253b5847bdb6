import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const spans = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate]);

describe("a fraction of a scale word: 'a million and a half'", () => {
  it.each([
    ["a million and a half refugees", "a million and a half refugees", 1_500_000],
    ["three thousand and a half troops", "three thousand and a half troops", 3500],
    ["1 million and a half", "1 million and a half", 1_500_000],
    ["two million and a half", "two million and a half", 2_500_000],
    ["a million and a quarter", "a million and a quarter", 1_250_000],
    ["2 million and three quarters people", "2 million and three quarters people", 2_750_000],
    ["They fled, a million and a half of them.", "a million and a half", 1_500_000],
  ])("reads the whole phrase: %s", (s, text, v) => {
    expect(spans(s)).toEqual([[text, expect.objectContaining({ kind: "exact", value: v })]]);
  });

  it.each(["a million and a third", "1 million and a third", "five hundred and a half", "1.5 million and a half", "a million and a half million"])(
    "skips a phrase that makes no number, never its first half: %s",
    (s) => {
      expect(spans(s)).toEqual([]);
      expect(parseEstimate(s)).toMatchObject({ ok: false, reason: "malformed-number" });
    },
  );

  it("leaves the neighbours as they read", () => {
    expect(spans("two and a half million")).toEqual([["two and a half million", expect.objectContaining({ value: 2_500_000 })]]);
    expect(spans("1 million and 200 tanks").map(([t]) => t)).toEqual(["1 million", "200 tanks"]);
    expect(parseEstimate("a million and a half")).toMatchObject({ ok: true, value: { kind: "exact", value: 1_500_000 } });
  });
});

describe("'a million or two'", () => {
  it.each([
    ["a million or two", 1e6, 2e6],
    ["a million or two refugees fled", 1e6, 2e6],
    ["3 thousand or 4 troops", 3000, 4000],
    ["1 million or 2 million", 1e6, 2e6],
  ])("is a range in the scale of its first end: %s", (s, low, high) => {
    expect(extractEstimates(s).map((e) => e.estimate)).toEqual([expect.objectContaining({ kind: "range", low, high })]);
  });

  it("is never the first end alone", () => {
    expect(parseEstimate("a million or two")).toMatchObject({ ok: true, value: { kind: "range", low: 1e6, high: 2e6 } });
    expect(spans("a thousand or so troops")).toEqual([["a thousand or so troops", expect.objectContaining({ kind: "approx", value: 1000 })]]);
  });
});
