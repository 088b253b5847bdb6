import { describe, expect, it } from "vitest";

import { isoDayNumber } from "../../src/revision/clock.js";

describe("isoDayNumber", () => {
  it("reads the dates periodBounds writes, past 9999 and before year 1 too", () => {
    expect(isoDayNumber("1970-01-01")).toBe(0);
    expect(isoDayNumber("2025-04-30")).toBe(20208);
    expect(isoDayNumber("10000-02-29")).toBe((isoDayNumber("9999-12-31") as number) + 60);
    expect(isoDayNumber("-0001-12-31")).toBe((isoDayNumber("0000-01-01") as number) - 1);
  });

  it("refuses what is not an ISO calendar date", () => {
    for (const text of ["2025-4-30", "2025-02-30", "2025-13-01", "25-04-30", "1234567-01-01", "2025/04/30", ""]) {
      expect(isoDayNumber(text), text).toBeUndefined();
    }
  });
});
