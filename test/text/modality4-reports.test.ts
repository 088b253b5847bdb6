// A report that is refuted or unverified after its figure is not an assertion: a denial that
// refers back from the next sentence ("Russia sent 3,000 troops. Kyiv denied this."), a
// relative clause that calls the claim false ("which Kyiv called propaganda"), and a source
// that is unverified ("Unconfirmed reports said 3,000 soldiers died", "Killed 3 (unverified)").
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("the next sentence denies what was said, referring back to it", () => {
  it.each([
    ["Russia sent 3,000 troops. Kyiv denied this.", "3,000 troops"],
    ["Russia said it killed 600 soldiers. Ukraine called it propaganda.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. However, the Ukrainian military denies this.", "600 soldiers"],
    ["Russia said it killed 600 soldiers in Kramatorsk on Sunday night in a retaliatory strike. Kyiv denied this.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. The claim was later rejected by Kyiv.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. This was denied by an army spokesman.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. But the Ukrainian military says this is untrue.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. That is not true, Kyiv said.", "600 soldiers"],
    ["Moscow claimed 600 dead. Kyiv dismissed the claim as propaganda.", "600 dead"],
  ])("negated: %s", one("negated"));
});

describe("a next sentence that does not deny the figure leaves it", () => {
  it.each([
    ["Russia said it killed 600 soldiers. Kyiv denied it had lost any.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Kyiv did not deny this.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Kyiv confirmed this.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Kyiv called for talks.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Analysts said this was likely.", "600 soldiers"],
  ])("asserted: %s", one("asserted"));

  it("a figure between takes the denial: Russia said it killed 600 soldiers. Kyiv said 40 died. It denied this.", () => {
    expect(read("Russia said it killed 600 soldiers. Kyiv said 40 died. It denied this.")).toEqual([
      ["600 soldiers", "asserted"],
      ["40", "negated"],
    ]);
  });

  it("only the sentence right before: Russia said it killed 600 soldiers. Fighting went on. Kyiv denied this.", () => {
    expect(read("Russia said it killed 600 soldiers. Fighting went on. Kyiv denied this.")).toEqual([["600 soldiers", "asserted"]]);
  });
});

describe("a relative clause that calls what was said false", () => {
  it.each([
    ["Russia said it killed 3,000 soldiers, which Kyiv called propaganda.", "3,000 soldiers"],
    ["Russia said it killed 3,000 soldiers, which Kyiv dismissed as fake.", "3,000 soldiers"],
    ["Russia said it killed 3,000 soldiers, which Ukraine called a lie.", "3,000 soldiers"],
    ["Russia said it killed 3,000 soldiers, but Kyiv called the figure propaganda.", "3,000 soldiers"],
    ["Moscow claimed 600 soldiers were killed, which Ukraine described as propaganda.", "600 soldiers"],
    ["Moscow claimed 600 soldiers were killed in Kramatorsk, a claim Kyiv rejected.", "600 soldiers"],
    ["Russia said it killed 3,000 soldiers, a claim which Kyiv denied.", "3,000 soldiers"],
    ["Russia said it killed 3,000 soldiers, which Kyiv branded another piece of Russian propaganda.", "3,000 soldiers"],
  ])("negated: %s", one("negated"));

  it.each([
    ["Moscow claimed 600 soldiers were killed, which Kyiv did not call propaganda.", "600 soldiers"],
    ["Russia sent 3,000 troops to the border, which Kyiv confirmed.", "3,000 troops"],
    ["Russia said it killed 3,000 soldiers, which Kyiv called a turning point.", "3,000 soldiers"],
  ])("asserted: %s", one("asserted"));
});

describe("an unverified source holds its figure possible", () => {
  it.each([
    ["Unconfirmed reports said 3,000 soldiers died.", "3,000 soldiers"],
    ["Unverified reports on social media said 40 soldiers had deserted.", "40 soldiers"],
    ["Unconfirmed claims put the toll at 3,000.", "3,000"],
    ["According to unconfirmed reports, 3,000 soldiers died.", "3,000 soldiers"],
    ["3,000 soldiers died, according to unconfirmed reports.", "3,000 soldiers"],
    ["There were rumours of 3,000 dead.", "3,000 dead"],
    ["Rumours spread that 3,000 had deserted.", "3,000"],
    ["3,000 soldiers are rumoured to have deserted.", "3,000 soldiers"],
    ["The figure of 3,000 dead could not be independently verified.", "3,000 dead"],
  ])("potential: %s", one("potential"));

  it.each([
    ["According to local reports, 3,000 died.", "3,000"],
    ["Reports said 3,000 died.", "3,000"],
    ["Officials confirmed 3,000 died, according to the ministry.", "3,000"],
  ])("asserted: %s", one("asserted"));

  it("a contrast ends the source: Unconfirmed reports said 300 died, but the ministry confirmed 3,000.", () => {
    expect(read("Unconfirmed reports said 300 died, but the ministry confirmed 3,000.")).toEqual([
      ["300", "potential"],
      ["3,000", "asserted"],
    ]);
  });
});

describe("a note in brackets that the figure is unverified", () => {
  it.each([
    ["Killed 3 (unverified)", "3"],
    ["Killed 3 [unverified]", "3"],
    ["Killed 3 (unconfirmed)", "3"],
    ["Killed 3 (not independently verified)", "3"],
    ["Killed 3 (not yet confirmed)", "3"],
    ["Killed 3 (yet to be verified)", "3"],
    ["Killed 3 (unconfirmed reports)", "3"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Killed 3 (confirmed)", "3"],
    ["3 soldiers (Russia) were killed", "3 soldiers"],
  ])("asserted: %s", one("asserted"));

  it("only the figure it follows: 3 soldiers killed (unconfirmed), 12 wounded", () => {
    expect(read("3 soldiers killed (unconfirmed), 12 wounded")).toEqual([
      ["3 soldiers", "potential"],
      ["12 wounded", "asserted"],
    ]);
  });
});
