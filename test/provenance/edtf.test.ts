import { describe, expect, it } from "vitest";

import { checkEdtf } from "../../src/provenance/edtf.js";

const ok = (s: string) => checkEdtf(s).ok;

describe("checkEdtf", () => {
  it("accepts dates to year, month and day, seasons, qualifiers and unspecified digits", () => {
    for (const s of ["2025", "2025-04", "2025-04-30", "2024-02-29", "2024-23", "2024-24", "2025?", "2025-04~", "2025-04-30%", "201X", "20XX", "2025-XX", "2025-04-XX", "2025-XX-XX"]) {
      expect(ok(s), s).toBe(true);
    }
  });

  it("accepts date-times and intervals with known, open and unknown ends", () => {
    for (const s of ["2025-04-30T10:00:00", "2025-04-30T10:00:00+09:00", "2025-01/2025-03", "2024-24/2025-02", "../2025-04", "2025-04/..", "/2025-04", "2025-04/"]) {
      expect(ok(s), s).toBe(true);
    }
  });

  it("rejects what is not EDTF, naming the text", () => {
    const cases: [string, RegExp][] = [
      ["April 2025", /not an EDTF date/],
      ["2025-13", /month 13/],
      ["2025-00", /month 00/],
      ["2025-02-29", /day 29/],
      ["2025-04-31", /day 31/],
      ["2025-23-01", /day after a season/],
      ["2025-XX-15", /unspecified month/],
      ["2025-04-30T25:00:00", /not an EDTF date/],
      ["2025-02-30T10:00:00", /day 30/],
      ["/", /neither end/],
      ["../..", /neither end/],
      ["2025/2026/2027", /more than one/],
      ["2025-03/2025-01", /starts after it ends/],
      ["2025-13/2026", /interval start/],
      ["2025/2026-13", /interval end/],
    ];
    for (const [s, reason] of cases) {
      const check = checkEdtf(s);
      expect(check.ok, s).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(reason);
    }
    expect(checkEdtf(42 as unknown as string)).toEqual({ ok: false, reason: "expected an EDTF string, got number" });
  });
});
