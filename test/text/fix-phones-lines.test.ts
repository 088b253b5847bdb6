import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, "value" in e.estimate ? e.estimate.value : null]);

describe("a telephone number whose first groups read as one number grouped with spaces", () => {
  it.each([
    "The number is 1 800 273 8255.",
    "The toll-free number 1 800 273 8255 received calls.",
    "Its number, 800 273 8255, is free.",
    "Call 1 800 273 8255 for help.",
    "Write down 020 794 60958 now.",
  ])("is no count: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it.each([
    ["Russia sent 10 000 troops.", [["10 000 troops", "exact", 10000]]],
    ["Russia sent 10 000 troops and 3000 tanks.", [["10 000 troops", "exact", 10000], ["3000 tanks", "exact", 3000]]],
    ["About 1 200 000 people fled.", [["About 1 200 000 people", "approx", 1200000]]],
  ])("leaves numbers grouped with spaces as counts: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a label noun in lower case before bare digits", () => {
  it.each([
    ["Kyiv's emergency line 101 logged 500 calls.", [["500", "exact", 500]]],
    ["Under law 3637, 15,000 men were called up.", [["15,000 men", "exact", 15000]]],
    ["The draft bill 5655 would free 3,000 prisoners.", [["3,000 prisoners", "exact", 3000]]],
    ["State channel 24 showed 300 protesters.", [["300 protesters", "exact", 300]]],
  ])("names the number: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["The front line 1,000 km long held.", [["1,000 km", "exact", 1000]]],
    ["Along the line 300 troops waited.", [["300 troops", "exact", 300]]],
    ["Under the law 3,000 prisoners were freed.", [["3,000 prisoners", "exact", 3000]]],
  ])("does not name a count with its noun: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
