import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a margin set off from its figure by a comma or a dash", () => {
  it.each([
    ["Deaths were 3,000, give or take 500.", []],
    ["Deaths were 3,000 — give or take 500.", []],
    ["Deaths were 3,000, plus or minus 500.", []],
    ["Deaths were 3,000, +/- 500.", []],
    ["Deaths were 3,000, ±500.", []],
    ["Deaths were 3,000, give or take a few hundred.", []],
    ["About 3,000 – plus or minus 500 – soldiers died.", []],
    ["Deaths were 3,000 troops — give or take 500, and 40 tanks were lost.", ["40 tanks"]],
    ["Deaths were 3,000 troops, plus/minus 500.", []],
  ])("skips the figure with its margin: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a margin written plus/minus", () => {
  it.each([
    ["Deaths were 3,000 plus/minus 500."],
    ["Deaths were 3,000 +/-500."],
  ])("is never read as a bound or as the figure alone: %s", (s) => {
    for (const e of extractEstimates(s)) {
      expect(e.estimate.kind === "range" && e.text.includes("500")).toBe(true);
    }
  });
});

describe("a comma or a dash before what is no margin", () => {
  it.each([
    ["Deaths rose to 3,000, and 500 more were wounded.", ["3,000", "500 more"]],
    ["Russia sent 3,000 troops, plus 500 tanks.", ["3,000 troops", "500 tanks"]],
    ["Deaths were 3,000, plus 500 wounded.", ["3,000", "500 wounded"]],
  ])("reads both figures: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
