import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a range with a vague end", () => {
  it.each([
    ["Estimates vary from a few hundred to 3,000.", []],
    ["Estimates range between a few hundred and 3,000.", []],
    ["Between dozens and 300 died.", []],
    ["from several hundred to 3,000 dead", []],
    ["from dozens of people to 300 people", []],
    ["between hundreds and thousands of troops", []],
    ["from 300 to several thousand troops, and 40 tanks", ["40 tanks"]],
    ["Between dozens and hundreds died, and 300 were hurt.", ["300"]],
  ])("is skipped whole, neither end read alone: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("between dozens and 300")).toMatchObject({ ok: false, reason: "incomplete-range" });
    expect(parseEstimate("from a few hundred to 3,000")).toMatchObject({ ok: false, reason: "incomplete-range" });
  });

  it("leaves ranges with two numbers, and a place before 'to'", () => {
    expect(texts("from some 300 to 400 troops")).toEqual(["some 300 to 400 troops"]);
    expect(texts("between 300 and 400 troops")).toEqual(["between 300 and 400 troops"]);
    expect(texts("from Kyiv to 300 km")).toEqual(["300 km"]);
  });
});

describe("a verb of change that takes the figure as its object", () => {
  it.each([
    ["Russia moved 300 to 400 troops to the border.", "300 to 400 troops"],
    ["Russia raised 300 to 400 troops from the region.", "300 to 400 troops"],
    ["Russia moved about 300 to 400 troops.", "about 300 to 400 troops"],
    ["Russia sent 300 to 400 troops.", "300 to 400 troops"],
    ["Ukraine shifted 300 to 400 troops north.", "300 to 400 troops"],
  ])("leaves the range whole: %s", (s, text) => {
    expect(extractEstimates(s).map((e) => [e.text, e.estimate.kind])).toEqual([[text, "range"]]);
  });

  it("reads the range as the object moved, not the size of a rise", () => {
    expect(extractEstimates("Russia raised 300 to 400 troops from the region.").map((e) => e.increment)).toEqual([false]);
  });

  it("keeps a change and the level it ends at", () => {
    expect(texts("Casualties rose 300 to 4,000.")).toEqual(["300", "4,000"]);
    expect(texts("The toll rose from 300 to 400.")).toEqual(["300", "400"]);
    expect(texts("They raised the toll from 300 to 1,500.")).toEqual(["300", "1,500"]);
  });
});
