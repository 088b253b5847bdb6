// Denied and doubted figures are not asserted: a denial verb before a word of report, a
// negation or denial just before a clause's "that", and "unlikely" or "impossible" before a
// figure; near misses stay asserted. And figures of thousands after a sentence's first word.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("extractEstimates reads denials as denials", () => {
  it.each([
    ["The death toll is unlikely to exceed 600,000.", "exceed 600,000"],
    ["The ministry denied that 300,000 troops had been mobilised.", "300,000 troops"],
    ["The ministry rejected reports that 3,000 soldiers had died.", "3,000 soldiers"],
    ["Officials dismissed claims of 3,000 dead.", "3,000 dead"],
    ["There is no evidence that 10,000 troops were deployed.", "10,000 troops"],
    ["It is impossible that 90,000 died.", "90,000"],
    ["Kyiv disputed that 5,000 were killed.", "5,000"],
    ["It is untrue that 2,000 were captured.", "2,000"],
    ["Officials rejected the claim that 4,000 troops were killed.", "4,000 troops"],
    ["Moscow denied the claim that 3,000 soldiers died.", "3,000 soldiers"],
    ["Russia denied a report that 700 tanks had been lost.", "700 tanks"],
    ["Moscow dismissed media reports of 10,000 casualties.", "10,000 casualties"],
    ["Russia denied Western reports that 5,000 died.", "5,000"],
    ["Nor is it true that 3,000 died.", "3,000"],
    ["Neither is it true that 3,000 died.", "3,000"],
    ["Nor was it true that 3,000 troops were sent.", "3,000 troops"],
    ["Nor is it the case that 3,000 died.", "3,000"],
    ["Nor is it true that the army lost 3,000 men.", "3,000 men"],
    ["It is not true that 3,000 died.", "3,000"],
    ["It isn't true that 3,000 died.", "3,000"],
    ["It is not the case that 3,000 died.", "3,000"],
    ["It is not accurate that 3,000 died.", "3,000"],
  ])("%s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "negated"]]);
  });

  it.each([
    ["Officials said that 3,000 soldiers died.", "3,000 soldiers"],
    ["The army dismissed 3,000 officers.", "3,000 officers"],
    ["No one disputes that 3,000 died.", "3,000"],
    ["The Kremlin did not deny that 3,000 soldiers died.", "3,000 soldiers"],
    ["Nobody denied that 2,000 were wounded.", "2,000"],
    ["He said the claim that 4,000 died was accurate.", "4,000"],
    ["The court rejected 300 appeals.", "300"],
    ["There is no doubt that 5,000 soldiers died.", "5,000 soldiers"],
    ["We have no doubt 10,000 have died.", "10,000"],
    ["No question that 5,000 died.", "5,000"],
    ["There is no denying 12,000 troops are massing.", "12,000 troops"],
    ["Kyiv cannot ignore that 12,000 troops are massing.", "12,000 troops"],
    ["He did not hesitate to send 5,000 troops.", "5,000 troops"],
    ["The no-fly zone covered 300 km.", "300 km"],
    ["Not until 2,000 reinforcements arrived did the line hold.", "2,000"],
    ["It is not impossible that 5,000 died.", "5,000"],
    ["It is true that 3,000 died.", "3,000"],
    ["Nor is it clear why 3,000 died.", "3,000"],
  ])("leaves asserted: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "asserted"]]);
  });
});

describe("extractEstimates after a capitalised word it does not read", () => {
  it.each([
    ["Meanwhile 4,000 soldiers were sent.", ["4,000 soldiers"]],
    ["Yesterday 12,000 troops crossed.", ["12,000 troops"]],
    ["Overall 1,200 were killed.", ["1,200"]],
    ["Reportedly 10 000 troops arrived.", ["10 000 troops"]],
    // names keep their numbers: no figure
    ["The Mirage 2000 and Boeing 747 flew.", []],
    ["Leopard 2 tanks, Area 51 and Windows 3.1.", []],
    ["Meanwhile 4000 soldiers were sent.", []],
  ])("%s", (sentence, figures) => {
    expect(extractEstimates(sentence).map((e) => e.text)).toEqual(figures);
  });
});

describe("a report its sentence calls false is denied", () => {
  it.each([
    ["Reports that 3,000 troops were killed are false.", [["3,000 troops", "negated"]]],
    ["Earlier reports of 3,000 deaths were wrong; the toll is 300.", [["3,000 deaths", "negated"], ["300", "asserted"]]],
    ["Claims that 3,000 died are untrue.", [["3,000", "negated"]]],
    ["The reports that 3,000 troops were killed turned out to be false.", [["3,000 troops", "negated"]]],
    ["Reports that 3,000 troops were killed are not false.", [["3,000 troops", "asserted"]]],
    ["Reports of 3,000 deaths were confirmed by the UN.", [["3,000 deaths", "asserted"]]],
    ["Reports of 3,000 deaths came as the false ceasefire ended.", [["3,000 deaths", "asserted"]]],
    ["Reports of 3,000 deaths are simply not true.", [["3,000 deaths", "negated"]]],
    ["Reports that 3,000 died have been debunked.", [["3,000", "negated"]]],
    ["Reports that 3,000 died are a fabrication.", [["3,000", "negated"]]],
    ["Reports of 3,000 deaths were denied by Moscow.", [["3,000 deaths", "negated"]]],
    ["Reports of 3,000 deaths are true.", [["3,000 deaths", "asserted"]]],
    ["Reports of 3,000 deaths were wrong-footed by events.", [["3,000 deaths", "asserted"]]],
    // a verb past a clause of contrast bears on its own report
    ["Reports of 3,000 deaths were confirmed, but claims of 9,000 were false.", [["3,000 deaths", "asserted"], ["9,000", "negated"]]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
