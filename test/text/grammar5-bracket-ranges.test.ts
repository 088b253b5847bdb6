import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a range in brackets right after a figure, with no CI", () => {
  it.each([
    ["The toll was 3,000 (range 2,500-3,500).", "3,000 (range 2,500-3,500)"],
    ["The toll was 3,000 (range: 2,500 to 3,500).", "3,000 (range: 2,500 to 3,500)"],
    ["The toll was 3,000 (between 2,500 and 3,500).", "3,000 (between 2,500 and 3,500)"],
    ["There were 3,000 deaths (2,500–3,500).", "3,000 deaths (2,500–3,500)"],
    ["There were 3,000 deaths (IQR 2,500-3,500).", "3,000 deaths (IQR 2,500-3,500)"],
    ["There were 3,000 deaths (uncertainty 2,500–3,500).", "3,000 deaths (uncertainty 2,500–3,500)"],
    ["There were 3,000 (range 2,500-3,500) deaths.", "3,000 (range 2,500-3,500) deaths"],
    ["The toll was 3,000 [range 2,500-3,500].", "3,000 [range 2,500-3,500]"],
  ])("is the range with the figure as its best value: %s", (s, text) => {
    const found = extractEstimates(s);
    expect(found.map((e) => e.text)).toEqual([text]);
    expect(found[0]?.estimate).toMatchObject({ kind: "range", low: 2500, high: 3500, best: 3000 });
  });

  it.each([
    ["There were 3,000 deaths (range 3,500-4,000).", []],
    ["There were 3,000 deaths (4,000–5,000), and 40 tanks were lost.", ["40 tanks"]],
    ["The toll was 3,000 (between 500 and 1,000).", []],
  ])("skips the figure with it where it does not hold the figure: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is read so by parseEstimate", () => {
    expect(parseEstimate("3,000 deaths (range 2,500-3,500)")).toMatchObject({ ok: true, value: { kind: "range", low: 2500, high: 3500, best: 3000 } });
  });
});

describe("brackets that hold no range of the figure", () => {
  it.each([
    ["Russia lost 300 tanks (2019-2020).", ["300 tanks"]],
    ["Russia lost 300 tanks (10-12 May).", ["300 tanks"]],
    ["Losses were 300 troops (between the two towns).", ["300 troops"]],
  ])("leave the figure alone: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
