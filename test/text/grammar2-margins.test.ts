import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate, increment: e.increment }));

describe("a margin after the figure or its noun", () => {
  it.each([
    "3,000 troops +/- 500 were sent.",
    "3,000 troops +- 500 were sent.",
    "3,000 troops ± 500 were sent.",
    "3,000 troops plus or minus 500 were sent.",
    "3,000 troops give or take 500 were sent.",
    "3,000 give or take 500 troops were sent.",
    "3,000 +- 500 troops were sent.",
  ])("is read as the range it allows: %s", (s) => {
    const [e, ...rest] = read(s);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: "range", low: 2500, high: 3500, best: 3000, unit: "person", increment: false });
    expect(parseEstimate(e?.text ?? "")).toMatchObject({ ok: true, value: { kind: "range", low: 2500, high: 3500 } });
  });

  it.each([
    "3,000 troops, give or take 500, were sent",
    "3,000 troops, plus or minus 500, were sent",
    "3,000 troops, give or take a few hundred, were sent",
    "plus or minus 500 troops",
    "+/- 500 troops",
    "3,000 troops +/- 10% were sent.",
  ])("or skips the figure and the margin: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it("never reads the sign as a bound", () => {
    expect(read("3,000 troops +/- 500").some((e) => e.kind === "atLeast")).toBe(false);
    expect(read("3,000+ troops")).toMatchObject([{ kind: "atLeast", value: 3000 }]);
  });

  it("keeps a hedge word with no number after it", () => {
    expect(read("Russia sent 3,000 troops plus or minus a few hundred.")).toMatchObject([{ kind: "approx", value: 3000, hedge: "plus or minus" }]);
    expect(read("give or take 500 troops")).toMatchObject([{ kind: "approx", value: 500, hedge: "give or take" }]);
  });
});

describe("an asymmetric margin", () => {
  it.each([
    ["3,000 troops (+500/-200)", 2800, 3500, 3000],
    ["3,000 troops +500/-200", 2800, 3500, 3000],
    ["3,000 (-200/+500) troops", 2800, 3500, 3000],
    ["45% (+3%/-2%) of voters", 43, 48, 45],
  ])("is a range with the figure as its best value: %s", (s, low, high, best) => {
    const out = read(s);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: "range", low, high, best, increment: false });
  });

  it.each(["3,000 troops (+500/+200)", "3,000 troops (+500/-5,000)", "3,000 troops (+10%/-5%)", "3,000 troops (+500/-200"])("skips the figure it cannot take: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it("leaves a daily change in parentheses as it was", () => {
    expect(read("Losses: 3,000 (+120)")).toMatchObject([{ value: 3000 }, { value: 120, increment: true }]);
  });
});
