import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("numbers joined by a spaced sign of times", () => {
  it.each([
    ["The 4 x 4 vehicles, 200 in all, arrived.", ["200"]],
    ["The 6 × 6 trucks came with 40 tanks.", ["40 tanks"]],
    ["Russia sent 2 x 4,000 troops.", []],
    ["The 8 X 8 carriers arrived.", []],
  ])("are no count, neither number: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it("are refused as malformed-number", () => {
    expect(parseEstimate("4 x 4 vehicles")).toMatchObject({ ok: false, reason: "malformed-number" });
  });

  it.each([
    ["The x 300 troops.", ["300 troops"]],
    ["Russia sent 300 troops and 40 tanks.", ["300 troops", "40 tanks"]],
  ])("leave an x that joins no two numbers as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
