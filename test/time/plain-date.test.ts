import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readPoint, Reject } from "../../src/time/edtf-point.js";
import { plainDate } from "../../src/time/edtf-read.js";

/** What the general reader makes of `text`: the period, or "rejected". */
function general(text: string): unknown {
  try {
    return readPoint(text, text, false);
  } catch (error) {
    if (error instanceof Reject) return "rejected";
    throw error;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

describe("plainDate, the reader of YYYY, YYYY-MM and YYYY-MM-DD", () => {
  it("reads what the general reader reads, the same period, for every plain date it takes", () => {
    const text = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 1, max: 3 })).map(([y, m, d, parts]) =>
        [pad(y, 4), pad(m, 2), pad(d, 2)].slice(0, parts).join("-"),
      ),
      fc.string({ unit: fc.constantFrom(..."0123456789-X~?%/T:."), maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const fast = plainDate(t);
        if (fast !== undefined) expect(fast).toStrictEqual(general(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it("takes the plain dates of leap days and month ends, and leaves every other form to the general reader", () => {
    expect(plainDate("2024-02-29")).toStrictEqual({ kind: "date", precision: "day", year: 2024, month: 2, day: 29 });
    expect(plainDate("0000-02-29")).toStrictEqual({ kind: "date", precision: "day", year: 0, month: 2, day: 29 });
    expect(plainDate("0000")).toStrictEqual({ kind: "date", precision: "year", year: 0 });
    for (const t of ["2023-02-29", "1900-02-29", "2024-04-31", "2024-00", "2024-13", "2024-21", "2024-10-00", "-2024", "2024~", "2024-10-05T10:00:00", "2024/2025", "202", "20245", ""]) {
      expect(plainDate(t), t).toBeUndefined();
    }
  });
});
