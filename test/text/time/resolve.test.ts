import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../../src/errors.js";
import { arbIsoDate } from "../../../src/testing/time.js";
import { resolveTimePhrase } from "../../../src/text/time/index.js";
import type { TimePhraseOptions } from "../../../src/text/time/index.js";
import { formatPeriod } from "../../../src/time/index.js";
import { PeriodSchema } from "../../../src/time/schema.js";

/** [phrase, expected EDTF] relative to one reference date. */
type Case = readonly [string, string];

const CASES: Readonly<Record<string, readonly Case[]>> = {
  // The day of the NIS briefing that the seed case reports.
  "2025-04-30": [
    ["in January", "2025-01"],
    ["between January and March", "2025-01/2025-03"],
    ["from October to December", "2024-10/2024-12"],
    ["early 2025", "2025-01/2025-04"],
    ["mid-2024", "2024-05/2024-08"],
    ["late last year", "2024-09/2024-12"],
    ["the previous fall", "2024-23"],
    ["last autumn", "2024-23"],
    ["this spring", "2025-21"],
    ["since October", "2024-10/2025-04-30"],
    ["in the first quarter", "2025-33"],
    ["by the end of March", "../2025-03"],
    ["in early December 2024", "2024-12-01/2024-12-10"],
    ["mid-April 2025", "2025-04-11/2025-04-20"],
    ["in March", "2025-03"],
    ["early 2023", "2023-01/2023-04"],
    ["in the previous fall", "2024-23"],
    ["last winter", "2024-24"],
    ["this winter", "2025-24"],
    ["next spring", "2026-21"],
    ["next autumn", "2025-23"],
    ["last month", "2025-03"],
    ["this month", "2025-04"],
    ["next month", "2025-05"],
    ["last year", "2024"],
    ["this year", "2025"],
    ["next year", "2026"],
    ["the previous year", "2024"],
    ["last quarter", "2025-33"],
    ["this quarter", "2025-34"],
    ["next quarter", "2025-35"],
    ["Q1 2025", "2025-33"],
    ["H2 2024", "2024-41"],
    ["the first half of 2025", "2025-40"],
    ["the second half of last year", "2024-41"],
    ["the second quarter of last year", "2024-34"],
    ["the fourth quarter of 2024", "2024-36"],
    ["in the 3rd quarter", "2024-35"],
    ["in the third quarter", "2024-35"],
    ["30 April", "2025-04-30"],
    ["April 30, 2025", "2025-04-30"],
    ["on the 30th of April 2025", "2025-04-30"],
    ["as of 30 April 2025", "2025-04-30"],
    ["autumn of 2024", "2024-23"],
    ["fall 2024", "2024-23"],
    ["in the autumn of 2024", "2024-23"],
    ["between October 2024 and March 2025", "2024-10/2025-03"],
    ["from January to March 2025", "2025-01/2025-03"],
    ["January\u2013March", "2025-01/2025-03"],
    ["2024\u20132025", "2024/2025"],
    ["from 2022 through 2024", "2022/2024"],
    ["late January", "2025-01-21/2025-01-31"],
    ["early last month", "2025-03-01/2025-03-10"],
    ["mid-autumn", "2024-10"],
    ["late winter", "2025-02"],
    ["from early January to late March", "2025-01-01/2025-03-31"],
    ["since last year", "2024/2025-04-30"],
    ["since early 2025", "2025-01/2025-04-30"],
    ["since 1 January 2025", "2025-01-01/2025-04-30"],
    ["by the end of 2024", "../2024"],
    ["by the end of the first quarter", "../2025-33"],
    ["by end of last year", "../2024"],
    ["29 February", "2024-02-29"],
    ["the middle of 2024", "2024-05/2024-08"],
    ["in 2024", "2024"],
    ["throughout 2024", "2024"],
    ["December 2024", "2024-12"],
    ["Dec. 2024", "2024-12"],
    ["in Sept 2024", "2024-09"],
    ["from November to February", "2024-11/2025-02"],
    ["between November and February", "2024-11/2025-02"],
    ["during the summer", "2024-22"],
    ["in spring", "2025-21"],
    ["the winter of 2024", "2024-24"],
    ["early this year", "2025-01/2025-04"],
    ["late 2024", "2024-09/2024-12"],
    ["mid-March", "2025-03-11/2025-03-20"],
    ["early spring", "2025-03"],
    ["late summer 2024", "2024-08"],
    ["in mid-2025", "2025-05/2025-08"],
    ["from the first quarter to the third quarter of 2024", "2024-33/2024-35"],
    ["between March and January 2025", "2024-03/2025-01"],
    ["the first quarter of this year", "2025-33"],
    ["early H1 2025", "2025-01/2025-02"],
    ["MID-APRIL 2025", "2025-04-11/2025-04-20"],
  ],
  "2024-11-15": [
    ["in January", "2024-01"],
    ["between January and March", "2024-01/2024-03"],
    ["from October to December", "2024-10/2024-12"],
    ["early 2025", "2025-01/2025-04"],
    ["mid-2024", "2024-05/2024-08"],
    ["late last year", "2023-09/2023-12"],
    ["the previous fall", "2023-23"],
    ["last autumn", "2023-23"],
    ["this autumn", "2024-23"],
    ["this spring", "2024-21"],
    ["since October", "2024-10/2024-11-15"],
    ["in the first quarter", "2024-33"],
    ["by the end of March", "../2024-03"],
    ["in early December 2024", "2024-12-01/2024-12-10"],
    ["mid-April 2025", "2025-04-11/2025-04-20"],
    ["last quarter", "2024-35"],
    ["this quarter", "2024-36"],
    ["this winter", "2024-24"],
    ["last winter", "2023-24"],
    ["in winter", "2023-24"],
    ["next month", "2024-12"],
    ["late this month", "2024-11-21/2024-11-30"],
    ["between October and January", "2024-10/2025-01"],
    ["in November", "2024-11"],
    ["in December", "2023-12"],
  ],
  "2025-01-15": [
    ["this winter", "2024-24"],
    ["last winter", "2023-24"],
    ["the previous fall", "2024-23"],
    ["last month", "2024-12"],
    ["in January", "2025-01"],
    ["in December", "2024-12"],
    ["late last year", "2024-09/2024-12"],
    ["last quarter", "2024-36"],
    ["since October", "2024-10/2025-01-15"],
    ["by the end of March", "../2024-03"],
  ],
  "2025-03-31": [
    ["last month", "2025-02"],
    ["this quarter", "2025-33"],
    ["last quarter", "2024-36"],
    ["in March", "2025-03"],
    ["late March", "2025-03-21/2025-03-31"],
    ["last spring", "2024-21"],
    ["this spring", "2025-21"],
    ["since March", "2025-03/2025-03-31"],
    ["since spring", "2025-25/2025-03-31"],
    ["by the end of last winter", "../2024-28"],
    ["from autumn to winter", "2024-27/2024-28"],
  ],
};

const SOUTH: readonly Case[] = [
  ["the previous fall", "2024-31"],
  ["this winter", "2025-32"],
  ["early autumn", "2025-03"],
  ["last summer", "2024-30"],
  ["late summer", "2025-02"],
];

const count = Object.values(CASES).reduce((n, cases) => n + cases.length, 0) + SOUTH.length;

function resolve(text: string, options: TimePhraseOptions): string {
  const result = resolveTimePhrase(text, options);
  if (!result.ok) throw new Error(result.reason);
  expect(PeriodSchema.safeParse(result.value).success).toBe(true);
  return formatPeriod(result.value);
}

describe("resolveTimePhrase", () => {
  it(`has ${count} phrases with their expected periods, against several reference dates`, () => {
    expect(count).toBeGreaterThanOrEqual(80);
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(2);
  });

  for (const [reference, cases] of Object.entries(CASES)) {
    describe(`relative to ${reference}`, () => {
      for (const [text, expected] of cases) {
        it(`reads "${text}" as ${expected}`, () => {
          expect(resolve(text, { reference })).toBe(expected);
        });
      }
    });
  }

  describe("in the southern hemisphere, relative to 2025-04-30", () => {
    for (const [text, expected] of SOUTH) {
      it(`reads "${text}" as ${expected}`, () => {
        expect(resolve(text, { reference: "2025-04-30", hemisphere: "south" })).toBe(expected);
      });
    }
  });

  it("returns the period as data", () => {
    expect(resolveTimePhrase("the previous fall", { reference: "2025-04-30" })).toEqual({
      ok: true,
      value: { kind: "season", year: 2024, season: "autumn" },
    });
    expect(resolveTimePhrase("last autumn", { reference: "2025-04-30", hemisphere: "north" })).toEqual({
      ok: true,
      value: { kind: "season", year: 2024, season: "autumn", hemisphere: "north" },
    });
    expect(resolveTimePhrase("since October", { reference: "2025-04-30" })).toEqual({
      ok: true,
      value: {
        kind: "interval",
        start: { kind: "date", precision: "month", year: 2024, month: 10 },
        end: { kind: "date", precision: "day", year: 2025, month: 4, day: 30 },
      },
    });
  });

  const REJECTED: readonly (readonly [string, RegExp])[] = [
    ["", /no words to read/],
    ["   ", /no words to read/],
    ["soon", /unknown word "soon"/],
    ["in the coming weeks", /unknown word "coming"/],
    ["last week", /weeks are not periods/],
    ["over the past year", /rolling span/],
    ["two months ago", /unknown word "two"/],
    ["around March", /hedged period/],
    ["at the beginning of 2025", /unknown word "at"|beginning/],
    ["the beginning of 2025", /"the beginning of" is not one of the documented thirds/],
    ["the end of March", /"the end of" is read only in "by the end of"/],
    ["before March", /"before" gives no start/],
    ["after March", /"after" gives no end/],
    ["recently", /recently is not a stated period/],
    ["year", /"year" needs this, last, previous or next/],
    ["the quarter", /"quarter" needs this, last, previous or next/],
    ["in the month", /"month" needs this, last, previous or next/],
    ["last autumn 2024", /"last" and a year cannot go together/],
    ["next year 2025", /cannot go together|end of the phrase/],
    ["since next year", /the start \(2026\) is after the reference date 2025-04-30/],
    ["31 April", /is not a calendar day/],
    ["30 February 2024", /is not a calendar day/],
    ["the fifth quarter", /unknown word "fifth"/],
    ["Q5 2025", /there is no q5 in a year/],
    ["the third half of 2025", /there is no 3 half in a year/],
    ["between January", /expected "and"/],
    ["from January", /expected "to"/],
    ["from January March", /expected "to"/],
    ["by March", /expected "the end of" after "by"/],
    ["by the end March", /expected "of" after "by the end"/],
    ["January March", /expected the end of the phrase after "january"/],
    ["in", /expected a month, season, quarter or year, found the end of the text/],
    ["early", /expected a month, season, quarter or year/],
    ["early 30 April 2025", /a single day has no thirds/],
    ["the middle 2024", /expected "of" after "middle"/],
    ["autumn of", /expected a year after "of"/],
    ["12 2025", /a four-digit year or a day before a month/],
    ["20250", /a four-digit year/],
    ["from March 2025 to January 2025", /ends \(2025-01\) before it starts \(2025-03\)/],
    ["in 2024!", /unexpected character "!"/],
    ["- March", /expected a month, season, quarter or year, found "-"/],
    ["last year 2023", /end of the phrase/],
  ];

  describe("rejects what it cannot read, with a reason", () => {
    for (const [text, reason] of REJECTED) {
      it(`rejects ${JSON.stringify(text)}`, () => {
        const result = resolveTimePhrase(text, { reference: "2025-04-30" });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.reason).toMatch(reason);
          expect(result.reason.startsWith(JSON.stringify(text))).toBe(true);
        }
      });
    }
  });

  it("refuses a value that is not text with invalid-argument", () => {
    expect(() => resolveTimePhrase(7 as unknown as string, { reference: "2025-04-30" })).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: "resolveTimePhrase: text must be a string, got 7" }),
    );
  });

  it("throws invalid-reference for a reference that is not an ISO date", () => {
    for (const reference of ["30 April 2025", "2025-02-29", "", undefined]) {
      try {
        resolveTimePhrase("in January", { reference } as unknown as TimePhraseOptions);
        expect.unreachable();
      } catch (error) {
        expect(isFogcountError(error, "invalid-reference")).toBe(true);
      }
    }
  });

  it("throws invalid-option for an unknown hemisphere", () => {
    try {
      resolveTimePhrase("in spring", { reference: "2025-04-30", hemisphere: "east" } as unknown as TimePhraseOptions);
      expect.unreachable();
    } catch (error) {
      expect(isFogcountError(error, "invalid-option")).toBe(true);
    }
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), arbIsoDate(), (text, reference) => {
        const result = resolveTimePhrase(text, { reference });
        return result.ok || result.reason.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  const WORDS = [
    "in", "the", "of", "and", "between", "from", "to", "since", "by", "end", "early", "mid", "-", "late",
    "middle", "last", "previous", "this", "next", "year", "month", "quarter", "half", "first", "second",
    "third", "fourth", "q1", "h2", "january", "march", "october", "december", "spring", "fall", "winter",
    "2024", "2025", "30", "29", "february", ",",
  ];

  it("never throws on phrases made of its own words, and every period it returns is valid", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), arbIsoDate(), fc.constantFrom(undefined, "north", "south"), (words, reference, hemisphere) => {
        const options: TimePhraseOptions = hemisphere === undefined ? { reference } : { reference, hemisphere };
        const result = resolveTimePhrase(words.join(" "), options);
        if (result.ok) expect(PeriodSchema.safeParse(result.value).success).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a long text of repeated words, refusing it (how the time grows is measured by npm run bench)", () => {
    const reference = "2025-04-30";
    expect(resolveTimePhrase(`${"early ".repeat(20_000)}2025`, { reference }).ok).toBe(false);
    expect(resolveTimePhrase("january ".repeat(20_000), { reference }).ok).toBe(false);
  });
});

describe("resolveTimePhrase at the edge of the calendar", () => {
  it("refuses a phrase that falls outside the years a period holds, rather than return one the period functions refuse", () => {
    expect(resolveTimePhrase("next year", { reference: "9999-12-31" }).ok).toBe(false);
    expect(resolveTimePhrase("last year", { reference: "-9999-01-01" }).ok).toBe(false);
    expect(resolveTimePhrase("last year", { reference: "2025-04-30" }).ok).toBe(true);
  });
});
