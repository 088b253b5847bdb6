// "Not quite 1,000" and "not even 1,000" bound the figure below, as "just under" and "fewer than"
// do: no denial of an exact 1,000. "What may be 50,000 troops" holds a figure there now possible.
import { describe, expect, it } from "vitest";

import { extractEstimates, parseEstimate } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate, e.modality]);

describe("not quite, not even", () => {
  it.each([
    ["Not quite 1,000 troops crossed.", [["Not quite 1,000 troops", { kind: "atMost", value: 1000, strict: true, unit: "person", approx: true, text: "Not quite 1,000 troops" }, "asserted"]]],
    ["Not even 1,000 troops crossed.", [["Not even 1,000 troops", { kind: "atMost", value: 1000, strict: true, unit: "person", text: "Not even 1,000 troops" }, "asserted"]]],
    ["Russia sent not even 1,000 troops.", [["not even 1,000 troops", { kind: "atMost", value: 1000, strict: true, unit: "person", text: "not even 1,000 troops" }, "asserted"]]],
    ["It was not even 1,000, officials said.", [["not even 1,000", { kind: "atMost", value: 1000, strict: true, unit: "unknown", text: "not even 1,000" }, "asserted"]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it("parseEstimate reads them the same way", () => {
    expect(parseEstimate("not quite 1,000")).toEqual({ ok: true, value: { kind: "atMost", value: 1000, strict: true, unit: "unknown", approx: true, text: "not quite 1,000" } });
  });

  it.each([
    ["Not 1,000 troops crossed.", "1,000 troops"],
    ["Russia did not even send 1,000 troops.", "1,000 troops"],
  ])("a negation of the verb still denies: %s", (s, text) => {
    expect(extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.modality])).toEqual([[text, "exact", "negated"]]);
  });
});

describe("what may be N", () => {
  const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
  it.each([
    ["Russia has deployed what may be 50,000 troops near Kursk.", [["50,000 troops", "potential"]]],
    ["Russia has deployed what could be 50,000 troops near Kursk.", [["50,000 troops", "potential"]]],
    ["What may be 50,000 troops are massing near Kursk.", [["50,000 troops", "potential"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it("a toll that may come to a figure is still a projection", () => {
    expect(mod("The toll could reach 50,000.")).toEqual([["could reach 50,000", "projected"]]);
  });
});
