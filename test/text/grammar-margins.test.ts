import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const spans = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate]);

describe("a margin after a figure's 'of' phrase", () => {
  it.each([
    ["45% of voters (±3%)", "45% of voters (±3%)", 42, 48],
    ["45% of likely voters (±3%) backed him.", "45% of likely voters (±3%)", 42, 48],
    ["3,000 of them (±500)", "3,000 of them (±500)", 2500, 3500],
  ])("is read with the figure: %s", (s, text, low, high) => {
    expect(spans(s)).toEqual([[text, expect.objectContaining({ kind: "range", low, high })]]);
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "range", low, high } });
  });

  it.each(["45% of voters (±3 points)", "45% of voters (±10), and more"])("skips the figure when the margin is not in its terms: %s", (s) => {
    expect(spans(s)).toEqual([]);
  });

  it("leaves a note in parentheses that is no margin", () => {
    expect(spans("45% of voters (2019)").map(([t]) => t)).toEqual(["45%"]);
    expect(spans("45% (±3%) of voters").map(([t]) => t)).toEqual(["45% (±3%)"]);
  });
});
