// A unit written as a sign rather than a noun takes no -s: "10 %", not "10 %s".
import { describe, expect, it } from "vitest";

import { exact, formatEstimate } from "../../src/index.js";

describe("the plural of a unit in formatEstimate", () => {
  it.each([
    ["%", "10 %"],
    ["‰", "10 ‰"],
    ["°C", "10 °C"],
    ["m²", "10 m²"],
    ["€bn", "10 €bn"],
    ["$m", "10 $m"],
    ["US$", "10 US$"],
    ["shells (152mm)", "10 shells (152mm)"],
  ])("keeps a unit with no letters, ending in a sign or holding a symbol as it is: %s", (unit, text) => {
    expect(formatEstimate(exact(10, unit), { unit: true })).toBe(text);
    expect(formatEstimate(exact(1, unit), { unit: true })).toBe(text.replace("10", "1"));
  });

  it.each([
    ["tank", "10 tanks"],
    ["person", "10 people"],
    ["T-72", "10 T-72s"],
    ["KIA", "10 KIAs"],
    ["km", "10 km"],
  ])("still writes the plural of a noun, a name ending in a digit among them: %s", (unit, text) => {
    expect(formatEstimate(exact(10, unit), { unit: true })).toBe(text);
  });

  it.each([
    ["households", "10 households"],
    ["tonnes", "10 tonnes"],
    ["people", "10 people"],
  ])("keeps a unit written in the plural as it is: %s", (unit, text) => {
    expect(formatEstimate(exact(10, unit), { unit: true })).toBe(text);
  });

  it("writes three capitals that are no ISO 4217 code as a unit, not as money", () => {
    expect(formatEstimate(exact(30, "KIA"))).toBe("30");
    expect(formatEstimate(exact(30, "USD"))).toBe("$30");
  });
});
