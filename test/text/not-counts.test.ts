import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a number joined to a noun that makes an adjective of it", () => {
  it.each([
    ["A missile hit a five-storey building and killed 12 people.", ["12 people"]],
    ["The 12-storey block housed 300 residents.", ["300 residents"]],
    ["Kyiv put forward a 12-point plan; 40 soldiers died.", ["40 soldiers"]],
    ["A twelve-point plan was tabled.", []],
    ["A 40-nation coalition sent 3,000 troops.", ["3,000 troops"]],
    ["The 300-bed hospital treated 120 patients.", ["120 patients"]],
    ["A nine-storied building collapsed.", []],
  ])("is no count: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it.each([
    ["A 5,000-strong force arrived.", ["5,000-strong"]],
    ["A 2,000-pound bomb fell.", ["2,000-pound"]],
    ["Russia sent 20 Russian-made drones.", ["20 Russian-made drones"]],
  ])("leaves a strength, a weight and a made-in alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("is a designation to parseEstimate", () => {
    expect(parseEstimate("12-storey")).toMatchObject({ ok: false, reason: "designation" });
  });
});
