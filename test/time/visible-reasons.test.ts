// A reason names the text as a reader can see it: invisible and compatibility characters as escapes.
import { describe, expect, it } from "vitest";

import { parsePeriod, period } from "../../src/time/edtf.js";

const reason = (text: string): string => {
  const r = parsePeriod(text);
  return r.ok ? "ok" : r.reason;
};

describe("reasons with characters a reader cannot see", () => {
  it.each([
    ["2024\u200b", '"2024\\u200b": unexpected "\\u200b" after the year'],
    ["2024-10\u00ad", '"2024-10\\u00ad": unexpected "\\u00ad" after the month'],
    ["2024\u0007", '"2024\\u0007": unexpected "\\u0007" after the year'],
    ["２０２４", '"\\uff12\\uff10\\uff12\\uff14": the year must have 4 digits, got "\\uff12"'],
  ])("%j", (text, why) => {
    expect(reason(text)).toBe(why);
    expect(() => period(text)).toThrow(`period: ${why}`);
  });

  it("escapes an interval end and keeps a long text cut with an ellipsis", () => {
    expect(reason("2024/2025\u200b")).toContain('in "2025\\u200b"');
    expect(reason(`${"1".repeat(70)}\u200b`)).toMatch(/^"1{57}…": /);
  });
});
