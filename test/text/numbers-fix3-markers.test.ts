import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind === "exact" ? e.estimate.value : e.estimate.kind]);

describe("a number after a marker of a place on a road or a line", () => {
  it.each([
    ["At km 45 300 troops were waiting.", [["300 troops", 300]]],
    ["At KM 45 300 troops were waiting.", [["300 troops", 300]]],
    ["At kilometre 45 300 troops were waiting.", [["300 troops", 300]]],
    ["At kilometer 45 1 200 troops were waiting.", [["1 200 troops", 1200]]],
    ["Near mile 12 300 troops dug in.", [["300 troops", 300]]],
    ["On Route 3 300 troops waited.", [["300 troops", 300]]],
    ["On Highway 10 300 troops waited.", [["300 troops", 300]]],
    ["At exit 14 200 vehicles were stopped.", [["200 vehicles", 200]]],
    ["At km 45, 300 troops were waiting.", [["300 troops", 300]]],
    ["At mile 12, 300 troops were waiting.", [["300 troops", 300]]],
  ])("locates, and the figure after it counts: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["At km 45 the column stopped.", []],
    ["The column reached km 450.", []],
    ["Shelling hit mile 12 and mile 14.", []],
  ])("is read as no figure alone: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Officials counted 45 300 troops.", [["45 300 troops", 45300]]],
    ["Officials counted 45\u2009300 troops.", [["45\u2009300 troops", 45300]]],
    ["Officials counted 45\u00a0300 troops.", [["45\u00a0300 troops", 45300]]],
    ["At 45 km 12 000 troops waited.", [["45 km", 45], ["12 000 troops", 12000]]],
    ["Across 300 sq km 12 000 people live.", [["300 sq km", 300], ["12 000 people", 12000]]],
    ["Russia has en route 12 000 troops.", [["12 000 troops", 12000]]],
    ["The front ran 12 000 km.", [["12 000 km", 12000]]],
  ])("leaves a number grouped by spaces elsewhere as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
