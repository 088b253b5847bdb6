import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("an order of magnitude written in digits", () => {
  it.each([
    "10s of thousands of troops were sent.",
    "100s of thousands of refugees fled.",
    "Russia lost 10s of thousands.",
    "100's of thousands fled.",
    "Russia lost 100's of tanks.",
  ])("is never read as its readable tail or as a count: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it("skips only the order: 10’s of millions of dollars and 300 tanks", () => {
    expect(texts("10’s of millions of dollars were spent and 300 tanks.")).toEqual(["300 tanks"]);
  });
});

describe("an order said twice for emphasis", () => {
  it.each([
    ["Thousands upon thousands fled.", "Thousands upon thousands", "thousands", "unknown"],
    ["Hundreds and hundreds of tanks were lost.", "Hundreds and hundreds of tanks", "hundreds", "tank"],
  ])("is one figure: %s", (s, text, order, unit) => {
    const got = extractEstimates(s);
    expect(got.map((e) => e.text)).toEqual([text]);
    expect(got[0]?.estimate).toMatchObject({ kind: "magnitude", order, unit });
  });

  it.each([
    ["Hundreds and thousands of tanks.", ["Hundreds", "thousands of tanks"]],
    ["Thousands of troops and thousands of tanks.", ["Thousands of troops", "thousands of tanks"]],
    ["Tens and tens of thousands died.", ["tens of thousands"]],
  ])("leaves other orders as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
