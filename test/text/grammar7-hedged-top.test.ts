// A range whose second end is said with a hedge of possibility or as the most it may reach
// ("3,000 to perhaps 5,000", "2,000 or as many as 4,000") is one range, which keeps the hedge:
// never two figures, and never the top read alone as an exact figure.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, "low" in e.estimate ? [e.estimate.low, e.estimate.high] : "value" in e.estimate ? e.estimate.value : null, "hedge" in e.estimate ? e.estimate.hedge : undefined, e.modality]);

describe("a range with a hedged top", () => {
  it.each([
    ["Between 3,000 and perhaps 5,000 troops were sent.", "Between 3,000 and perhaps 5,000 troops", [3000, 5000], "perhaps"],
    ["The army sent 3,000 to perhaps 5,000 troops.", "3,000 to perhaps 5,000 troops", [3000, 5000], "perhaps"],
    ["Russia sent 2,000 or as many as 4,000 soldiers.", "2,000 or as many as 4,000 soldiers", [2000, 4000], "as many as"],
    ["Estimates ranged from 3,000 to as many as 5,000 dead.", "from 3,000 to as many as 5,000 dead", [3000, 5000], "as many as"],
    ["Russia lost 2,000 or maybe 4,000 men in the assault.", "2,000 or maybe 4,000 men", [2000, 4000], "maybe"],
    ["The operation involved 50,000 to as many as 70,000 troops.", "50,000 to as many as 70,000 troops", [50000, 70000], "as many as"],
    ["Russia sent 3,000 to up to 5,000 troops.", "3,000 to up to 5,000 troops", [3000, 5000], "up to"],
    ["Russia sent 3,000–as many as 5,000 troops.", "3,000–as many as 5,000 troops", [3000, 5000], "as many as"],
    ["Kyiv put losses at 10,000 to possibly as many as 12,000 soldiers.", "10,000 to possibly as many as 12,000 soldiers", [10000, 12000], "possibly as many as"],
  ])("is one approximate range with its hedge: %s", (s, text, ends, hedge) => {
    expect(read(s)).toEqual([[text, "range", ends, hedge, "asserted"]]);
  });

  it("keeps the sentence's modality, not the hedge's", () => {
    expect(read("Officials expect 20,000 to as many as 40,000 additional troops, and 300 tanks.").map((r) => [r[0], r[4]])).toEqual([
      ["20,000 to as many as 40,000 additional troops", "projected"],
      ["300 tanks", "projected"],
    ]);
  });

  it("is read the same by parseEstimate", () => {
    expect(parseEstimate("3,000 to perhaps 5,000 troops")).toEqual({
      ok: true,
      value: { kind: "range", low: 3000, high: 5000, unit: "person", approx: true, hedge: "perhaps", text: "3,000 to perhaps 5,000 troops" },
    });
  });

  it.each([
    // a hedge on both ends, a top that is a floor or a strict bound, a top said as near: not read
    ["Russia sent about 3,000 to perhaps 5,000 troops.", []],
    ["Russia sent 3,000 to more than 5,000 troops.", []],
    ["Russia sent 3,000 to fewer than 5,000 troops.", []],
    ["Russia sent 3,000 to nearly 5,000 troops.", []],
    ["Between 3,000 and about 5,000 troops were sent.", []],
  ])("is not read where the top is no hedged top: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    // alternatives with a bound, figures set off by commas, a top below the first end: as before
    ["It fired 200 or more than 300 shells.", [["200", "exact", 200, undefined, "asserted"], ["more than 300 shells", "atLeast", 300, undefined, "asserted"]]],
    ["Russia sent 3,000, perhaps 5,000, troops.", [["3,000", "exact", 3000, undefined, "asserted"], ["5,000", "exact", 5000, undefined, "potential"]]],
    ["The agency sent 3,000 to perhaps 40 countries.", [["3,000", "exact", 3000, undefined, "asserted"], ["40", "exact", 40, undefined, "potential"]]],
    ["The toll rose from 3,000 to as many as 5,000.", [["3,000", "exact", 3000, undefined, "asserted"], ["as many as 5,000", "atMost", 5000, undefined, "asserted"]]],
    ["Russia sent 3,000 to 5,000 troops.", [["3,000 to 5,000 troops", "range", [3000, 5000], undefined, "asserted"]]],
  ])("leaves other readings as they were: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
