// A report called an error, a mistake or (in quotes, or with "pure", "outright") a lie is
// denied; a report of losses that could not be verified is held possible, as one of casualties is.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a figure its sentence calls an error or a mistake", () => {
  it.each([
    ["The earlier figure of 300 was an error, officials said.", [["300", "negated"]]],
    ["The ministry said the previously reported 300 deaths were a mistake.", [["300 deaths", "negated"]]],
    ["The reported 300 deaths were an error in the ministry's count.", [["300 deaths", "negated"]]],
    ["Russia's claimed 3,000 dead were a fabrication.", [["3,000 dead", "negated"]]],
    ["Moscow's reported 3,000 dead were pure fiction.", [["3,000 dead", "negated"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["The reported 300 deaths were confirmed on Monday.", [["300 deaths", "asserted"]]],
    ["Russia reported 300 deaths, and officials said it was a mistake to attack.", [["300 deaths", "asserted"]]],
    ["The earlier figure of 300 was a mistake to publish.", [["300", "asserted"]]],
    ["Kyiv said the 3,000 dead were Russian soldiers.", [["the 3,000 dead", "asserted"]]],
  ])("no report called wrong: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});

describe("a word of falsehood in quotes or after an intensifier", () => {
  it.each([
    ['Kyiv said claims of 3,000 dead were "propaganda".', [["3,000 dead", "negated"]]],
    ["Kyiv said claims of 3,000 dead were pure propaganda.", [["3,000 dead", "negated"]]],
    ['Claims of 3,000 dead were "false", Kyiv said.', [["3,000 dead", "negated"]]],
    ["Claims of 3,000 dead were an outright lie.", [["3,000 dead", "negated"]]],
    ["Reports of 3,000 dead were nothing but propaganda.", [["3,000 dead", "negated"]]],
    ["Reports of 3,000 dead were \u2018completely false\u2019.", [["3,000 dead", "negated"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it("a quoted word of confirming denies nothing", () => {
    expect(mod('Reports of 3,000 dead were "confirmed", Kyiv said.')).toEqual([["3,000 dead", "asserted"]]);
  });
});

describe("losses that could not be verified", () => {
  it.each([
    ["Reports of 700,000 losses could not be verified.", [["700,000", "potential"]]],
    ["Kyiv's claim of 700,000 Russian losses could not be verified.", [["700,000", "potential"]]],
    ["Kyiv's claim of 700,000 Russian losses is impossible to verify.", [["700,000", "potential"]]],
    ["Ukraine says 700,000 Russian losses have not been independently confirmed.", [["700,000", "potential"]]],
    ["The 700,000 losses could not be verified.", [["The 700,000", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["Russia suffered 700,000 losses, Kyiv says.", [["700,000", "asserted"]]],
    ["Kyiv says 700,000 Russian losses will weigh on Moscow.", [["700,000", "asserted"]]],
    ["700,000 losses were recorded.", [["700,000", "asserted"]]],
  ])("verified, or a verb that says what the losses do: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
