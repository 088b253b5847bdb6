// Refusals in every form deny what they refuse and reach no figure in a clause of their own; an
// adverb of when between "are" and "to" keeps a plan a plan.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const modal = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a refusal in any form of the verb", () => {
  it.each([
    ["Germany is refusing to send 600 missiles.", "600 missiles"],
    ["Germany keeps refusing to deliver 600 missiles.", "600 missiles"],
    ["Germany, refusing to send 600 missiles, drew criticism.", "600 missiles"],
    ["Germany will refuse to send 600 missiles.", "600 missiles"],
    ["Italy ruled out a large deployment of 5,000 troops.", "5,000 troops"],
    ["Italy ruled out a ground deployment of 5,000 troops.", "5,000 troops"],
  ])("denies the figure: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "negated"]]);
  });

  it("is itself denied by a negation before it", () => {
    expect(modal("Russia did not refuse to send 600 missiles.")).toEqual([["600 missiles", "asserted"]]);
  });
});

describe("a refusal before a clause of its own", () => {
  it.each([
    ["Germany ruled out sending troops but delivered 100 tanks.", "100 tanks"],
    ["Germany ruled out sending jets and delivered 100 tanks.", "100 tanks"],
    ["Britain ruled out sending troops while 300 instructors trained Ukrainians.", "300 instructors"],
    ["Germany ruled out sending troops but 100 tanks were delivered.", "100 tanks"],
  ])("leaves the figure of the other clause asserted: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "asserted"]]);
  });

  it.each([
    ["Germany ruled out sending tanks and 300 troops.", "300 troops"],
    ["Germany ruled out sending and deploying 5,000 troops.", "5,000 troops"],
  ])("still refuses what the act joins: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "negated"]]);
  });
});

describe("'is' or 'are' before 'to' with an adverb of when between", () => {
  it.each([
    ["40 vehicles are initially to be provided by Germany.", "40 vehicles"],
    ["5,000 troops are eventually to be deployed.", "5,000 troops"],
    ["40 vehicles are to be provided by Germany.", "40 vehicles"],
  ])("plans the figure: %s", (s, text) => {
    expect(modal(s)).toEqual([[text, "planned"]]);
  });

  it.each([
    ["3,000 troops were yet to arrive.", [["3,000 troops", "negated"]]],
    ["40,000 refugees are likely to cross by spring.", [["40,000 refugees", "projected"]]],
  ])("leaves a denial and a cue of their own: %s", (s, expected) => {
    expect(modal(s)).toEqual(expected);
  });
});

describe("'slated to'", () => {
  it("plans the figure", () => {
    expect(modal("Kyiv is slated to get 40 tanks.")).toEqual([["40 tanks", "planned"]]);
  });
});
