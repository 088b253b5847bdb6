import { describe, expect, it } from "vitest";

import { describePeriod, period } from "../../src/index.js";
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
    ["/2025", "by 2025"],
    ["2025-33", "Q1 2025"],
    ["2025-41", "second half of 2025"],
    ["2025-37", "first third of 2025"],
    ["2025-01~", "about January 2025"],
    ["201X", "the 2010s"],
    ["2004-XX", "2004"],
    ["2004-06-XX", "June 2004"],
    // a season that runs into the next year names both
    ["2024-24", "winter 2024–25"],
    ["2024-28", "winter 2024–25"],
    ["2024-30", "summer 2024–25"],
    ["2024-32", "winter 2024"],
    ["2099-24", "winter 2099–2100"],
    ["2024-24/2025-21", "winter 2024–spring 2025"],
  ])("%s reads %s", (edtf, words) => {
    expect(describePeriod(period(edtf))).toBe(words);
  });

  it("refuses a string, pointing to period()", () => {
    expectFogcountError(() => describePeriod("2024-23" as never), "invalid-argument", /describePeriod: period is not a period.*period\(\) first/);
  });
});
