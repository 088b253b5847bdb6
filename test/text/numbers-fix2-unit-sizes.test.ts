import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind]);

describe("the size of each of several units, written without a hyphen or with 'each'", () => {
  it.each([
    "Russia sent three 4,000 man divisions.",
    "Russia sent 3 4,000 man divisions.",
    "Russia sent two 4,000 strong divisions.",
    "Russia sent two divisions of 4,000 men each.",
    "Russia sent three battalions of 800 men apiece.",
    "Russia sent two divisions, each 4,000-strong.",
  ])("counts none of them: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it.each([
    ["Russia sent a 4,000 man division.", [["4,000 man", "exact"]]],
    ["Russia sent 4,000 men each day.", [["4,000 men each day", "exact"]]],
    ["Russia sent 4,000 men.", [["4,000 men", "exact"]]],
    ["Russia sent 4,000 strong troops.", [["4,000 strong troops", "exact"]]],
    ["The 3,000 men sent each received rifles.", [["The 3,000 men", "exact"]]],
  ])("leaves a count or the size of one as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a first end with a hyphen typed with a space before it", () => {
  it("reads one range, never two figures", () => {
    expect(read("Russia sent a 10,000 - to 12,000-strong force.")).toEqual([["10,000 - to 12,000-strong", "range"]]);
    expect(read("Russia sent a 10,000- to 12,000-strong force.")).toEqual([["10,000- to 12,000-strong", "range"]]);
  });

  it("leaves a dash between clauses as it was", () => {
    expect(read("They killed 3,000 - and 4,000 were wounded.")).toEqual([["3,000", "exact"], ["4,000", "exact"]]);
  });
});
