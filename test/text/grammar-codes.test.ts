import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a label noun before a number, in any case", () => {
  it.each([
    ["Members of military unit 29155 were blamed.", []],
    ["The shell hit building 7.", []],
    ["Residents of house 12 and apartment 5 fled; 40 people were hurt.", ["40 people"]],
    ["Trains left from platform 3 and gate 9.", []],
    ["Take exit 14 off road 21.", []],
    ["House 12 was hit.", []],
  ])("names the number: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it.each([
    ["Russia lost 3,000 units of ammunition.", ["3,000"]],
    ["200 buildings were destroyed.", ["200 buildings"]],
    ["The unit 3,000 troops strong moved.", ["3,000 troops"]],
    ["In the house 12 people died.", ["12 people"]],
    ["Along the road 20 soldiers were killed.", ["20 soldiers"]],
  ])("leaves a count after or before the noun: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is no quantity to parseEstimate", () => {
    expect(parseEstimate("military unit 29155")).toMatchObject({ ok: false });
    expect(parseEstimate("building 7")).toMatchObject({ ok: false });
  });
});

describe("telephone numbers", () => {
  it.each(["Call +380 44 123 4567.", "Tel. 044 123 45 67", "Phone: 555 1234", "+380441234567", "Hotline 0 800 500 335"])("are no figures: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("leave a daily change, a year before a count, and a long count", () => {
    expect(texts("(+1,270)")).toEqual(["1,270"]);
    expect(texts("In 2022 300 soldiers died.")).toEqual(["300 soldiers"]);
    expect(texts("Russia sent 1234567 shells.")).toEqual(["1234567 shells"]);
  });
});

describe("clock times and coordinates", () => {
  it.each([
    ["At 3 in the morning, 40 drones struck.", ["40 drones"]],
    ["The shelling lasted until 11 in the evening.", []],
    ["At 3 o'clock 40 drones struck.", ["40 drones"]],
    ["Coordinates 48.5, 37.9 mark the site.", []],
    ["The GPS location: 48.51, 37.92; 12 people were hurt.", ["12 people"]],
  ])("are no figures: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("leave a count in the morning, and decimals with no word of place", () => {
    expect(texts("Russia fired 40 in the morning.")).toEqual(["40"]);
    expect(texts("Russia killed 5 people in the morning attack.")).toEqual(["5 people"]);
    expect(texts("Rates were 48.5, 37.9 and 12.1 percent.")).toEqual(["48.5", "37.9", "12.1 percent"]);
  });
});
