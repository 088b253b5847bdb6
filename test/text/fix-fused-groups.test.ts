import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);
const values = (s: string) => extractEstimates(s).map((e) => e.estimate);

describe("a small number fused into a count by its spaces", () => {
  it.each([
    "From March 1 to 7 900 drones attacked.",
    "Between March 1 and 7 900 drones attacked.",
    "In the week of March 1 to 7 900 drones were launched.",
    "On day 3 500 soldiers surrendered.",
    "Aged 18 to 25 300 recruits signed up.",
    "From 1 to 12 500 drones were counted.",
  ])("is never read fused: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["Russia sent 7 900 troops.", 7900],
    ["In the last 7 days 900 drones were launched.", 900],
    ["Day 3: 500 soldiers surrendered.", 500],
  ])("leaves other numbers as they were: %s", (s, v) => {
    expect(values(s)).toEqual([expect.objectContaining({ kind: "exact", value: v })]);
  });

  it.each([
    ["From 900 to 1 200 drones attacked.", 900, 1200],
    ["Between 10 000 and 12 000 troops.", 10000, 12000],
  ])("keeps a range that rises to a larger number: %s", (s, low, high) => {
    expect(values(s)).toEqual([expect.objectContaining({ kind: "range", low, high })]);
  });

  it.each([
    ["From March 1 to 7, 900 drones attacked.", ["900 drones"]],
    ["Russia launched 900 drones from March 1 to 7 and 60 missiles.", ["900 drones", "60 missiles"]],
    ["From Jan 1 to 15 12,000 troops crossed.", ["12,000 troops"]],
  ])("reads the last day of a period after a month as a date: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("days before a month", () => {
  it.each([
    ["On the night of 12-13 March 90 drones attacked.", "90 drones", 90],
    ["On 12-13 March 90 drones attacked.", "90 drones", 90],
    ["On the night of 12 to 13 March 90 drones attacked.", "90 drones", 90],
    ["Over 12-14 March 200 drones were launched.", "200 drones", 200],
    ["From 1 to 7 March 900 drones attacked.", "900 drones", 900],
    ["Between 1 and 7 March 900 drones attacked.", "900 drones", 900],
    ["During 1-7 March 900 drones attacked.", "900 drones", 900],
    ["On 5 and 6 March 40 drones attacked.", "40 drones", 40],
    ["On 5 March 40 drones attacked.", "40 drones", 40],
    ["On 12–13 March, 90 drones attacked.", "90 drones", 90],
  ])("are a date, and the count after the month is read: %s", (s, text, value) => {
    const got = extractEstimates(s);
    expect(got.map((e) => e.text)).toEqual([text]);
    expect(got[0]?.estimate).toMatchObject({ kind: "exact", value });
  });

  it.each([
    ["Russia sent 12-13 tanks in March.", ["12-13 tanks"]],
    ["On 24 February 2022 Russian troops invaded.", []],
    ["On 5 March 12 drones attacked.", []],
  ])("leave other figures as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});
