import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a year before the event it names", () => {
  it.each([
    ["The 2022 invasion killed thousands.", ["thousands"]],
    ["The 2022 full-scale Russian invasion killed tens of thousands.", ["tens of thousands"]],
    ["Since the 2014 Minsk agreement, 300 soldiers died.", ["300 soldiers"]],
    ["After the 2024 election 300 people were detained.", ["300 people"]],
    ["The 2023 counter-offensive cost 20,000 soldiers.", ["20,000 soldiers"]],
    ["The 1991 coup attempt failed and 12 people died.", ["12 people"]],
    ["The 2015 ceasefire left 400 prisoners unexchanged.", ["400 prisoners"]],
  ])("is a date, not a count: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it.each([
    ["Russia lost 2000 tanks in the war.", ["2000 tanks"]],
    ["Russia fielded 1500 troops in the offensive.", ["1500 troops"]],
    ["More than 2000 soldiers died in the invasion.", ["More than 2000 soldiers"]],
  ])("leaves a count before its unit noun alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("is a date to parseEstimate", () => {
    expect(parseEstimate("2022 invasion killed")).toMatchObject({ ok: false, reason: "date" });
  });

  it("is in the phrase table", () => {
    expect(EN_PHRASES.eventNouns).toContain("invasion");
  });
});
