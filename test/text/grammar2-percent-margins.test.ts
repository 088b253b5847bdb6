import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate }));

describe("a margin in shares that belongs to a share", () => {
  it.each([
    "45% of voters, plus or minus 3%, back the war",
    "45% of voters back the war (±3%).",
    "45% of voters back the war (margin of error ±3%).",
    "45% back the war, with a margin of error of 3 points.",
    "45% back the war and 30% oppose it (+/- 3%).",
    "45% of voters, ±3%, back the war",
  ])("is read with it, or the share is skipped: %s", (s) => {
    expect(read(s).filter((e) => e.kind === "exact" && (e.value === 45 || e.value === 30))).toEqual([]);
  });

  it.each([
    ["45% of voters (±3%)", [{ kind: "range", low: 42, high: 48, best: 45 }]],
    ["45% back the war; 30% oppose it.", [{ value: 45 }, { value: 30 }]],
    ["45% back the war. Another 3% were unsure.", [{ value: 45 }, { value: 3 }]],
    ["45% back the war and 3,000 troops ± 500 were sent.", [{ value: 45 }, { kind: "range", low: 2500, high: 3500 }]],
  ])("leaves shares with no margin of their own: %s", (s, found) => {
    expect(read(s)).toMatchObject(found);
  });
});

describe("a confidence level and its interval", () => {
  it.each([
    ["3,000 deaths (95% CI 2,500–3,500)", "person", false],
    ["Deaths were 3,000 (95% confidence interval: 2,500 to 3,500).", "unknown", false],
    ["About 3,000 deaths (95% CI 2,500–3,500)", "person", true],
  ])("is the figure's range with the figure as its best value: %s", (s, unit, approx) => {
    const out = read(s);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: "range", low: 2500, high: 3500, best: 3000, unit });
    expect("approx" in (out[0] as object)).toBe(approx);
    expect(parseEstimate(out[0]?.text ?? "")).toMatchObject({ ok: true, value: { kind: "range", best: 3000 } });
  });

  it.each([
    "The 95% CI was 2,500–3,500.",
    "(95% CI 2,500–3,500)",
    "3,000 deaths (95% CI 3,500–4,500)",
    "3,000 to 4,000 deaths (95% CI 2,500–3,500)",
    "3,000 deaths (95% CI 2,500)",
  ])("is never a figure of 95%, nor an interval without its figure: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it("leaves 95% of something", () => {
    expect(read("95% of voters back the war.")).toMatchObject([{ kind: "exact", value: 95, unit: "percent" }]);
  });
});
