import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a lower-case label noun before a number with a casualty verb after it", () => {
  it.each([
    ["Members of unit 29155 killed 3 people.", ["3 people"]],
    ["building 7 killed 12", ["12"]],
    ["military unit 29155 wounded 3", ["3"]],
    ["block 9 killed 30", ["30"]],
    ["road 12 killed 4", ["4"]],
    ["exit 4 killed 2", ["2"]],
    ["Soldiers of brigade 155 captured 40 prisoners.", ["40 prisoners"]],
    ["unit 29155 killed three soldiers", ["three soldiers"]],
    ["Unit 29155 killed 3 people.", ["3 people"]],
  ])("names the number: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["the unit lost 3,000 troops", ["3,000 troops"]],
    ["200 buildings destroyed", ["200 buildings"]],
    ["In the building 12 killed and 30 wounded were found.", ["12 killed", "30 wounded"]],
    ["In the house 12 killed.", ["12 killed"]],
    ["Along the road 20 killed in the strike were buried.", ["20 killed"]],
  ])("leaves a count: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("telephone numbers and emergency numbers", () => {
  it.each([
    "Call the hotline at 0800 123 456",
    "Tel: (044) 123-4567",
    "Tel. 123-4567",
    "(044) 123-4567",
    "Call us on 044 123 4567.",
    "the helpline is 0800 500 335",
    "called 911",
    "call 911",
    "Dial 112 now.",
    "She rang 999 at once.",
  ])("are no figures: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["the call for 300 troops", ["300 troops"]],
    ["called up 300,000 reservists", ["300,000 reservists"]],
    ["(300) 200-400 soldiers", ["300", "200-400 soldiers"]],
    ["between 100-1000 troops", ["between 100-1000 troops"]],
    ["It cost 3,000-4,000 dollars", ["3,000-4,000 dollars"]],
    ["Russia called 112 reservists to the front.", ["112 reservists"]],
    ["At 0800 300 troops moved in.", ["300 troops"]],
  ])("leave counts: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is no quantity to parseEstimate", () => {
    expect(parseEstimate("call 911")).toMatchObject({ ok: false });
  });
});

describe("a telephone number with a country code and a code in parentheses", () => {
  it.each([
    ["Call +7 (495) 123-45-67 for details.", []],
    ["Phone +380 (0) 44 123 4567.", []],
    ["Ring +44 (0)20 7946 0958 now.", []],
    ["Russia lost 300 tanks; call +7 (495) 123-45-67.", ["300 tanks"]],
  ])("is skipped whole, never a daily rise: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["Russia lost 1,200 (+30) soldiers.", [["1,200", false], ["30", true]]],
    ["Losses rose by +150 (400) today.", [["150", true], ["400", false]]],
  ])("leaves a daily rise in parentheses as it was: %s", (s, found) => {
    expect(extractEstimates(s).map((e) => [e.text, e.increment])).toEqual(found);
  });
});
