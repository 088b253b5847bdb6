import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);
const reason = (s: string) => {
  const r = parseEstimate(s);
  return r.ok ? "ok" : r.reason;
};

describe("a number past 2^53 − 1, in digits or in words", () => {
  it.each([
    "a million million million million million million",
    "$999 trillion trillion",
    "about 10 million billion",
    "1,000,000,000,000,000,000 dollars",
    "9,007,199,254,740,993",
    "ten thousand trillion",
  ])("is refused as not-finite: %s", (s) => {
    expect(reason(s)).toBe("not-finite");
    expect(texts(`They spent ${s} on it.`)).toEqual([]);
  });

  it.each([
    ["$9,000 trillion", 9e15],
    ["a million million dollars", 1e12],
    ["9,007,199,254,740,991", Number.MAX_SAFE_INTEGER],
    ["two trillion", 2e12],
  ])("still reads a number a double holds: %s", (s, v) => {
    expect(parseEstimate(s)).toMatchObject({ ok: true, value: { value: v } });
  });
});

describe("three decimals after a currency sign", () => {
  it.each(["less than ₹307.869", "about ₩84–₩554.974", "€3.179", "$3.500", "over £1.250"])("is malformed-number: %s", (s) => {
    expect(reason(s)).toBe("malformed-number");
  });

  it("is skipped in running text, and a scale word still makes it a decimal", () => {
    expect(texts("It cost ₹307.869 and 300 troops died.")).toEqual(["300 troops"]);
    expect(parseEstimate("₹307.869 crore")).toMatchObject({ ok: true, value: { value: 3078690000 } });
  });
});

describe("a zero with a note that no figure was given", () => {
  it.each([
    "Casualty figures: killed 0 (not reported), wounded n/a.",
    "killed 0 (n/a)",
    "Deaths: 0 (No data).",
    "0 troops (Not Reported)",
    "losses 0 (unknown)",
  ])("is unknown, not zero: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("leaves a zero with any other note, and other figures", () => {
    expect(texts("0 deaths (confirmed) and 5 injured")).toEqual(["0 deaths", "5 injured"]);
    expect(texts("killed 0 (not reported), wounded 12 people")).toEqual(["12 people"]);
  });
});

describe("a footnote in brackets", () => {
  it.each([
    ["3,000 troops [12] and 4,000 tanks[13].", ["3,000 troops", "4,000 tanks"]],
    ["The toll rose to 300 [12][13].", ["300"]],
    ["About 3,000 people [4] died.", ["About 3,000 people"]],
  ])("is no figure: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("leaves a figure with its noun in brackets", () => {
    expect(texts("Losses [3,000 troops] were reported.")).toEqual(["3,000 troops"]);
  });
});
