// A place the count goes to, right before it: "Germany sent Ukraine 100 tanks". Another
// capitalised word before a number still names what is numbered ("Leopard 2 tanks arrived").
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit, e.modality]);

describe("a place name before a count", () => {
  it.each([
    ["Germany sent Ukraine 100 tanks.", [["100 tanks", "tank", "asserted"]]],
    ["Iran gave Russia 130 drones last year.", [["130 drones", "drone", "asserted"]]],
    ["The US sent Kyiv 31 Abrams tanks.", [["31 Abrams tanks", "tank", "asserted"]]],
    ["Britain gave Ukraine 14 Challenger 2 tanks.", [["14 Challenger 2 tanks", "tank", "asserted"]]],
    ["North Korea will send Moscow 3,000 more troops.", [["3,000 more troops", "person", "planned"]]],
    // "is to send" plans its figure with the place between, as without it
    ["Germany is to send Ukraine 100 tanks.", [["100 tanks", "tank", "planned"]]],
    ["Britain is to supply Kyiv 14 Challenger 2 tanks.", [["14 Challenger 2 tanks", "tank", "planned"]]],
  ])("counts: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // a name of what is numbered, with a unit noun after it
    ["Leopard 2 tanks arrived.", []],
    // a place name without a unit noun after the number: a channel, a score, a year
    ["France 24 reported it first.", []],
    ["Russia 2 Ukraine 1 was the score.", []],
    ["Jordan 23 shirts sold out.", []],
  ])("still no count: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it("a table without place names reads such a number as part of a name", () => {
    const { placeNames: _, ...table } = EN_PHRASES;
    expect(extractEstimates("Germany sent Ukraine 100 tanks.", { phrases: table })).toEqual([]);
    expect(parseEstimate("100 tanks").ok).toBe(true);
  });
});
