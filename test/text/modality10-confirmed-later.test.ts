// A figure that "could not be verified" stays possible; one that "could not be verified until
// Monday, when officials confirmed them" was confirmed, and is asserted. A delay with no
// confirmation after a modal ("could not be verified until Monday", "cannot be verified until")
// leaves it possible.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("confirmed later", () => {
  it.each([
    ["The 700,000 losses could not be verified until Monday, when officials confirmed them.", [["The 700,000", "asserted"]]],
    ["700,000 losses could not be verified until Monday, when officials confirmed them.", [["700,000", "asserted"]]],
    ["The 700,000 losses could not be verified until officials confirmed them on Monday.", [["The 700,000", "asserted"]]],
    ["Officials could not verify the 700,000 losses until Monday, when they confirmed them.", [["the 700,000", "asserted"]]],
    ["Officials could not verify 3,000 deaths until Monday, when the UN confirmed them.", [["3,000 deaths", "asserted"]]],
    ["The 3,000 deaths could not be independently verified until the UN verified them in May.", [["The 3,000 deaths", "asserted"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["The 700,000 losses could not be verified.", [["The 700,000", "potential"]]],
    ["The 700,000 losses could not be verified until an investigation is complete.", [["The 700,000", "potential"]]],
    ["The 700,000 losses cannot be verified until Monday.", [["The 700,000", "potential"]]],
    ["The 700,000 losses could not be verified until Monday.", [["The 700,000", "potential"]]],
    ["700,000 losses could not be independently verified until it is confirmed by the UN.", [["700,000", "potential"]]],
    ["Officials could not verify 3,000 deaths until the UN has confirmed them.", [["3,000 deaths", "potential"]]],
    ["Officials could not verify 3,000 deaths.", [["3,000 deaths", "potential"]]],
    // a plain delay in the past says it came about, as before
    ["The 700,000 losses were not confirmed until Monday.", [["The 700,000", "asserted"]]],
    ["Russia will not deploy 5,000 reservists until January.", [["5,000 reservists", "planned"]]],
  ])("near miss: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
