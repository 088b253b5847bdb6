import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { arbEdtf, arbPeriod } from "../../src/testing/time.js";
import { formatPeriod, parsePeriod, period } from "../../src/time/index.js";
import type { Period } from "../../src/time/index.js";
import { SUPPORTED, UNSUPPORTED } from "./spec-examples.js";

function read(edtf: string): Period {
  const result = parsePeriod(edtf);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("EDTF specification examples", () => {
  for (const [feature, examples] of Object.entries(SUPPORTED)) {
    describe(feature, () => {
      for (const edtf of examples) {
        it(`reads and writes back ${edtf}`, () => {
          const value = read(edtf);
          expect(formatPeriod(deepFreeze(value))).toBe(edtf);
          expect(read(formatPeriod(value))).toEqual(value);
        });
      }
    });
  }

  for (const [feature, examples] of Object.entries(UNSUPPORTED)) {
    describe(`${feature} (not supported)`, () => {
      for (const edtf of examples) {
        it(`rejects ${edtf} with a reason`, () => {
          const result = parsePeriod(edtf);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toMatch(/not supported|level 2/);
        });
      }
    });
  }
});

describe("parsePeriod", () => {
  it("reads a day, a month and a year with their precision", () => {
    expect(read("1985-04-12")).toEqual({ kind: "date", precision: "day", year: 1985, month: 4, day: 12 });
    expect(read("1985-04")).toEqual({ kind: "date", precision: "month", year: 1985, month: 4 });
    expect(read("1985")).toEqual({ kind: "date", precision: "year", year: 1985 });
    expect(read("0000")).toEqual({ kind: "date", precision: "year", year: 0 });
    expect(read("-1985")).toEqual({ kind: "date", precision: "year", year: -1985 });
  });

  it("keeps a time of day as written", () => {
    expect(read("1985-04-12T23:20:30+04:30")).toEqual({
      kind: "date",
      precision: "day",
      year: 1985,
      month: 4,
      day: 12,
      time: "23:20:30+04:30",
    });
  });

  it("reads whole-date qualifiers as flags on every part", () => {
    expect(read("2024~")).toEqual({ kind: "date", precision: "year", year: 2024, approximate: { year: true } });
    expect(read("2024-10?")).toEqual({
      kind: "date",
      precision: "month",
      year: 2024,
      month: 10,
      uncertain: { year: true, month: true },
    });
    expect(read("2004-06-11%")).toEqual({
      kind: "date",
      precision: "day",
      year: 2004,
      month: 6,
      day: 11,
      approximate: { year: true, month: true, day: true },
      uncertain: { year: true, month: true, day: true },
    });
  });

  it("reads group qualification (to the right) and individual qualification (to the left)", () => {
    expect(read("2004-06~-11")).toMatchObject({ approximate: { year: true, month: true } });
    expect(read("2004-06~-11")).not.toHaveProperty("uncertain");
    expect(read("2004?-06-11")).toMatchObject({ uncertain: { year: true } });
    expect(read("?2004-06-~11")).toMatchObject({ uncertain: { year: true }, approximate: { day: true } });
    expect(read("2004-%06-11")).toMatchObject({ uncertain: { month: true }, approximate: { month: true } });
  });

  it("writes equivalent spellings in one canonical form", () => {
    expect(formatPeriod(read("?2004-?06-?11"))).toBe("2004-06-11?");
    expect(formatPeriod(read("?2004-06-11"))).toBe("2004?-06-11");
    expect(formatPeriod(read("~2004-~06-11"))).toBe("2004-06~-11");
    expect(formatPeriod(read("2004?-06~"))).toBe("%2004-~06");
    expect(formatPeriod(read("?2001-?21"))).toBe("2001-21?");
    expect(formatPeriod(read("-1985?-06"))).toBe("-1985?-06");
    expect(formatPeriod(read("?-1985-~06"))).toBe("?-1985-~06");
  });

  it("reads unspecified digits from the right", () => {
    expect(read("201X")).toEqual({ kind: "date", precision: "year", year: 2010, unspecified: "year-last-digit" });
    expect(read("20XX")).toEqual({ kind: "date", precision: "year", year: 2000, unspecified: "year-last-two-digits" });
    expect(read("2004-XX")).toEqual({ kind: "date", precision: "month", year: 2004, unspecified: "month" });
    expect(read("1985-04-XX")).toEqual({ kind: "date", precision: "day", year: 1985, month: 4, unspecified: "day" });
    expect(read("1985-XX-XX")).toEqual({ kind: "date", precision: "day", year: 1985, unspecified: "month-and-day" });
    expect(formatPeriod(read("2004-XX~"))).toBe("2004-XX~");
  });

  it("reads seasons of level 1 and the sub-year groupings of level 2", () => {
    expect(read("2024-23")).toEqual({ kind: "season", year: 2024, season: "autumn" });
    expect(read("2024-27")).toEqual({ kind: "season", year: 2024, season: "autumn", hemisphere: "north" });
    expect(read("2024-31")).toEqual({ kind: "season", year: 2024, season: "autumn", hemisphere: "south" });
    expect(read("2025-33")).toEqual({ kind: "subyear", year: 2025, unit: "quarter", index: 1 });
    expect(read("2025-39")).toEqual({ kind: "subyear", year: 2025, unit: "quadrimester", index: 3 });
    expect(read("2025-41")).toEqual({ kind: "subyear", year: 2025, unit: "semester", index: 2 });
    expect(read("2024-23~")).toEqual({ kind: "season", year: 2024, season: "autumn", approximate: true });
    expect(read("2024-36%")).toEqual({
      kind: "subyear",
      year: 2024,
      unit: "quarter",
      index: 4,
      approximate: true,
      uncertain: true,
    });
  });

  it("reads every sub-year code from 21 to 41", () => {
    for (let code = 21; code <= 41; code += 1) {
      const edtf = `2001-${code}`;
      expect(formatPeriod(read(edtf))).toBe(edtf);
    }
  });

  it("reads intervals with open and unknown ends", () => {
    expect(read("2025-01/2025-03")).toEqual({
      kind: "interval",
      start: { kind: "date", precision: "month", year: 2025, month: 1 },
      end: { kind: "date", precision: "month", year: 2025, month: 3 },
    });
    expect(read("2024-10/..")).toMatchObject({ end: { kind: "open" } });
    expect(read("/2024-10")).toMatchObject({ start: { kind: "unknown" } });
    expect(read("2024-23/2025-33")).toMatchObject({ start: { kind: "season" }, end: { kind: "subyear" } });
  });

  it("accepts an interval whose ends share days", () => {
    expect(parsePeriod("2004-06-XX/2004-06-01").ok).toBe(true);
    expect(parsePeriod("2025/2025").ok).toBe(true);
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 40 }), (s) => {
        const result = parsePeriod(s);
        return result.ok ? typeof result.value === "object" : result.reason.length > 0;
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-0-9X?~%/.T:Z+]{0,24}$/), (s) => {
        const result = parsePeriod(s);
        if (result.ok) expect(parsePeriod(formatPeriod(result.value)).ok).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("says so for a value that is not a string", () => {
    expect(parsePeriod(42 as unknown as string)).toEqual({ ok: false, reason: "expected an EDTF string, got number" });
  });
});

describe("formatPeriod round trip", () => {
  it("parsePeriod(formatPeriod(p)) equals p", () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        expect(read(formatPeriod(deepFreeze(p)))).toEqual(p);
      }),
      { numRuns: 2000 },
    );
  });

  it("formatPeriod(parsePeriod(s)) equals s for canonical strings", () => {
    fc.assert(
      fc.property(arbEdtf(), (s) => formatPeriod(read(s)) === s),
      { numRuns: 1000 },
    );
  });
});

describe("period", () => {
  it("returns the period", () => {
    expect(period("2024-23")).toEqual({ kind: "season", year: 2024, season: "autumn" });
  });

  it("throws invalid-period with the reason", () => {
    try {
      period("2024-13");
      expect.unreachable();
    } catch (error) {
      expect(isFogcountError(error, "invalid-period")).toBe(true);
      expect((error as Error).message).toBe('period: "2024-13": month 13 is neither 01–12 nor a sub-year code 21–41');
      expect((error as { details: unknown }).details).toEqual({ edtf: "2024-13" });
    }
  });
});

// Malformed or unsupported strings, each with the words its reason must contain.
const REJECTED: readonly (readonly [string, RegExp])[] = [
  ["", /empty string/],
  ["..", /only allowed as an interval end/],
  ["/", /at least one dated end/],
  ["../..", /at least one dated end/],
  ["/..", /at least one dated end/],
  ["2004/2005/2006", /exactly one '\/'/],
  ["2004/06/11", /exactly one '\/'/],
  ["2005/2004", /starts \(2005\) after it ends \(2004\)/],
  ["2005-12/2005-01", /starts \(2005-12\) after it ends \(2005-01\)/],
  ["2004-06-11/2004-06-10", /after it ends/],
  ["2024-23/2024-03", /after it ends/],
  ["1985-04-12T23:20:30/1986", /interval end cannot have a time/],
  ["1985/1986-04-12T23:20:30Z", /interval end cannot have a time/],
  ["2004-13", /month 13 is neither 01–12 nor a sub-year code/],
  ["2004-00", /month 00 is neither/],
  ["2004-20", /month 20 is neither/],
  ["2004-42", /month 42 is neither/],
  ["2004-99", /month 99 is neither/],
  ["2004-02-30", /day 30 is not a day of 2004-02/],
  ["2023-02-29", /day 29 is not a day of 2023-02/],
  ["2004-04-31", /day 31 is not a day of 2004-04/],
  ["2004-06-00", /day 00 is not a day/],
  ["2004-06-32", /day 32 is not a day/],
  ["204", /year must have 4 digits, got "204"/],
  ["20041", /year must have 4 digits, got "20041"/],
  ["20040611", /year must have 4 digits/],
  ["04-12", /year must have 4 digits/],
  ["2004-6", /month must have 2 digits, got "6"/],
  ["2004-006", /month must have 2 digits/],
  ["2004-06-1", /day must have 2 digits, got "1"/],
  ["2004--06", /month must have 2 digits, got "-"/],
  ["2004-", /month must have 2 digits, got "nothing"/],
  ["2004-06-", /day must have 2 digits/],
  ["+2004", /year must have 4 digits, got "\+"/],
  ["-0000", /year -0000/],
  ["2004-06-11??", /two qualifiers in a row/],
  ["2004~?", /two qualifiers in a row/],
  ["2004%%", /two qualifiers in a row/],
  ["?~2004", /two qualifiers in a row/],
  ["2004-06-11.", /unexpected "\." after the day/],
  ["2004-06-11Z", /unexpected "Z" after the day/],
  ["2004?06", /unexpected "0" after the year/],
  ["2004-06?11", /unexpected "1" after the month/],
  ["1985-04-12T23:20", /time "23:20" is not hh:mm:ss/],
  ["1985-04-12T24:00:00", /time "24:00:00" is not hh:mm:ss/],
  ["1985-04-12T23:60:00", /is not hh:mm:ss/],
  ["1985-04-12T23:20:30.5", /is not hh:mm:ss/],
  ["1985-04-12T23:20:30+4", /is not hh:mm:ss/],
  ["1985-04-12T", /time "" is not hh:mm:ss/],
  ["1985-04-12T23:20:30~", /is not hh:mm:ss/],
  ["1985-04-12~T23:20:30", /date and time cannot be qualified/],
  ["1985-04-XXT23:20:30", /unspecified digits cannot have a time/],
  ["1985-04T23:20:30", /unexpected "T" after the month/],
  ["1985-04-12t23:20:30", /case-sensitive/],
  ["2004-xx", /case-sensitive/],
  ["199u", /case-sensitive/],
  ["2004-06-11 ", /white space/],
  [" 2004", /white space/],
  ["2004 - 2005", /white space/],
  ["2001-21^Southern Hemisphere", /qualified seasons/],
  ["2004,2005", /comma/],
  ["Y2004", /letter-prefixed/],
  ["1950S2", /significant digits/],
  ["-201X", /unspecified digits in a negative year/],
  ["2XXX", /only the last one or two may be X/],
  ["X004", /only the last one or two may be X/],
  ["201X-05", /unspecified digits \("201X"\) cannot have a month/],
  ["20XX-XX", /cannot have a month/],
  ["2004-0X", /unspecified digit in month "0X" is EDTF level 2/],
  ["2004-06-1X", /unspecified digit in day "1X" is EDTF level 2/],
  ["2004-XX-11", /unspecified month with a specified day/],
  ["2001-21-05", /season or sub-year code, which has no day/],
  ["2001?-21", /qualified as a whole/],
  ["2001-~21", /qualified as a whole/],
  ["2004-W05", /month must have 2 digits, got "W"/],
  ["2004-123", /month must have 2 digits, got "123"/],
  ["2004\u20132005", /unexpected "\u2013" after the year/],
  ["abcd", /case-sensitive/],
  ["2004-06-~01/2004-06-~31", /day 31 is not a day of 2004-06 in "2004-06-~31"/],
  ["2004-13/2005", /month 13 is neither .* in "2004-13"/],
];

describe("rejected strings", () => {
  it("has at least 60 of them", () => {
    expect(REJECTED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(REJECTED.map(([s]) => s)).size).toBe(REJECTED.length);
  });

  for (const [edtf, reason] of REJECTED) {
    it(`rejects ${JSON.stringify(edtf)}`, () => {
      const result = parsePeriod(edtf);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toMatch(reason);
        expect(result.reason.startsWith(JSON.stringify(edtf))).toBe(true);
      }
    });
  }

  it("cuts a long string short in the reason", () => {
    const result = parsePeriod("2".repeat(200));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThan(200);
  });
});

describe("offsets of a time of day", () => {
  it.each(["2025-04-30T10:00:00+14:00", "2025-04-30T10:00:00-12:00", "2025-04-30T10:00:00+05:45", "2025-04-30T10:00:00-09", "2025-04-30T10:00:00Z"])(
    "accepts %s, an offset a time zone uses",
    (text) => {
      expect(period(text).kind).toBe("date");
    },
  );

  it.each(["2025-04-30T10:00:00+15:00", "2025-04-30T10:00:00-13", "2025-04-30T10:00:00+14:30", "2025-04-30T10:00:00-23:59"])(
    "refuses %s, an offset no time zone uses, naming it",
    (text) => {
      expect(() => period(text)).toThrow(expect.objectContaining({ code: "invalid-period", message: expect.stringContaining("is outside −12:00 to +14:00") }));
    },
  );
});
