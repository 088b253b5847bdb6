import { describe, expect, it } from "vitest";

import { extractEstimates, parseEstimate } from "../../src/text/index.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("two numbers joined by 'to' in falling order before a count noun", () => {
  it.each([
    ["The army sent the brigade, 220 to 210 men.", []],
    ["12,000 to 10,000 troops were sent.", []],
    ["About 12,000 to 10,000 troops were sent.", []],
    ["Officials said 300 to 250 soldiers died.", []],
    ["A force of 1,500 to 1,200 troops crossed, and 40 tanks.", ["40 tanks"]],
    ["The brigade went down, 220 to 210 men.", []],
  ])("is no pair of figures, as with a dash: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it("is refused as a range that allows no value, as parseEstimate refuses it", () => {
    expect(parseEstimate("220 to 210 men")).toMatchObject({ ok: false, reason: "invalid-range" });
    expect(texts("12,000–10,000 troops were sent.")).toEqual([]);
  });

  it.each([
    ["The army sent 210 to 220 men.", ["210 to 220 men"]],
    ["Russia sent 500 to 200 families.", ["500", "200 families"]],
    ["Russia sent 300 to 40 villages.", ["300", "40 villages"]],
    ["The unit shrank from 220 to 210 men.", ["220", "210 men"]],
    ["Numbers dropped from 12,000 to 10,000 troops.", ["12,000", "10,000 troops"]],
    ["Losses went 220 to 210 men.", ["220", "210 men"]],
    ["He gave 220 to 210 of them.", ["220", "210"]],
    ["Kyiv paid $220 to 210 men.", ["$220", "210 men"]],
  ])("leaves a rising range, a change, a preposition or a sum as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
