import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a number split by a mark that no two numbers stand apart by", () => {
  it.each([
    "About 1\u200b2,000 troops were sent.",
    "About 30\u200b00 troops were sent.",
    "About 12\u200c000\u200d500 troops were sent.",
    "About 30 00 troops were sent.",
    "About 3\u3000000 troops were sent.",
    "About 3\u2003000 troops were sent.",
    "About 5\u00ad00 troops were sent.",
  ])("is read in no part: %j", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each(["1\u200b2,000 troops", "30 00 troops", "3\u3000000"])("is a malformed number to parseEstimate: %j", (phrase) => {
    expect(parseEstimate(phrase)).toMatchObject({ ok: false, reason: "malformed-number" });
  });

  it.each([
    ["About 12 000 troops were sent.", ["About 12 000 troops"]],
    ["About 3\u00a0000 troops were sent.", ["About 3\u00a0000 troops"]],
    ["About 1\u2060200 troops were sent.", ["About 1\u2060200 troops"]],
    ["In 2023 300 troops were sent.", ["300 troops"]],
    ["In Kharkiv and Sumy, 12 and 17 people died.", ["12", "17 people"]],
  ])("leaves numbers that stand apart alone: %j", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });
});
