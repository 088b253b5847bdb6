// A figure needed, planned or forecast that the sentence says came or was lost is asserted;
// a forecast named after its figure ("the 5,000 predicted") is projected.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a need, a plan or a forecast carried out", () => {
  it.each([
    ["The 300 tanks Ukraine needs arrived in May.", [["The 300 tanks", "asserted"]]],
    ["The 300 tanks Ukraine needs have arrived.", [["The 300 tanks", "asserted"]]],
    ["The 300 tanks Ukraine wants were delivered in May.", [["The 300 tanks", "asserted"]]],
    ["The 3,000 troops it requires arrived on Monday.", [["The 3,000 troops", "asserted"]]],
    ["Russia sent the planned 3,000 troops.", [["3,000 troops", "asserted"]]],
    ["The planned 3,000 troops arrived on Monday.", [["3,000 troops", "asserted"]]],
    ["Russia lost the predicted 3,000 troops.", [["3,000 troops", "asserted"]]],
    ["Russia lost 3,000 troops, fewer than the 5,000 predicted.", [["3,000 troops", "asserted"], ["the 5,000", "projected"]]],
    ["The toll exceeded the 5,000 expected.", [["the 5,000", "projected"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["The 300 tanks Ukraine needs have not arrived.", [["The 300 tanks", "planned"]]],
    ["The 300 tanks Ukraine needs never arrived.", [["The 300 tanks", "planned"]]],
    ["The 300 tanks Ukraine needs will arrive in May.", [["The 300 tanks", "planned"]]],
    ["The planned 3,000 troops never arrived.", [["3,000 troops", "planned"]]],
    ["The planned 3,000 troops will arrive on Monday.", [["3,000 troops", "planned"]]],
    ["Russia will send the planned 3,000 troops.", [["3,000 troops", "planned"]]],
    ["Russia postponed the planned 3,000 troops.", [["3,000 troops", "planned"]]],
  ])("stays: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
