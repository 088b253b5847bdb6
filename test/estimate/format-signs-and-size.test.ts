import { describe, expect, it } from "vitest";

import { approx, atLeast, exact, formatEstimate, range } from "../../src/index.js";

describe("formatEstimate past the digits a double carries", () => {
  it("writes 2^60 to 15 significant digits and hedged, never with invented digits", () => {
    // 2^53 is 9,007,199,254,740,992, and so is 9,007,199,254,740,993 read as a double
    expect(formatEstimate(exact(2 ** 53, "person"))).toBe("about 9,007,199,254,740,990");
    expect(formatEstimate(exact(2 ** 60, "person"))).toBe("about 1,152,921,504,606,850,000");
    expect(formatEstimate(exact(2 ** 60, "USD"))).toBe("about $1,152,921,504,606,850,000");
    expect(formatEstimate(exact(-(2 ** 60), "person"))).toBe("about -1,152,921,504,606,850,000");
    expect(formatEstimate(exact(2 ** 60, "person"), { digits: 21 })).toMatch(/^about /);
    expect(formatEstimate(exact(2 ** 60, "person"), { style: "compact" })).toBe("~1,152,921,504,606,850,000");
  });

  it("writes a large number whose shortest form is short as it is, exact", () => {
    expect(formatEstimate(exact(1e21, "USD"))).toBe("$1,000,000,000,000,000,000,000");
    expect(formatEstimate(exact(1.5e16, "person"))).toBe("15,000,000,000,000,000");
    expect(formatEstimate(exact(Number.MAX_SAFE_INTEGER, "person"))).toBe("9,007,199,254,740,991");
  });

  it("rounds the ends of a range past 2^53 outward, so the text still holds the range", () => {
    expect(formatEstimate(range(2 ** 60, 2 ** 61, "person"))).toBe("1,152,921,504,606,840,000–2,305,843,009,213,700,000");
    expect(formatEstimate(atLeast(2 ** 60, "person"))).toBe("at least 1,152,921,504,606,840,000");
  });
});

describe("formatEstimate of signs and compact money", () => {
  it('writes a range below zero with "to", never "-200–-50"', () => {
    expect(formatEstimate(range(-200, -50, "person"))).toBe("-200 to -50");
    // a dash before an unsigned number reads as it should
    expect(formatEstimate(range(-200, 50, "person"))).toBe("-200–50");
    expect(formatEstimate(range(-200, -50, "person", { approx: true }))).toBe("about -200 to -50");
    expect(formatEstimate(range(-0.2, -0.05, "1"), { style: "percent" })).toBe("-20 to -5%");
    expect(formatEstimate(range(200, 500, "person"))).toBe("200–500");
    expect(formatEstimate(approx(-200, "person"))).toBe("about -200");
  });

  it("writes compact money from 10^15 up in full digits, never \"$1E21\"", () => {
    expect(formatEstimate(exact(1e21, "USD"), { style: "compact" })).toBe("$1,000,000,000,000,000,000,000");
    expect(formatEstimate(approx(1.234e21, "USD"), { style: "compact" })).toBe("~$1,230,000,000,000,000,000,000");
    expect(formatEstimate(exact(1.2e12, "USD"), { style: "compact" })).toBe("$1.2T");
    // a count keeps scientific notation, as chart labels do
    expect(formatEstimate(exact(1e15, "person"), { style: "compact" })).toBe("1E15");
  });
});
