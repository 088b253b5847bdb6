// "Barely 1,000 troops remain" keeps its hedge: about 1,000 and no more, an approximate upper
// bound that is not strict ("up to about 1,000"), as "scarcely" and "hardly"; "barely more
// than 1,000" is just over 1,000.
import { describe, expect, it } from "vitest";

import { extractEstimates, parseEstimate } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate, e.modality]);
const atMost = (text: string, value: number, unit: string) => ({ kind: "atMost", value, strict: false, unit, approx: true, text });

describe("barely, scarcely, hardly", () => {
  it.each([
    ["Barely 1,000 troops remain.", [["Barely 1,000 troops", atMost("Barely 1,000 troops", 1000, "person"), "asserted"]]],
    ["Scarcely 1,000 troops remain.", [["Scarcely 1,000 troops", atMost("Scarcely 1,000 troops", 1000, "person"), "asserted"]]],
    ["Hardly 1,000 troops remain.", [["Hardly 1,000 troops", atMost("Hardly 1,000 troops", 1000, "person"), "asserted"]]],
    ["The town had barely 1,000 residents.", [["barely 1,000 residents", atMost("barely 1,000 residents", 1000, "person"), "asserted"]]],
    [
      "Barely more than 1,000 troops remain.",
      [["Barely more than 1,000 troops", { kind: "atLeast", value: 1000, strict: true, unit: "person", approx: true, text: "Barely more than 1,000 troops" }, "asserted"]],
    ],
    [
      "Barely under 1,000 troops remain.",
      [["Barely under 1,000 troops", { kind: "atMost", value: 1000, strict: true, unit: "person", approx: true, text: "Barely under 1,000 troops" }, "asserted"]],
    ],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it("parseEstimate reads it alone", () => {
    expect(parseEstimate("barely 1,000")).toEqual({ ok: true, value: atMost("barely 1,000", 1000, "unknown") });
  });

  it.each([
    // the plan a negation leaves is read as before, with its bound
    ["Russia did not send 3,000 troops but barely 500.", [["3,000 troops", "exact", "negated"], ["barely 500", "atMost", "asserted"]]],
    // "hardly more than" is a qualified bound, not read
    ["Hardly more than 1,000 troops remain.", []],
    ["Just under 1,000 troops remain.", [["Just under 1,000 troops", "atMost", "asserted"]]],
    ["Russia barely held 1,000 km.", [["1,000 km", "exact", "asserted"]]],
    ["Only 1,000 troops remain.", [["Only 1,000 troops", "exact", "asserted"]]],
  ])("near miss: %s", (s, expected) => {
    expect(extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.modality])).toEqual(expected);
  });
});
