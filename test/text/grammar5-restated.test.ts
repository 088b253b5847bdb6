import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a number said again in brackets, with its noun or a hedge", () => {
  it.each([
    ["Russia sent 3,000 troops (three thousand troops).", "3,000 troops (three thousand troops)"],
    ["Russia sent 3,000 (approx. three thousand) troops.", "3,000 (approx. three thousand) troops"],
    ["Russia sent 3,000 troops (about three thousand troops) and 40 tanks.", "3,000 troops (about three thousand troops)"],
  ])("is one figure, counted once: %s", (s, text) => {
    const found = extractEstimates(s).filter((e) => e.estimate.kind !== "exact" || e.estimate.value !== 40);
    expect(found.map((e) => e.text)).toEqual([text]);
    expect(found[0]?.estimate).toMatchObject({ kind: "exact", value: 3000, unit: "person" });
  });
});

describe("a second number in brackets that disagrees with the figure", () => {
  it.each([
    ["Russia sent 1.5 million (1,400,000) troops.", []],
    ["Russia sent 3,000 (three-and-a-half thousand) troops and 40 tanks.", ["40 tanks"]],
    ["Russia sent 3,000 troops (three-and-a-half thousand).", []],
    ["Russia sent 3,000 (or 4,000) troops.", []],
    ["Russia sent 3,000 (about 3,500) troops.", []],
    ["Russia sent 3,000 (some say 5,000) troops.", []],
    ["Russia sent 3,000 (4,000) troops.", []],
    ["Russia sent 3,000 troops (4,000 troops), and 40 tanks.", ["40 tanks"]],
  ])("skips both: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });

  it("is refused by parseEstimate", () => {
    expect(parseEstimate("3,000 (or 4,000) troops")).toMatchObject({ ok: false, reason: "malformed-number" });
  });
});

describe("a second number in brackets that is no restatement", () => {
  it.each([
    ["Russia took 300 km (186 miles) of front.", ["300 km", "186 miles"]],
    ["12 people (7 civilians) died.", ["12 people", "7 civilians"]],
    ["between $1.1 billion (€813 million) and $1.2 billion", ["between $1.1 billion (€813 million) and $1.2 billion"]],
  ])("leaves both as they were read: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a number restated as the whole", () => {
  it.each([
    ["Russia sent 3,000 troops (3,000 in total).", [["3,000 troops (3,000 in total)", 3000]]],
    ["Russia sent 3,000 troops (three thousand troops in all).", [["3,000 troops (three thousand troops in all)", 3000]]],
    ["Russia sent 3,000 troops (3,000 altogether).", [["3,000 troops (3,000 altogether)", 3000]]],
    // a part and the whole it belongs to are two figures
    ["Russia sent 3,000 troops (4,000 in total).", [["3,000 troops", 3000], ["4,000", 4000]]],
  ])("%s", (sentence, figures) => {
    expect(extractEstimates(sentence).map((e) => [e.text, "value" in e.estimate ? e.estimate.value : null])).toEqual(figures);
  });
});
