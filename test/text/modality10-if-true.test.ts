// "If true," supposes every figure of its sentence, not only one right after its comma: "If
// true, it would be the deadliest attack of the war, with 3,000 killed". A new sentence, a ";",
// a contrast or a word of saying opens a clause the condition no longer covers.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("If true, … with 3,000 killed", () => {
  it.each([
    ["If true, it would be the deadliest attack of the war, with 3,000 killed.", [["3,000 killed", "potential"]]],
    ["If true, the strike killed 3,000 and wounded 500.", [["3,000", "potential"], ["500", "potential"]]],
    ["If confirmed, it would be the worst loss of the war, with 40 tanks destroyed and 3,000 killed.", [["40 tanks", "potential"], ["3,000 killed", "potential"]]],
    ["If the reports are accurate, it was the deadliest day, with 3,000 killed.", [["3,000 killed", "potential"]]],
    ["If true, 3,000 soldiers were killed.", [["3,000 soldiers", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["If true, it would be the deadliest attack; officials said 300 died last week.", [["300", "asserted"]]],
    ["If true, it would be the deadliest attack, but officials said 300 died.", [["300", "asserted"]]],
    ["If true, it would be the deadliest attack. Officials said 300 died.", [["300", "asserted"]]],
    ["The attack was the deadliest of the war, with 3,000 killed.", [["3,000 killed", "asserted"]]],
  ])("near miss: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
