// "boosted its forces in the area by 10,000", "reinforced the garrison by 3,000": the size of an
// increase, not a level.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.increment]);

describe("the size of an increase after an object", () => {
  it.each([
    ["The army boosted its forces in the area by 10,000.", "10,000"],
    ["Russia increased its troops by 10,000.", "10,000"],
    ["Russia reinforced the garrison by 3,000 troops.", "3,000 troops"],
    ["The garrison was reinforced by 3,000 troops.", "3,000 troops"],
    ["Russia bolstered its forces in Kursk by 3,000 troops.", "3,000 troops"],
    ["Russia increased its presence along the front by 5,000.", "5,000"],
    ["Russia strengthened its forces by 3,000.", "3,000"],
    ["Russia is strengthening its forces in Kursk by 3,000 troops.", "3,000 troops"],
    ["Russia augmented its forces by 3,000.", "3,000"],
    ["Russia expanded its army by 30,000.", "30,000"],
    ["They reinforced the garrison with 3,000 more troops.", "3,000 more troops"],
    ["They reinforced the garrison with another 3,000 troops.", "another 3,000 troops"],
  ])("is an increment: %j", (sentence, text) => {
    expect(read(sentence)).toEqual([[text, true]]);
  });

  it("reads a level as a level", () => {
    expect(read("The army boosted its forces in the area to 10,000.")).toEqual([["10,000", false]]);
  });

  it("finds no verb of change past a verb in the way", () => {
    expect(read("Russia increased attacks on towns hit by 200 drones.")).toEqual([["200 drones", false]]);
  });

  it("does not read the size of a fall after an object with a place", () => {
    expect(read("Russia cut its forces in the area by 3,000.")).toEqual([]);
  });

  it.each([
    ["They reinforced the 3,000-strong garrison.", "the 3,000-strong"],
    ["They reinforced their 3,000-strong garrison.", "3,000-strong"],
    ["The garrison was reinforced by the 3,000-strong brigade.", "the 3,000-strong"],
    ["Russia reinforced 3,000 troops in Kursk.", "3,000 troops"],
    ["Russia bolstered the 5,000 troops already there.", "the 5,000 troops"],
    ["Russia strengthened its forces to 30,000.", "30,000"],
  ])("reads the size of what is strengthened as a level: %j", (sentence, text) => {
    expect(read(sentence)).toEqual([[text, false]]);
  });

  it("still reads a change after a verb that takes none", () => {
    expect(read("Sales increased 20%.")).toEqual([["20%", true]]);
    expect(read("Russia added 3,000 troops.")).toEqual([["3,000 troops", true]]);
  });
});
