import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) =>
  extractEstimates(s).map((e) => [e.text, e.estimate.kind === "range" ? `${e.estimate.low}-${e.estimate.high}` : e.estimate.kind, e.estimate.unit]);

describe("a first end with a hyphen left hanging", () => {
  it.each([
    ["A 10,000- to 12,000-strong force was deployed.", [["10,000- to 12,000-strong", "10000-12000", "person"]]],
    ["A 10,000- to 12,000-man force was sent.", [["10,000- to 12,000-man", "10000-12000", "person"]]],
    ["A 3,000- or 4,000-man brigade was formed.", [["3,000- or 4,000-man", "3000-4000", "person"]]],
    ["A force of between 10,000- and 12,000-strong was sent.", [["between 10,000- and 12,000-strong", "10000-12000", "person"]]],
    ["A 5- to 10-km stretch was mined.", [["5- to 10-km", "5-10", "km"]]],
  ])("joins the second end in one range: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each(["A 3- to 4-day ceasefire was agreed.", "A 155- to 203-mm gun fired.", "The 2014- to 2022-era policy ended.", "A 3,000- to several-thousand-strong force."])(
    "is skipped whole where the second end is no figure: %s",
    (s) => {
      expect(read(s)).toEqual([]);
    },
  );

  it("reads as parseEstimate reads the span", () => {
    const r = parseEstimate("10,000- to 12,000-strong");
    expect(r.ok && r.value.kind === "range" ? [r.value.low, r.value.high, r.value.unit] : r).toEqual([10000, 12000, "person"]);
  });

  it.each([
    ["A 10,000 to 12,000-strong force was deployed.", [["10,000 to 12,000-strong", "10000-12000", "person"]]],
    ["Russia sent 3,000 - 4,000 troops.", [["3,000 - 4,000 troops", "3000-4000", "person"]]],
    ["It held a 3,000-strong unit and 500 tanks.", [["3,000-strong", "exact", "person"], ["500 tanks", "exact", "tank"]]],
  ])("leaves other ranges as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
