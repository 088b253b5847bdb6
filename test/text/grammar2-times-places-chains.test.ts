import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("an hour 'at night'", () => {
  it.each(["By 10 at night the town fell.", "Shelling went on until 11 at night.", "at 2 in the night"])("is a clock time: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["killed 10 at night", ["10"]],
    ["By 10 at night, 300 troops had crossed.", ["300 troops"]],
    ["by 30 at night", ["30"]],
  ])("leaves counts: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("coordinates after 'at', 'near' or 'position'", () => {
  it.each(["A tank was seen at 48.5, 37.9.", "A convoy was seen near 48.52, 37.91 on Monday.", "position 48.5, 37.9", "Coordinates 48.5213, 37.9"])(
    "are no figures: %s",
    (s) => {
      expect(texts(s)).toEqual([]);
    },
  );

  it.each([
    ["Inflation ran at 2.5, 3.1 and 4.0 percent.", ["2.5", "3.1", "4.0 percent"]],
    ["Prices stood at 48.5, 37.9% and 20%.", ["48.5", "37.9%", "20%"]],
    ["Output was at 2.5, 3.5 million tonnes", ["2.5", "3.5 million tonnes"]],
    ["It grew at 4.5 percent.", ["4.5 percent"]],
  ])("leave lists and counts: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a chain of range ends", () => {
  it.each(["3,000 to 4,000 to 5,000 troops", "3,000-4,000-5,000 troops", "2 or 3 or 4 tanks", "10-12 to 15 tanks"])("is skipped whole: %s", (s) => {
    expect(texts(s)).toEqual([]);
    expect(parseEstimate(s).ok).toBe(false);
  });

  it.each([
    ["3,000 to 4,000 troops to Kherson", ["3,000 to 4,000 troops"]],
    ["3,000 to 4,000 troops, 5,000 tanks", ["3,000 to 4,000 troops", "5,000 tanks"]],
    ["300 to 400 or more", ["300 to 400 or more"]],
    ["3,000 to 4,000 or so", ["3,000 to 4,000 or so"]],
  ])("leaves a range: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
