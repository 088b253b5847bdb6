import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind === "exact" ? e.estimate.value : e.estimate.kind]);

describe("a figure in scale groups whose head is not read", () => {
  it.each([
    "In Kharkiv 1 million 200,000 people remain.",
    "Ukraine 2 million 300 thousand.",
  ])("is refused whole, never as its last group: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it("refuses the gapped group and keeps the other figures", () => {
    expect(read("Ukraine has 1.2 million soldiers and Russia 1 million 500,000.")).toEqual([["1.2 million soldiers", 1200000]]);
    expect(read("Losses: Russia 1 million 500,000, Ukraine 500,000.")).toEqual([["500,000", 500000]]);
  });

  it.each([
    ["Russia lost 1 million 500,000.", [["1 million 500,000", 1500000]]],
    ["Russia lost 1 million 500,000, Ukraine 500,000.", [["1 million 500,000", 1500000], ["500,000", 500000]]],
    ["Russia lost 1 million 200,000 people.", [["1 million 200,000 people", 1200000]]],
    ["Russia lost 3 thousand 500.", [["3 thousand 500", 3500]]],
    ["In Kharkiv 200,000 people remain.", [["200,000 people", 200000]]],
    ["It had 1 million 155mm shells.", [["1 million 155mm shells", 1000000]]],
  ])("reads a figure whose head is read, with a stop after its last group: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
