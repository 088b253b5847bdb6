// A report called an error or propaganda: the noun as a modifier of another refutes nothing
// ("a propaganda coup", "an error margin"); a word of its own before it ("Kremlin propaganda",
// "a clerical error") and "in error" refute; "…, which was an error" refutes what was said.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a report called an error or propaganda", () => {
  it.each([
    ["Claims of 3,000 dead are Kremlin propaganda.", "3,000 dead"],
    ["Claims of 3,000 dead were Russian propaganda.", "3,000 dead"],
    ["The figure of 300 was a clerical error.", "300"],
    ["The figure of 300 was an honest error.", "300"],
    ["Reports of 300 dead were in error.", "300 dead"],
    ["Russia said 3,000 troops were killed, which was an error.", "3,000 troops"],
    ["Claims of 3,000 dead were pure propaganda.", "3,000 dead"],
    ["Claims of 3,000 dead were propaganda by Moscow.", "3,000 dead"],
    ["The figure of 300 was a mistake.", "300"],
  ])("%s", (s, figure) => {
    expect(read(s)).toEqual([[figure, "negated"]]);
  });

  it.each([
    ["Claims of 3,000 dead were a propaganda coup.", "3,000 dead"],
    ["Claims of 3,000 dead were a propaganda tool.", "3,000 dead"],
    ["Claims of 3,000 dead were a lie detector test.", "3,000 dead"],
    ["The figure of 300 was an error margin.", "300"],
    ["The figure of 300 was no error.", "300"],
    ["Reports of 300 dead were in Kharkiv.", "300 dead"],
    ["Reports of 300 dead were a big surprise.", "300 dead"],
    ["Russia said 3,000 troops were killed, which was a tragedy.", "3,000 troops"],
  ])("stays asserted: %s", (s, figure) => {
    expect(read(s)).toEqual([[figure, "asserted"]]);
  });
});
