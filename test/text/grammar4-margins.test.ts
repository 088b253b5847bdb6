import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);
const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate, increment: e.increment }));

describe("a margin with a third term", () => {
  it.each([
    ["Casualties were 3,000 (+500/-200/+100).", []],
    ["Deaths were 3,000 (+500/-200, +100).", []],
    ["Deaths were 3,000 +500/-200/+100 in all.", []],
    ["Deaths were 3,000 troops (+500/-200/+100).", []],
    ["Losses were put at 1,200 (+300/-150/+50) by the ministry, and 40 tanks.", ["40 tanks"]],
  ])("is skipped whole with its figure: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("3,000 (+500/-200/+100)")).toMatchObject({ ok: false, reason: "incomplete-range" });
  });
});

describe("a margin whose signs stand apart", () => {
  it.each([
    ["Deaths were 3,000 (+ 500/- 200).", "3,000 (+ 500/- 200)", 2800, 3500],
    ["Deaths were 3,000 (+ 500 / - 200).", "3,000 (+ 500 / - 200)", 2800, 3500],
    ["Ukraine says 640 (+ 40/- 25) soldiers died.", "640 (+ 40/- 25) soldiers", 615, 680],
    ["Deaths were 3,000 troops (+ 500/- 200).", "3,000 troops (+ 500/- 200)", 2800, 3500],
    ["Deaths were 3,000 (+ / - 500).", "3,000 (+ / - 500)", 2500, 3500],
    ["Deaths were 3,000 (+ /- 500).", "3,000 (+ /- 500)", 2500, 3500],
    ["The toll stands at 1,450 +/ - 50.", "1,450 +/ - 50", 1400, 1500],
    ["Deaths were 3,000 + / - 500.", "3,000 + / - 500", 2500, 3500],
    ["Deaths were 3,000 troops (+ / - 500).", "3,000 troops (+ / - 500)", 2500, 3500],
    ["Deaths were 3,000 (+ - 500).", "3,000 (+ - 500)", 2500, 3500],
  ])("reads as the margin written without spaces: %s", (s, text, low, high) => {
    expect(texts(s)).toEqual([text]);
    const [e] = read(s);
    expect(e).toMatchObject({ kind: "range", low, high, increment: false });
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "range", low, high } });
  });

  it("leaves a rise in parentheses and a sum as they were", () => {
    expect(read("Losses: 3,000 (+120)")).toMatchObject([{ text: "3,000" }, { text: "120", increment: true }]);
    expect(texts("The tally is 3,000 + 500 / day.")).toEqual(["3,000", "500 / day"]);
  });
});

describe("a signed pair", () => {
  it.each([
    ["The score was +3 to -2.", []],
    ["Polls moved +3 to +5 points for Labour.", []],
    ["Approval went from -4 to +2.", []],
    ["The swing was -2 to +3 points.", []],
    ["The index was +3/-2.", []],
    ["The margin was between +2 and -3.", []],
    ["The net change was +2 or -1 depending on the count.", []],
    ["Markets swung from −3% to +5%.", []],
    ["The score was +3 to -2, and 40 people were hurt.", ["40 people"]],
  ])("is no rise and no count: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("leaves a daily rise alone", () => {
    expect(read("Personnel 380,000 (+1,270), tanks 3,000 (+5) to date.")).toMatchObject([
      { text: "380,000", increment: false },
      { text: "1,270", increment: true },
      { text: "3,000", increment: false },
      { text: "5", increment: true },
    ]);
  });
});

describe("an asymmetric margin split by a comma or a space, and a named margin", () => {
  it.each([
    ["Deaths were 3,000 (+500, -200).", "3,000 (+500, -200)", 2800, 3500],
    ["Deaths were 3,000 (+500 -200).", "3,000 (+500 -200)", 2800, 3500],
    ["Deaths were 3,000 (-200, +500).", "3,000 (-200, +500)", 2800, 3500],
    ["Deaths were 3,000 (margin +500/-200).", "3,000 (margin +500/-200)", 2800, 3500],
    ["Deaths were 3,000 (margin of error ±500).", "3,000 (margin of error ±500)", 2500, 3500],
    ["Deaths were 3,000 (margin of error: +/- 500).", "3,000 (margin of error: +/- 500)", 2500, 3500],
    ["Deaths were 3,000 troops (margin of error 500).", "3,000 troops (margin of error 500)", 2500, 3500],
    ["Deaths were 3,000 (MoE ±500).", "3,000 (MoE ±500)", 2500, 3500],
    ["Deaths were 3,000 (error ±500).", "3,000 (error ±500)", 2500, 3500],
    ["45% of voters (margin of error ±3%) back the war.", "45% of voters (margin of error ±3%)", 42, 48],
  ])("is read as the range it allows: %s", (s, text, low, high) => {
    expect(texts(s)).toEqual([text]);
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "range", low, high } });
  });

  it.each([
    ["Deaths were 3,000 (+500, -200, +100).", []],
    ["Deaths were 3,000 (margin of error 5%).", []],
    ["Personnel 380,000 (+1,270, +0.3%).", ["380,000", "1,270", "0.3%"]],
  ])("or skips the figure, leaving a daily report as it was: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
