// "Casualties did not reach 1,000" bounds the figure below (fewer than 1,000), as "fell short
// of 1,000" does; with "quite" it is close to it. It denies no count. Other subjects deny an
// arrival ("Aid did not reach 300 villages") and keep their reading.
import { describe, expect, it } from "vitest";

import { extractEstimates, parseEstimate } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.estimate.kind === "atMost" ? [e.estimate.strict, e.estimate.approx === true] : undefined, e.modality]);

describe("a denied reaching of a level bounds it", () => {
  it.each([
    ["Casualties did not quite reach 1,000.", [["did not quite reach 1,000", "atMost", [true, true], "asserted"]]],
    ["Casualties didn't quite reach 1,000.", [["didn't quite reach 1,000", "atMost", [true, true], "asserted"]]],
    ["Casualties never quite reached 1,000.", [["never quite reached 1,000", "atMost", [true, true], "asserted"]]],
    ["Casualties did not reach 1,000.", [["did not reach 1,000", "atMost", [true, false], "asserted"]]],
    ["Casualties fell short of 1,000.", [["short of 1,000", "atMost", [true, false], "asserted"]]],
    ["The death toll has not yet reached 1,000.", [["has not yet reached 1,000", "atMost", [true, false], "asserted"]]],
    ["Russian losses in the battle didn't reach 1,000.", [["didn't reach 1,000", "atMost", [true, false], "asserted"]]],
    ["Losses never exceeded 1,000 tanks.", [["never exceeded 1,000 tanks", "atMost", [false, false], "asserted"]]],
    ["The number of refugees had never reached 300,000, officials said.", [["had never reached 300,000", "atMost", [true, false], "asserted"]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it.each([
    ["Casualties will not reach 1,000.", [["will not reach 1,000", "atMost", [true, false], "projected"]]],
    ["Casualties won't reach 1,000.", [["won't reach 1,000", "atMost", [true, false], "projected"]]],
    ["Casualties will not quite reach 1,000.", [["will not quite reach 1,000", "atMost", [true, true], "projected"]]],
    ["Losses will never exceed 1,000 tanks.", [["will never exceed 1,000 tanks", "atMost", [false, false], "projected"]]],
    ["Officials said the death toll would not reach 1,000.", [["would not reach 1,000", "atMost", [true, false], "projected"]]],
    ["Casualties wouldn't reach 1,000 if the ceasefire holds.", [["wouldn't reach 1,000", "atMost", [true, false], "potential"]]],
    ["Casualties did not reach 1,000 in March.", [["did not reach 1,000", "atMost", [true, false], "asserted"]]],
  ])("a denied forecast of a level bounds it ahead: %s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it("parseEstimate reads the phrase alone", () => {
    expect(parseEstimate("did not reach 1,000")).toEqual({ ok: true, value: { kind: "atMost", value: 1000, strict: true, unit: "unknown", text: "did not reach 1,000" } });
    expect(parseEstimate("did not quite reach 1,000")).toEqual({ ok: true, value: { kind: "atMost", value: 1000, strict: true, unit: "unknown", approx: true, text: "did not quite reach 1,000" } });
  });

  it.each([
    // an arrival denied, not a level
    ["Aid did not reach 300 villages.", [["300 villages", "exact", undefined, "negated"]]],
    ["The troops did not reach 1,000 km.", [["1,000 km", "exact", undefined, "negated"]]],
    ["Russia did not send 1,000 troops.", [["1,000 troops", "exact", undefined, "negated"]]],
    // a modal is left as it was
    ["Casualties could not reach 1,000.", [["1,000", "exact", undefined, "negated"]]],
    // a denied future of an arrival or a plan still denies its figure
    ["Aid will not reach 300 villages.", [["300 villages", "exact", undefined, "negated"]]],
    ["Russia will not send 1,000 troops.", [["1,000 troops", "exact", undefined, "negated"]]],
    ["Russia won't send 1,000 troops.", [["1,000 troops", "exact", undefined, "negated"]]],
    ["Casualties will reach 1,000.", [["1,000", "exact", undefined, "projected"]]],
    // reached later: a delay, no bound
    ["Casualties did not reach 1,000 until March.", [["1,000", "exact", undefined, "asserted"]]],
    ["Casualties did not reach 1,000 dead until the spring offensive.", [["1,000 dead", "exact", undefined, "asserted"]]],
    ["The toll will not reach 10,000 until next year.", [["10,000", "exact", undefined, "projected"]]],
    ["Not quite 1,000 troops crossed.", [["Not quite 1,000 troops", "atMost", [true, true], "asserted"]]],
  ])("near miss: %s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});
