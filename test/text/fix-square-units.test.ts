import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("units of area", () => {
  it.each([
    ["Russia seized 3,600 km2 last year.", "3,600 km2", "km2"],
    ["Russia seized 3,600 km² last year.", "3,600 km²", "km2"],
    ["The area covers 3,600 km^2.", "3,600 km^2", "km2"],
    ["Russia seized 3,600 sq. km last year.", "3,600 sq. km", "km2"],
    ["Russia seized 3,600 sq km last year.", "3,600 sq km", "km2"],
    ["Russia seized 3,600 sq mi last year.", "3,600 sq mi", "mile2"],
    ["Russia seized 3,600 square kilometres last year.", "3,600 square kilometres", "km2"],
  ])("are no length: %s", (s, text, unit) => {
    expect(read(s)).toEqual([[text, unit]]);
  });

  it.each([
    ["The column stretched 60 km.", [["60 km", "km"]]],
    ["They advanced 3 km2 and 40 km.", [["3 km2", "km2"], ["40 km", "km"]]],
    ["A 5,000 km3 reservoir.", [["5,000", "unknown"]]],
  ])("leave lengths as they were, and a volume no length: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
