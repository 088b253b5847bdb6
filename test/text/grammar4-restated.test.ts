import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a number restated in parentheses after its noun", () => {
  it.each([
    ["Russia sent 3,000 troops (three thousand).", "3,000 troops (three thousand)", 3000],
    ["Russia sent three thousand troops (3,000).", "three thousand troops (3,000)", 3000],
    ["About 3,000 troops (three thousand) were sent.", "About 3,000 troops (three thousand)", 3000],
    ["12 civilians (twelve) were killed.", "12 civilians (twelve)", 12],
  ])("is one figure: %s", (s, text, value) => {
    expect(texts(s)).toEqual([text]);
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { value } });
  });

  it.each([
    ["3,000 troops (300 killed)", ["3,000 troops", "300 killed"]],
    ["Losses: 3,000 troops (+120)", ["3,000 troops", "120"]],
  ])("another figure in parentheses is its own: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("words and digits that disagree", () => {
  it.each([
    "Russia sent 3,000 (three hundred) troops.",
    "Russia sent 3,000 troops (three hundred).",
    "Russia sent three thousand troops (300).",
    "Aid of $5m (five hundred thousand dollars) came.",
  ])("are a conflict, and neither is read: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("3,000 (three hundred) troops")).toMatchObject({ ok: false, reason: "malformed-number" });
  });
});
