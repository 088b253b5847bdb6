import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { describePeriod, period, periodBounds } from "../../src/index.js";
import { arbPeriod } from "../../src/testing/time.js";
import { expectFogcountError } from "../helpers.js";

describe("describePeriod", () => {
  it.each([
    ["2024-23", "autumn 2024"],
    ["2025-01", "January 2025"],
    ["2025-04-30", "30 April 2025"],
    ["2025", "2025"],
    ["2025-01/2025-03", "January–March 2025"],
    ["2024-11/2025-02", "November 2024–February 2025"],
    ["2023/2025", "2023–2025"],
    ["../2025-04-30", "by 30 April 2025"],
    ["2023-01/..", "from January 2023"],
    ["2025-33", "Q1 2025"],
    ["2025-41", "second half of 2025"],
    ["2025-37", "first third of 2025"],
    ["201X", "a year of the 2010s"],
    ["200X", "a year of 2000–2009"],
    ["20XX", "a year of 2000–2099"],
    ["1985-XX-XX", "a day of 1985"],
    ["2004-XX", "a month of 2004"],
    ["2004-06-XX", "a day of June 2004"],
    // one date of a span keeps its year at an interval end, and is set off
    ["2004-06-XX/2004-07", "a day of June 2004 – July 2004"],
    // a season that runs into the next year names both
    ["2024-24", "winter 2024–25"],
    ["2024-28", "winter 2024–25"],
    ["2099-24", "winter 2099–2100"],
  ])("%s reads %s", (edtf, words) => {
    expect(describePeriod(period(edtf))).toBe(words);
  });

  it("refuses a string, pointing to period()", () => {
    expectFogcountError(() => describePeriod("2024-23" as never), "invalid-argument", /describePeriod: period is not a period.*period\(\) first/);
  });

  it("refuses options that are not its own", () => {
    expectFogcountError(() => describePeriod(period("2024-23"), { hemisphere: "east" as "north" }), "invalid-option", /^describePeriod: options\.hemisphere must be one of "north", "south", got "east"$/);
    expectFogcountError(() => describePeriod(period("2024-23"), { qualifiers: "widen" } as never), "invalid-option", /^describePeriod: options\.qualifiers is not an option \(hemisphere\)/);
    expectFogcountError(() => describePeriod(period("2024-23"), "south" as never), "invalid-option", /^describePeriod: options must be an object/);
  });
});

describe("describePeriod: EDTF qualifiers", () => {
  it.each([
    // approximate (~) is about, uncertain (?) possibly, both (%) possibly about
    ["2024~", "about 2024"],
    ["2024?", "possibly 2024"],
    ["2024%", "possibly about 2024"],
    ["2024-10~", "about October 2024"],
    ["2024-10?", "possibly October 2024"],
    ["2024-10%", "possibly about October 2024"],
    ["2004-06-11~", "about 11 June 2004"],
    ["2004-06-11?", "possibly 11 June 2004"],
    ["2004-06-11%", "possibly about 11 June 2004"],
    ["2024-23~", "about autumn 2024"],
    ["2024-23?", "possibly autumn 2024"],
    ["2024-23%", "possibly about autumn 2024"],
    ["2025-33?", "possibly Q1 2025"],
    ["201X~", "about a year of the 2010s"],
    // only the parts the words show: the unspecified day of 2004-06~-XX is not named
    ["2004-06~-XX", "about a day of June 2004"],
    // parts qualified apart are named
    ["2004-06~-11", "11 June 2004 (year and month approximate)"],
    ["?2004-06-~11", "11 June 2004 (year uncertain; day approximate)"],
    ["2004-?06-11", "11 June 2004 (month uncertain)"],
    ["2004-%06-11", "11 June 2004 (month uncertain and approximate)"],
    ["2004-06-~11", "11 June 2004 (day approximate)"],
  ])("%s reads %s", (edtf, words) => {
    expect(describePeriod(period(edtf))).toBe(words);
  });

  it.each([
    ["2024?/2025~", "possibly 2024–about 2025"],
    ["2024%/2025", "possibly about 2024–2025"],
    ["2024-01~/2024-03?", "about January–possibly March 2024"],
    ["2024-01/2024-03%", "January–possibly about March 2024"],
    ["2024-23?/2024-24~", "possibly autumn 2024 – about winter 2024–25"],
    ["../2025-04-30?", "by possibly 30 April 2025"],
    ["2023-01~/..", "from about January 2023"],
    // a start whose parts are qualified apart keeps its year
    ["2004-06~-11/2004-06-20", "11 June 2004 (year and month approximate)–20 June 2004"],
  ])("each interval end keeps its own qualifier: %s reads %s", (edtf, words) => {
    expect(describePeriod(period(edtf))).toBe(words);
  });

  it("never writes an uncertain date as approximate, nor an approximate one as uncertain", () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        const words = describePeriod(p);
        const marks = JSON.stringify(p);
        return (marks.includes('"uncertain"') || !/possibly|uncertain/.test(words)) && (marks.includes('"approximate"') || !/about|approximate/.test(words));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("describePeriod: intervals", () => {
  it.each([
    // seasons that run into the next year name both years, set off with spaces
    ["2024-23/2024-24", "autumn 2024 – winter 2024–25"],
    ["2024-27/2024-28", "autumn 2024 – winter 2024–25"],
    ["2024-24/2025-21", "winter 2024–25 – spring 2025"],
    ["2024-24/2025-02", "winter 2024–25 – February 2025"],
    ["2024/2024-24", "2024 – winter 2024–25"],
    ["2024-29/2024-30", "southern spring 2024 – southern summer 2024–25"],
    // seasons within one year still share it
    ["2024-25/2024-27", "spring–autumn 2024"],
    ["2024-31/2024-32", "southern autumn–southern winter 2024"],
    // an interval whose ends are one period is that period
    ["2025/2025", "2025"],
    ["2025-03/2025-03", "March 2025"],
    ["2025-03-01/2025-03-01", "1 March 2025"],
    ["2024-23/2024-23", "autumn 2024"],
    ["2024-24/2024-24", "winter 2024–25"],
    ["2025-33/2025-33", "Q1 2025"],
    ["2025-03~/2025-03~", "about March 2025"],
    ["2004-XX/2004", "2004"],
    ["2004-06-XX/2004-06", "June 2004"],
    // one year at an end is not left to the other's words
    ["2025-03/2025", "March 2025–2025"],
    ["2025/2025-03", "2025–March 2025"],
    // nor does a part of a year that ends in "of"
    ["2025-40/2025-41", "first half of 2025–second half of 2025"],
    ["2025-37/2025-06", "first third of 2025–June 2025"],
    ["2025-01/2025-41", "January–second half of 2025"],
    ["2025-33/2025-34", "Q1–Q2 2025"],
    // as before
    ["2025-01/2025-03", "January–March 2025"],
    ["2025-01/2025-33", "January–Q1 2025"],
    ["2025-03?/2025-03", "possibly March–March 2025"],
    ["2024-23/2025-33", "autumn 2024–Q1 2025"],
    // an open end is no end; an unknown end is a day not known
    ["/2025", "an unknown date–2025"],
    ["2023-01/", "January 2023–an unknown date"],
    ["../2025", "by 2025"],
  ])("%s reads %s", (edtf, words) => {
    expect(describePeriod(period(edtf))).toBe(words);
  });

  it("never leaves an end without its year where its words need one", () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        const words = describePeriod(p);
        return !/ of ?–/.test(words) && !/[a-z]{2}–\d{4}$/.test(words.replace(/^an unknown date–/, ""));
      }),
      { numRuns: 2000 },
    );
  });

  it("never repeats the same words on both sides of a dash", () => {
    fc.assert(
      fc.property(arbPeriod(), fc.constantFrom("north", "south" as const), (p, hemisphere) => {
        const words = describePeriod(p, { hemisphere });
        const [a, b] = words.split(/ – |–(?=\D)/);
        return b === undefined || a !== b;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("describePeriod: the hemisphere, as periodBounds reads it", () => {
  it.each([
    ["2024-21", "north", "spring 2024"],
    ["2024-21", "south", "southern spring 2024"],
    ["2024-22", "north", "summer 2024"],
    ["2024-22", "south", "southern summer 2024–25"],
    ["2024-23", "south", "southern autumn 2024"],
    ["2024-24", "north", "winter 2024–25"],
    ["2024-24", "south", "southern winter 2024"],
    ["2024-23/2024-24", "south", "southern autumn–southern winter 2024"],
    ["2024-23/2024-24", "north", "autumn 2024 – winter 2024–25"],
  ] as const)("%s in the %s reads %s", (edtf, hemisphere, words) => {
    expect(describePeriod(period(edtf), { hemisphere })).toBe(words);
  });

  it("reads seasons 21–24 in the north by default", () => {
    expect(describePeriod(period("2024-22"))).toBe(describePeriod(period("2024-22"), { hemisphere: "north" }));
  });

  it.each([
    // codes 25–32 name their hemisphere, and the option does not change it, in words or bounds
    ["2024-27", "autumn 2024", "2024-09-01"],
    ["2024-28", "winter 2024–25", "2024-12-01"],
    ["2024-30", "southern summer 2024–25", "2024-12-01"],
    ["2024-31", "southern autumn 2024", "2024-03-01"],
    ["2024-32", "southern winter 2024", "2024-06-01"],
  ])("%s reads %s whatever the hemisphere option says", (edtf, words, earliest) => {
    for (const hemisphere of ["north", "south"] as const) {
      expect(describePeriod(period(edtf), { hemisphere })).toBe(words);
      expect(periodBounds(period(edtf), { hemisphere }).earliest).toBe(earliest);
    }
  });

  const SEASON_MONTHS = new Map([
    ["spring", [3, 9]], ["summer", [6, 12]], ["autumn", [9, 3]], ["winter", [12, 6]],
  ]);

  it("names the season and years whose months periodBounds gives, in either hemisphere", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 21, max: 32 }), fc.constantFrom("north", "south" as const), (year, code, hemisphere) => {
        const p = period(`${year}-${code}`);
        const words = describePeriod(p, { hemisphere });
        const { earliest, latest } = periodBounds(p, { hemisphere });
        const match = /^(southern )?(spring|summer|autumn|winter) (\d{4})(?:–(\d{2}|\d{4}))?$/.exec(words);
        if (match === null || earliest === null || latest === null) return false;
        const south = match[1] !== undefined;
        const month = SEASON_MONTHS.get(match[2] as string)?.[south ? 1 : 0];
        const lastYear = match[4] === undefined ? year : year + 1;
        return earliest === `${year}-${String(month).padStart(2, "0")}-01` && latest.startsWith(`${lastYear}-`) && Number(match[3]) === year;
      }),
      { numRuns: 500 },
    );
  });
});
