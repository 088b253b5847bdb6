import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, "value" in e.estimate ? e.estimate.value : null]);

describe("text pasted with HTML or Markdown", () => {
  it.each(["Russia sent 3&nbsp;000 troops.", "Russia sent 3&#160;000 troops.", "Russia sent 10&thinsp;000 troops.", "Russia sent 3&#x202F;000 troops.", "Russia sent 1,200&nbsp;000 troops."])(
    "reads no part of a number split by an HTML entity: %s",
    (s) => {
      expect(read(s)).toEqual([]);
    },
  );

  it("refuses such a number as malformed-number", () => {
    expect(parseEstimate("3&nbsp;000 troops")).toMatchObject({ ok: false, reason: "malformed-number" });
  });

  it.each([
    ["Russia sent 3,000&nbsp;troops.", [["3,000", "exact", 3000]]],
    ["AT&T paid 3,000 workers.", [["3,000 workers", "exact", 3000]]],
    ["Russia sent 3,000 &amp; 400 tanks.", [["3,000", "exact", 3000], ["400 tanks", "exact", 400]]],
  ])("leaves an entity that splits no number as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each(["Russia sent 3,000<sup>1</sup> troops.", "Russia sent 3,000 troops.<sup>12</sup>", "Losses were 3,000</b>"])("reads no bound from the > of a tag: %s", (s) => {
    expect(extractEstimates(s).filter((e) => e.estimate.kind === "atLeast" || e.estimate.kind === "atMost")).toEqual([]);
  });

  it.each([
    ["Some >300 died.", "atLeast"],
    ["Losses were >300.", "atLeast"],
    ["Losses were <300.", "atMost"],
  ])("still reads > and < as bounds in plain text: %s", (s, kind) => {
    expect(extractEstimates(s).map((e) => e.estimate.kind)).toEqual([kind]);
  });

  it.each([
    ["Russia sent _about_ 3,000 troops.", "approx"],
    ["Russia sent *about* 3,000 troops.", "approx"],
    ["Russia sent **about** 3,000 troops.", "approx"],
    ["Russia sent __approximately__ 3,000 troops.", "approx"],
    ["Russia sent _more than_ 3,000 troops.", "atLeast"],
  ])("keeps a hedge or bound in Markdown emphasis: %s", (s, kind) => {
    expect(extractEstimates(s).map((e) => e.estimate.kind)).toEqual([kind]);
  });

  it.each([
    ["The snake_case 3,000 troops.", [["3,000 troops", "exact", 3000]]],
    ["Russia sent 3,000* troops.", [["3,000", "exact", 3000]]],
  ])("leaves an underscore inside a word and a mark after a figure as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
