import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { pluralNoun, singularNoun } from "../../src/_lib/nouns.js";
import { formatEstimate } from "../../src/estimate/format.js";
import { arbEstimate } from "../../src/testing/estimate.js";
import { expectFogcountError } from "../helpers.js";

describe("formatEstimate", () => {
  it.each([
    [exact(2700, "person"), "2,700"],
    [approx(4700, "person"), "about 4,700"],
    [approx(600, "person", { hedge: "approximately" }), "approximately 600"],
    [range(10_000, 12_000, "person"), "10,000–12,000"],
    [range(10_000, 12_000, "person", { approx: true, hedge: "around" }), "around 10,000–12,000"],
    [atLeast(3000, "person"), "at least 3,000"],
    [atLeast(1000, "person", { strict: true }), "more than 1,000"],
    [atLeast(3000, "person", { approx: true, hedge: "some" }), "at least some 3,000"],
    [atMost(12_000, "person"), "up to 12,000"],
    [atMost(1000, "person", { strict: true }), "fewer than 1,000"],
    [atMost(5, "EUR", { strict: true }), "less than €5"],
    [atMost(12_000, "person", { approx: true }), "up to about 12,000"],
    [magnitude("billions", "USD"), "billions of US dollars"],
    [magnitude("tens-of-thousands", "person"), "tens of thousands"],
    [magnitude("a-couple-of-hundred", "unknown"), "a couple of hundred"],
    [exact(5.5e9, "USD"), "$5,500,000,000"],
    [exact(40, "percent"), "40%"],
    [exact(0.125, "1"), "0.125"],
    [range(10_000, 12_000, "person", { best: 11_000 }), "10,000–12,000 (best estimate 11,000)"],
    [atLeast(3000, "person", { best: 4000 }), "at least 3,000 (best estimate 4,000)"],
  ])("writes %j as %s", (estimate, text) => {
    expect(formatEstimate(estimate)).toBe(text);
  });

  it.each([
    [range(10_000, 12_000, "person"), "10k–12k"],
    [approx(4700, "person"), "~4.7k"],
    [atLeast(3000, "person"), "≥3k"],
    [atLeast(1000, "person", { strict: true }), ">1k"],
    [atMost(12_000, "person"), "≤12k"],
    [atMost(1000, "person", { strict: true }), "<1k"],
    [range(1, 2, "person", { approx: true, best: 1.5 }), "~1–2 (~1.5)"],
    [exact(1.2e6, "USD"), "$1.2M"],
    [approx(999e12, "person"), "~999T"],
    // past trillions, compact notation has no word: 10^15 would be "1000T"
    [exact(1e15, "person"), "1E15"],
    [atMost(1e18, "person"), "≤1E18"],
    // money in full digits: "$2.5E20" is no sum of money a reader writes
    [exact(2.5e20, "USD"), "$250,000,000,000,000,000,000"],
  ])("writes %j compactly as %s", (estimate, text) => {
    expect(formatEstimate(estimate, { style: "compact" })).toBe(text);
  });

  it.each([
    [range(4700 / 15_000, 4700 / 13_000, "1", { approx: true }), "about 31–37%"],
    [range(0.31, 0.36, "1"), "31–36%"],
    [approx(600 / 4700, "1"), "about 13%"],
    [exact(0.145, "1"), "14.5%"],
    [exact(0.07, "1"), "7%"],
    [exact(1 / 3, "1"), "about 33.33%"],
    [exact(0.0012345, "1"), "0.12345%"],
    [exact(-0, "1"), "0%"],
    [atLeast(0.3, "1", { strict: true }), "more than 30%"],
    [atMost(0.05, "1", { strict: true }), "less than 5%"],
    [range(0.3, 0.4, "1", { approx: true, hedge: "or so" }), "30–40% or so"],
    [range(0.3, 0.4, "1", { best: 1 / 3 }), "30–40% (best estimate 33%)"],
  ])("writes the share %j as the percentage %s", (estimate, text) => {
    const digits = estimate.kind === "exact" && estimate.value === 1 / 3 ? { digits: 4 } : {};
    expect(formatEstimate(estimate, { style: "percent", ...digits })).toBe(text);
  });

  it("writes the noise of a computation in a percentage to 2 significant digits, and reads back what a person wrote", () => {
    expect(formatEstimate(exact(1 / 3, "1"), { style: "percent" })).toBe("about 33%");
    expect(formatEstimate(exact(2 / 3, "1"), { style: "percent" })).toBe("about 67%");
    expect(formatEstimate(exact(0.146341, "1"), { style: "percent" })).toBe("14.6341%");
    expect(formatEstimate(range(0.25, 0.5, "1"), { style: "percent", locale: "de-DE" })).toBe("25–50%");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        // a share with up to three decimals of a percentage is written as it is
        const text = formatEstimate(exact(n / 100_000, "1"), { style: "percent" });
        expect(Number(text.replace("%", "").replaceAll(",", ""))).toBe(n / 1000);
      }),
    );
  });

  it("refuses the percent style for a unit other than \"1\", and a share too large to write", () => {
    expectFogcountError(() => formatEstimate(exact(40, "percent"), { style: "percent" }), "invalid-option", /options\.style "percent" is for shares \(unit "1"\), not for an estimate in "percent"/);
    expectFogcountError(() => formatEstimate(exact(4700, "person"), { style: "percent" }), "invalid-option", /"person"/);
    expectFogcountError(() => formatEstimate(exact(1e307, "1"), { style: "percent" }), "overflow", /as a percentage is past the largest finite number/);
    expectFogcountError(() => formatEstimate(exact(0.3, "1"), { style: "percents" } as never), "invalid-option", /"stated", "compact", "percent"/);
  });

  it("rounds to significant digits when asked", () => {
    expect(formatEstimate(approx(600 / 4700, "1"), { digits: 3 })).toBe("about 0.128");
    expect(formatEstimate(exact(15_500, "person"), { style: "compact" })).toBe("15.5k");
    expect(formatEstimate(exact(15_500, "person"), { style: "compact", digits: 2 })).toBe("~16k");
  });

  it("names the unit when asked", () => {
    expect(formatEstimate(range(10_000, 12_000, "person"), { unit: true })).toBe("10,000–12,000 people");
    expect(formatEstimate(exact(1, "shell"), { unit: true })).toBe("1 shell");
    expect(formatEstimate(approx(1500, "person/day"), { unit: true })).toBe("about 1,500 people per day");
    expect(formatEstimate(magnitude("thousands", "person"), { unit: true })).toBe("thousands of people");
    expect(formatEstimate(exact(3, "unknown"), { unit: true })).toBe("3");
  });

  it("writes numbers for the locale", () => {
    expect(formatEstimate(approx(4700, "person"), { locale: "de-DE" })).toBe("about 4.700");
    expect(formatEstimate(magnitude("billions", "EUR"), { locale: "en-GB" })).toBe("billions of euros");
  });

  it("makes English plurals of unit nouns", () => {
    const nouns = ["person", "box", "battery", "day", "shell", "church"];
    expect(nouns.map(pluralNoun).map(singularNoun)).toEqual(nouns);
    expect(nouns.map(pluralNoun)).toEqual([
      "people",
      "boxes",
      "batteries",
      "days",
      "shells",
      "churches",
    ]);
  });

  it("never throws on a valid estimate, in any style", () => {
    const units = ["person", "USD", "EUR", "percent", "1", "unknown", "shell", "person/day"];
    fc.assert(
      fc.property(
        arbEstimate({ units, integers: false, max: 1e12 }),
        fc.constantFrom("stated" as const, "compact" as const, "percent" as const),
        fc.boolean(),
        fc.constantFrom("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP"),
        (e, style, unit, locale) => {
          const text = formatEstimate(e, { style: e.unit === "1" ? style : style === "percent" ? "stated" : style, unit, locale });
          expect(text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("the percent style on computed shares", () => {
  it("writes a share no one would state to 2 significant digits, however few digits the double needs", () => {
    expect(formatEstimate(exact(2000 / 4700, "1"), { style: "percent" })).toBe("about 43%");
    expect(formatEstimate(exact(0.125, "1"), { style: "percent" })).toBe("12.5%");
  });
});

describe("the compact style on figures that are not hedged", () => {
  it.each([
    [exact(999_999, "person"), "999,999"],
    [exact(12_345, "person"), "12,345"],
    [exact(1_234_567, "USD"), "$1,234,567"],
    [range(10_001, 12_000, "person"), "10,001–12,000"],
    [atLeast(1234, "person", { strict: true }), ">1,234"],
    [atMost(12_345, "person"), "≤12,345"],
    [exact(0.12345, "1"), "0.12345"],
    [exact(1.23456e15, "person"), "1,234,560,000,000,000"],
  ])("writes %j in full, never rounded, as %s", (estimate, text) => {
    expect(formatEstimate(estimate, { style: "compact" })).toBe(text);
  });

  it.each([
    [approx(999_999, "person"), "~1M"],
    [range(10_001, 12_000, "person", { approx: true }), "~10k–12k"],
    [atLeast(1234, "person", { approx: true }), "≥~1.23k"],
    [range(10_000, 12_000, "person", { best: 11_111 }), "10k–12k (~11.1k)"],
  ])("rounds %j, which says it is approximate, as %s", (estimate, text) => {
    expect(formatEstimate(estimate, { style: "compact" })).toBe(text);
  });

  it("rounds as asked when digits are given, and says so", () => {
    expect(formatEstimate(exact(999_999, "person"), { style: "compact", digits: 2 })).toBe("~1M");
  });

  it("writes every exact whole number so that it reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatEstimate(exact(n, "person"), { style: "compact" });
        if (/\d[kMBT]$/.test(text)) {
          const scale = { k: 1e3, M: 1e6, B: 1e9, T: 1e12 }[text.slice(-1) as "k"];
          expect(Math.round(Number(text.slice(0, -1)) * scale)).toBe(n);
        } else expect(Number(text.replaceAll(",", ""))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatters", () => {
  it("are built once per locale and options, and the answers do not change", () => {
    const calls: unknown[] = [];
    const Original = Intl.NumberFormat;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      calls.push(args);
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = counting;
    try {
      const first = formatEstimate(approx(4711, "person"), { locale: "sv-SE", digits: 7 });
      const built = calls.length;
      for (let i = 0; i < 100; i++) expect(formatEstimate(approx(4711, "person"), { locale: "sv-SE", digits: 7 })).toBe(first);
      expect(calls.length).toBe(built);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it("are kept at most 64 at a time, and a locale dropped is built again", () => {
    for (let digits = 1; digits <= 21; digits++) {
      for (const locale of ["en-US", "de-DE", "fr-FR", "ja-JP"]) formatEstimate(exact(1.5, "person"), { locale, digits });
    }
    expect(formatEstimate(exact(4700, "person"), { locale: "en-US" })).toBe("4,700");
    expect(formatEstimate(exact(4700, "person"), { locale: "de-DE", digits: 1 })).toBe("about 5.000");
  });
});
