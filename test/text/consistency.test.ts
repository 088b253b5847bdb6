import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { EstimateSchema } from "../../src/estimate/schema.js";
import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";
import { NEGATIVE_PHRASES, PHRASES } from "./corpus/phrases.js";
import { SENTENCES } from "./corpus/sentences.js";
import { CLASS_PHRASES, CLASS_SENTENCES } from "./corpus/classes.js";

/** Words and marks that stand around figures in reporting, to build text from. */
const GLUE = [
  " ", ", ", ". ", "; ", " and ", " or ", " to ", " of ", " the ", " more than ", " another ", " not ", " could ",
  " will send ", " handed over ", " between ", " (", ") ", "-", "–", " minus ", "\u200b", "\u00a0", '"', " about ",
  " in ", " May ", " 2024 ", " lakh ", " crore ", " million ", " times ", " as many ", " km ", " thousand ",
];

const pieces = [
  ...PHRASES.map((p) => p.text),
  ...NEGATIVE_PHRASES.map((p) => p.text),
  ...CLASS_PHRASES.map((p) => p.text),
  ...SENTENCES.map((s) => s.sentence),
  ...CLASS_SENTENCES.map((s) => s.sentence),
];

/** Text made of corpus phrases and sentences joined by the words around figures, with digits and marks swapped at random. */
const arbText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...GLUE), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""));

describe("extractEstimates agrees with parseEstimate", () => {
  it("never returns a span that parseEstimate refuses or reads differently", () => {
    fc.assert(
      fc.property(arbText, (text) => {
        for (const span of extractEstimates(text)) {
          const parsed = parseEstimate(span.text);
          expect(parsed, JSON.stringify({ text, span: span.text })).toEqual({ ok: true, value: span.estimate });
          expect(EstimateSchema.safeParse(span.estimate).success).toBe(true);
        }
      }),
      { numRuns: Number(process.env["TEXT_RUNS"] ?? 3000) },
    );
  }, 600_000);

  it("holds for every sentence of the corpora", () => {
    for (const { sentence } of [...SENTENCES, ...CLASS_SENTENCES]) {
      for (const span of extractEstimates(sentence)) expect(parseEstimate(span.text), sentence).toEqual({ ok: true, value: span.estimate });
    }
  });
});
