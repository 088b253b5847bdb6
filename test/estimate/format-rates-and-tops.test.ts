// The words of a compound unit name every divisor, money per something is written as money, and a
// range that keeps the hedge of its top is written with the hedge before the top, as it reads back.
import { describe, expect, it } from "vitest";

import { approx, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { formatEstimate } from "../../src/estimate/format.js";

describe("formatEstimate { unit: true } of a compound unit", () => {
  it.each([
    [exact(5, "USD/person/day"), "$5 per person per day"],
    [exact(5, "USD/day"), "$5 per day"],
    [exact(5, "tank/day/brigade"), "5 tanks per day per brigade"],
    [exact(5, "USD*person"), "5 USD*person"],
    [exact(5, "USD/(person/day)"), "5 USD/(person/day)"],
    [approx(1500, "person/day"), "about 1,500 people per day"],
    [magnitude("billions", "USD/day"), "billions of US dollars per day"],
    [atMost(5, "EUR/day", { strict: true }), "less than €5 per day"],
  ])("%j is %s", (estimate, words) => {
    expect(formatEstimate(estimate, { unit: true })).toBe(words);
  });

  it("leaves the unit off where not asked, never writing money without its rate", () => {
    expect(formatEstimate(exact(5, "USD/day"))).toBe("5");
  });
});

describe("formatEstimate of a range with a hedged top", () => {
  it.each([
    ["perhaps", "3,000 to perhaps 5,000 people"],
    ["as many as", "3,000 to as many as 5,000 people"],
    ["possibly as many as", "3,000 to possibly as many as 5,000 people"],
    ["up to", "3,000 to up to 5,000 people"],
  ])("writes %s before the top", (hedge, words) => {
    expect(formatEstimate(range(3000, 5000, "person", { hedge }), { unit: true })).toBe(words);
  });

  it("writes any other hedge before the range", () => {
    expect(formatEstimate(range(3000, 5000, "person", { hedge: "roughly" }), { unit: true })).toBe("roughly 3,000–5,000 people");
    expect(formatEstimate(range(3000, 5000, "person", { hedge: "perhaps" }), { style: "compact" })).toBe("~3k–5k");
  });
});

describe("a hedged-top range read from text", () => {
  it("is written back in words that read to the same range", async () => {
    const { extractEstimates, parseEstimate } = await import("../../src/text/index.js");
    for (const text of ["3,000 to perhaps 5,000 troops", "2,000 or as many as 4,000 soldiers"]) {
      const read = extractEstimates(text)[0]?.estimate;
      const back = parseEstimate(formatEstimate(read!, { unit: true }));
      expect(back.ok && { ...back.value, text: undefined }).toEqual({ ...read, text: undefined });
    }
  });
});
