// A plural noun the table does not know between a figure and a unit noun ends the figure's phrase:
// in "In at least 2000 cases troops died" the figure counts cases, and "troops" begins the
// clause after it. It is refused rather than read as a count of people.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a plural noun between a figure and a unit noun", () => {
  it.each([
    "In at least 2000 cases troops died.",
    "In at least 2,000 cases troops died.",
    "In at least 300 cases troops died.",
    "In 300 cases soldiers were killed.",
    "In some 40 incidents civilians were hurt.",
  ])("refuses the figure, no count of people: %s", (s) => {
    expect(read(s).filter(([, unit]) => unit === "person")).toEqual([]);
  });

  it.each([
    ["Russia sent 300 logistics troops.", [["300 logistics troops", "person"]]],
    ["Russia sent 300 signals troops.", [["300 signals troops", "person"]]],
    ["Ukraine trained 300 electronics specialists.", [["300 electronics specialists", "person"]]],
    ["Russia sent 300 special forces troops.", [["300 special forces", "person"]]],
    ["Russia sent 4,700 North Korean soldiers.", [["4,700 North Korean soldiers", "person"]]],
    ["Russia sent 200 airborne assault troops.", [["200 airborne assault troops", "person"]]],
    ["In at least 2000 villages troops died.", [["at least 2000 villages", "village"]]],
    // a multiple: "times" is no noun the figure counts
    ["Three times as many shells were fired.", [["Three times as many", "1"]]],
  ])("near-miss, the unit is read: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a plural noun before a participle", () => {
  it.each([
    ["Eight people were killed and three others wounded.", [["Eight people", "person"], ["three others wounded", "person"]]],
    ["In the raid 40 civilians were killed.", [["40 civilians", "person"]]],
  ])("reads the participle as the unit: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
