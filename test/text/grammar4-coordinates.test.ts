import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("coordinates", () => {
  it.each([
    ["A strike at 48.123456, 37.654321 killed 12.", ["12"]],
    ["A strike at 48.1234 37.6543 killed 12.", ["12"]],
    ["A strike near 48.12345,37.65432 killed 12.", ["12"]],
    ["A strike (48.123456, 37.654321) killed 12.", ["12"]],
    ["The strike hit 48.123456, 37.654321, killing 12.", ["12"]],
    ["Geolocated to 48.1234, 37.6543.", []],
    ["At 48.5, 37.9 killed 12 people.", ["12 people"]],
    ["Strike at (48.123456 / 37.654321) killed 12.", ["12"]],
    ["Strike at lat 48.12, lon 37.65 killed 12.", ["12"]],
    ["Strike at Lat: 48.12 Lon: 37.65 killed 12.", ["12"]],
  ])("with four decimal places or more, or before a verb with an object, are no figures: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["A strike at 48 37 killed 12.", ["12"]],
    ["Shelling near 48 37 wounded 5 civilians.", ["5 civilians"]],
    ["A strike at 48, 37 killed 12.", ["12"]],
  ])("as whole numbers after 'at' are skipped where no count reads: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["The toll stood at 48, 37 of them children.", ["48", "37"]],
    ["At 48, 37 of them were killed.", ["48", "37"]],
    ["Losses rose to 1.25, 2.5 and 3.75 million.", ["1.25", "2.5", "3.75 million"]],
    ["Rates were 1.2345, 1.3456 and 1.4567 dollars.", ["1.2345", "1.3456", "1.4567 dollars"]],
  ])("leave ordinary counts as they were: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a count of people that is no whole number", () => {
  it.each([
    ["Strikes killed 37.9 people.", []],
    ["Some 37.654321 troops were seen.", []],
    ["A strike at 48.123456 killed 12.", ["12"]],
    ["Each brigade had 3.5 troops, and 40 tanks.", ["40 tanks"]],
  ])("is refused: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["An average of 3.5 killed per day.", "An average of 3.5 killed per day"],
    ["In total 2.5 killed per day.", "In total 2.5 killed per day"],
    ["The unit lost 2.5 to 3.5 soldiers a week.", "2.5 to 3.5 soldiers a week"],
    ["Russia lost 1.25 million soldiers.", "1.25 million soldiers"],
    ["About 0.5 killed.", "About 0.5 killed"],
  ])("is read as an average, a rate or with a scale word: %s", (s, text) => {
    expect(texts(s)).toEqual([text]);
  });
});
