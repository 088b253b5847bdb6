import { describe, expect, it } from "vitest";

import { EstimateSchema } from "../../src/estimate/schema.js";
import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import type { PhraseTable } from "../../src/text/phrases/types.js";
import { CLASS_PHRASES, CLASS_REFUSED, CLASS_SENTENCES } from "./corpus/classes.js";
import type { ClassSpan } from "./corpus/classes.js";

function expected(c: ClassSpan): Record<string, unknown> {
  const { text, unit = "unknown", modality = "asserted", increment = false, ...rest } = c;
  return { text, estimate: { ...rest, unit, text }, modality, increment };
}

describe("figures read whole or not at all", () => {
  it("has examples of every class, at least four of each", () => {
    const counts = new Map<string, number>();
    for (const c of [...CLASS_PHRASES, ...CLASS_REFUSED, ...CLASS_SENTENCES]) counts.set(c.cls, (counts.get(c.cls) ?? 0) + 1);
    for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(4);
    expect(counts.size).toBe(12);
  });

  it.each(CLASS_PHRASES.map((c) => [c.cls, c.text, c] as const))("%s: parseEstimate reads %j", (_cls, text, c) => {
    const { cls: _c, unit = "unknown", text: _t, ...want } = c;
    const got = parseEstimate(text);
    expect(got).toEqual({ ok: true, value: { ...want, unit, text: expect.any(String) } });
    // the estimate's text is the phrase less the closing marks after it
    if (got.ok) expect(text.startsWith(got.value.text ?? "")).toBe(true);
    if (got.ok) expect(EstimateSchema.safeParse(got.value).success).toBe(true);
  });

  it.each(CLASS_REFUSED.map((c) => [c.cls, c.text, c.reason] as const))("%s: parseEstimate refuses %j as %s", (_cls, text, reason) => {
    const got = parseEstimate(text);
    expect(got.ok ? got.value : got.reason).toBe(reason);
  });

  it.each(CLASS_REFUSED.map((c) => [c.cls, c.text] as const))("%s: extractEstimates reads no part of %j", (_cls, text) => {
    expect(extractEstimates(`Officials said ${text} on Monday.`)).toEqual([]);
  });

  it.each(CLASS_SENTENCES.map((c) => [c.cls, c.sentence, c] as const))("%s: extractEstimates reads %j", (_cls, sentence, c) => {
    const got = extractEstimates(sentence);
    expect(got.map(({ text, estimate, modality, increment }) => ({ text, estimate, modality, increment }))).toEqual(c.found.map(expected));
    for (const span of got) expect(sentence.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("a decimal comma under a table that uses one", () => {
  const comma: PhraseTable = { ...EN_PHRASES, locale: "xx", numbers: { decimal: ",", groups: [".", " "] } };

  it("reads '1,2 million' as 1.2 million", () => {
    expect(parseEstimate("about 1,2 million", { phrases: comma })).toMatchObject({ ok: true, value: { kind: "approx", value: 1.2e6 } });
  });

  it("still refuses it under the English table", () => {
    expect(parseEstimate("about 1,2 million")).toMatchObject({ ok: false, reason: "malformed-number" });
  });
});

describe("what a figure is doing", () => {
  const modalities = new Set(CLASS_SENTENCES.flatMap((c) => c.found.map((f) => f.modality ?? "asserted")));

  it("is checked for every modality and both increment values", () => {
    expect([...modalities].sort()).toEqual(["asserted", "negated", "planned", "potential", "projected"]);
    const increments = new Set(CLASS_SENTENCES.flatMap((c) => c.found.map((f) => f.increment === true)));
    expect(increments).toEqual(new Set([true, false]));
  });

  it("takes a figure's modality from its own clause only", () => {
    const got = extractEstimates("Moscow will send 3,000 more. Kyiv has 12,000 there; it is not 5,000.");
    expect(got.map((g) => [g.text, g.modality])).toEqual([["3,000 more", "planned"], ["12,000", "asserted"], ["5,000", "negated"]]);
  });

  it("does not count the negation inside a bound", () => {
    const got = extractEstimates("Officials counted no fewer than 500 prisoners and not more than 700 guards.");
    expect(got.map((g) => g.modality)).toEqual(["asserted", "asserted"]);
  });
});
