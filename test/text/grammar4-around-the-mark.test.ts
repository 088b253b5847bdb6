import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate }));

describe("a hedge and 'the' before a noun of a threshold", () => {
  it.each([
    ["Losses were around the 3,000 mark.", "around the 3,000 mark", 3000],
    ["Losses hovered around the 3,000 level.", "around the 3,000 level", 3000],
    ["Deaths were about the 3,000 figure.", "about the 3,000 figure", 3000],
    ["Losses are roughly the 3,000 threshold.", "roughly the 3,000 threshold", 3000],
    ["Losses were around the 3,000-mark by May.", "around the 3,000-mark", 3000],
    ["Deaths stood at around the 40,000 mark.", "around the 40,000 mark", 40000],
    ["Casualties remain at about the 3 million level.", "about the 3 million level", 3_000_000],
    ["Deaths were close to the 3,000 mark.", "close to the 3,000 mark", 3000],
    ["Deaths were in the region of the 3,000 mark.", "in the region of the 3,000 mark", 3000],
  ])("is a hedge: %s", (s, text, value) => {
    expect(read(s)).toMatchObject([{ text, kind: "approx", value }]);
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "approx", value } });
  });

  it.each([
    ["They talked about the 3,000 troops.", "the 3,000 troops", "exact"],
    ["Questions around the 3,000 troops sent remain.", "the 3,000 troops", "exact"],
    ["Roughly the 3,000 troops left.", "Roughly the 3,000 troops", "approx"],
    ["Losses passed the 3,000-mark.", "passed the 3,000-mark", "atLeast"],
  ])("leaves other figures after 'the' as they were: %s", (s, text, kind) => {
    expect(read(s)).toMatchObject([{ text, kind, value: 3000 }]);
  });
});
