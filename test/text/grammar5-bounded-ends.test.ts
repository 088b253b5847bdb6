import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a range opened by a word with a bound or a hedge on one end", () => {
  it.each([
    ["Estimates ranged from 3,000 to more than 5,000 dead.", []],
    ["Between 3,000 and at least 5,000 troops were sent.", []],
    ["Anywhere from 3,000 to more than 5,000 troops were sent.", []],
    ["Estimates ranged from 300 to over 500.", []],
    ["Estimates ranged from about 300 to nearly 500.", []],
    ["Between 3,000 and about 5,000 troops were sent.", []],
    ["Between roughly 3,000 and 5,000 troops were sent, and 40 tanks.", ["40 tanks"]],
  ])("is skipped whole, never read by one end: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("from 3,000 to more than 5,000 dead").ok).toBe(false);
  });
});

describe("a hedge before the first end of a range joined by to", () => {
  it("hedges the range after it", () => {
    const [e] = extractEstimates("Estimates ranged from around 300 to 500 dead.");
    expect(e?.text).toBe("around 300 to 500 dead");
    expect(e?.estimate).toMatchObject({ kind: "range", low: 300, high: 500, approx: true });
  });
});

describe("a range with up to before its second end", () => {
  it.each([
    ["Estimates ranged from 3,000 up to 5,000 troops.", "from 3,000 up to 5,000 troops", 3000, 5000],
    ["Losses rose from zero to 40 and from 300 up to 500 tanks.", "from 300 up to 500 tanks", 300, 500],
  ])("is the range: %s", (s, text, low, high) => {
    const e = extractEstimates(s).find((x) => x.text === text);
    expect(e?.estimate).toMatchObject({ kind: "range", low, high });
  });
});

describe("a range with plain ends", () => {
  it.each([
    ["Estimates ranged from 3,000 to 5,000 troops.", ["from 3,000 to 5,000 troops"]],
    ["Between 3,000 and 5,000 troops were sent.", ["Between 3,000 and 5,000 troops"]],
  ])("still reads: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
