// A verb of weighing whose object is a force or an increase holds the figure possible, as
// "weighs 3,000-troop deployment" does: "US eyes 3,000-troop boost", "The Pentagon considers a
// 3,000-strong force for Poland", "studies a 3,000-troop boost". A force that is there
// ("its 3,000-strong force") and a judgement ("consider 3,000 deaths a conservative estimate")
// are not weighed.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("weighing a force", () => {
  it.each([
    ["US eyes 3,000-troop boost", [["3,000-troop", "potential"]]],
    ["The Pentagon considers a 3,000-strong force for Poland.", [["3,000-strong", "potential"]]],
    ["The Pentagon is considering a 3,000-strong force for Poland.", [["3,000-strong", "potential"]]],
    ["The Pentagon studies a 3,000-troop boost for Poland.", [["3,000-troop", "potential"]]],
    ["US weighs 3,000 troops for Poland", [["3,000 troops", "potential"]]],
    ["The Pentagon eyes a 3,000-strong brigade.", [["3,000-strong", "potential"]]],
    ["US mulls 3,000-troop boost", [["3,000-troop", "potential"]]],
    ["US weighs 3,000-troop deployment", [["3,000-troop", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["Analysts consider 3,000 deaths a conservative estimate.", [["3,000 deaths", "asserted"]]],
    ["The tank weighs 60 tonnes.", [["60 tonnes", "asserted"]]],
    ["Russia considered the 3,000 losses acceptable.", [["the 3,000", "asserted"]]],
    ["He studied 3,000 documents.", [["3,000", "asserted"]]],
    ["Studies of 3,000 soldiers show trauma.", [["3,000 soldiers", "asserted"]]],
    ["The army considers its 3,000-strong force ready.", [["3,000-strong", "asserted"]]],
    ["US eyes 3,000 troops in Poland.", [["3,000 troops", "asserted"]]],
  ])("near miss: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
