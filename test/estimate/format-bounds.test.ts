import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { divide } from "../../src/estimate/arithmetic.js";
import { formatEstimate } from "../../src/estimate/format.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { nounFor, pluralNoun, singularNoun } from "../../src/_lib/nouns.js";

describe("formatEstimate rounds outward", () => {
  it.each([
    // the noise of a computation, to 3 significant digits: the low end down, the high end up
    [divide(exact(4700, "person"), range(11_000, 15_000, "person")), {}, "0.313–0.428"],
    [atLeast(0.31366666666666665, "1", { strict: true }), {}, "more than 0.313"],
    [atMost(0.31333333333333335, "1", { strict: true }), {}, "less than 0.314"],
    [atLeast(12_999, "person"), { digits: 2, unit: true }, "at least 12,000 people"],
    [atMost(12_001, "person", { strict: true }), { digits: 2 }, "fewer than 13,000"],
    [atLeast(0.996, "1"), { digits: 2 }, "at least 0.99"],
    [range(12_345, 12_399, "person"), { digits: 2 }, "12,000–13,000"],
    [range(950, 1049, "person"), { digits: 1 }, "900–2,000"],
    [range(-1049, -950, "person"), { digits: 1 }, "-2,000 to -900"],
    [atLeast(12_999, "person", { strict: true }), { style: "compact", digits: 2 }, ">12k"],
    [atMost(12_001, "person"), { style: "compact", digits: 2 }, "≤13k"],
    [atMost(12_001, "person", { approx: true }), { style: "compact" }, "≤~12.1k"],
    [atMost(0.42553191489361697, "1", { strict: true }), { style: "percent" }, "less than 43%"],
    [atLeast(0.42553191489361697, "1"), { style: "percent" }, "at least 42%"],
    [range(0.31333333333333335, 0.31444444444444447, "1"), { style: "percent" }, "31–32%"],
    [range(12_999, 13_001, "USD"), { digits: 2 }, "$12,000–$14,000"],
  ] as [Estimate, object, string][])("writes %j with %j as %s", (estimate, options, text) => {
    expect(formatEstimate(estimate, options)).toBe(text);
  });

  it("hedges an exact figure that its digits round, and writes one that they do not as it is", () => {
    expect(formatEstimate(exact(12_345, "person"), { digits: 2 })).toBe("about 12,000");
    expect(formatEstimate(exact(12_345, "person"), { digits: 2, style: "compact" })).toBe("~12k");
    expect(formatEstimate(exact(12_000, "person"), { digits: 2 })).toBe("12,000");
    expect(formatEstimate(exact(1 / 3, "1"))).toBe("about 0.333");
    expect(formatEstimate(exact(1 / 3, "1"), { style: "percent" })).toBe("about 33%");
    expect(formatEstimate(exact(0.1 + 0.2, "1"))).toBe("0.3");
    expect(formatEstimate(approx(12_345, "person"), { digits: 2 })).toBe("about 12,000");
  });

  it("never rounds the two ends of a range to one figure, and keeps a range of one value a range", () => {
    expect(formatEstimate(range(12_345, 12_399, "person"), { digits: 2 })).not.toBe("12,000–12,000");
    expect(formatEstimate(range(12_000, 12_000, "person"), { digits: 2 })).toBe("12,000–12,000");
    expect(formatEstimate(range(0.25, 0.25, "1"), { style: "percent" })).toBe("25–25%");
  });

  it("never writes ends that leave out a value the estimate allows", () => {
    const written = (text: string): number[] => [...text.matchAll(/-?[\d,]+(\.\d+)?/g)].map((m) => Number(m[0].replaceAll(",", "")));
    const end = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(end, end, fc.integer({ min: 1, max: 8 }), fc.boolean(), (a, b, digits, approxed) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const options = { digits, locale: "en-US" };
        const both = written(formatEstimate(range(low, high, "person", { approx: approxed }), options));
        expect(both[0]).toBeLessThanOrEqual(low);
        expect(both[both.length - 1]).toBeGreaterThanOrEqual(high);
        expect(written(formatEstimate(atLeast(low, "person"), options))[0]).toBeLessThanOrEqual(low);
        expect(written(formatEstimate(atMost(Math.abs(high), "person"), options))[0]).toBeGreaterThanOrEqual(Math.abs(high));
      }),
      { numRuns: 2000 },
    );
  });

  it("hedges every exact figure whose text is not its value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 8 }), (v, digits) => {
        const text = formatEstimate(exact(v, "person"), { digits });
        if (!text.startsWith("about ")) expect(Number(text.replaceAll(",", ""))).toBe(v === 0 ? 0 : Number(v.toPrecision(15)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatEstimate's words", () => {
  it.each([
    [magnitude("several-dozen", "person"), "several dozen people"],
    [magnitude("dozens", "person"), "dozens of people"],
    [magnitude("several-hundred-thousand", "person"), "several hundred thousand people"],
    [magnitude("a-couple-of-hundred", "person"), "a couple of hundred people"],
    [magnitude("several-billion", "USD"), "several billion US dollars"],
    [magnitude("tens-of-thousands", "person"), "tens of thousands of people"],
    [exact(12, "aircraft"), "12 aircraft"],
    [exact(12, "fighter aircraft"), "12 fighter aircraft"],
    [exact(1000, "km"), "1,000 km"],
    [exact(500, "personnel"), "500 personnel"],
    [exact(5, "SIPRI-TIV-million"), "5 million SIPRI TIV"],
    [exact(1, "SIPRI-TIV-million"), "1 million SIPRI TIV"],
    [approx(3000, "person", { hedge: "~" }), "~3,000 people"],
    [approx(3000, "person", { hedge: "≈" }), "≈3,000 people"],
    [approx(3000, "person", { hedge: "c." }), "c. 3,000 people"],
  ] as [Estimate, string][])("writes %j as %s", (estimate, text) => {
    expect(formatEstimate(estimate, { unit: true })).toBe(text);
  });

  it("writes the magnitude of a currency without unit words as it always did", () => {
    expect(formatEstimate(magnitude("several-billion", "USD"))).toBe("several billion US dollars");
    expect(formatEstimate(magnitude("several-dozen", "person"))).toBe("several dozen");
  });

  it("keeps invariant plurals and abbreviations of measures as they are", () => {
    expect(["aircraft", "km", "kg", "lb", "ha", "series", "species"].map(pluralNoun)).toEqual(["aircraft", "km", "kg", "lb", "ha", "series", "species"]);
    expect(["aircraft", "series", "Species", "Personnel"].map(singularNoun)).toEqual(["aircraft", "series", "species", "personnel"]);
    expect(pluralNoun("surface-to-surface missile")).toBe("surface-to-surface missiles");
    expect(pluralNoun("civilian man")).toBe("civilian men");
    expect([nounFor("km2", 3), nounFor("mile2", 1), nounFor("mile2", 2)]).toEqual(["km²", "square mile", "square miles"]);
  });
});

describe("the compact style and a range across a thousand", () => {
  it("writes both ends in full where only the high end would take a suffix, as '9.8–92k' reads as 9,800–92,000", () => {
    expect(formatEstimate(range(9.8, 92_000, "person"), { style: "compact" })).toBe("9.8–92,000");
    expect(formatEstimate(range(0.24, 20_000, "person"), { style: "compact" })).toBe("0.24–20,000");
    expect(formatEstimate(range(12_000, 15_000, "person"), { style: "compact" })).toBe("12k–15k");
    expect(formatEstimate(range(500, 900, "person"), { style: "compact" })).toBe("500–900");
  });
});
