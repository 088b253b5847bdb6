import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseEstimate } from "../../src/text/parse.js";
import { extractEstimates } from "../../src/text/extract.js";
import { isFogcountError } from "../../src/errors.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { PHRASES } from "./corpus/phrases.js";
import type { PhraseCase } from "./corpus/phrases.js";
import { SENTENCES } from "./corpus/sentences.js";

function reading(e: Estimate): PhraseCase {
  const { text = "", ...rest } = e;
  return { text, ...rest } as PhraseCase;
}

function close(got: PhraseCase, want: PhraseCase): PhraseCase {
  const out: Record<string, unknown> = { ...got };
  for (const k of ["value", "low", "high"] as const) {
    const g = got[k];
    const w = want[k];
    if (typeof g === "number" && typeof w === "number" && Math.abs(g - w) < 1e-12) out[k] = w;
  }
  return out as unknown as PhraseCase;
}

describe("extractEstimates: the sentence corpus", () => {
  it("holds at least 100 sentences, with negative ones", () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(100);
    expect(SENTENCES.filter((c) => c.found.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(SENTENCES.map((c) => [c.sentence, c] as const))("reads %j", (sentence, c) => {
    const found = extractEstimates(sentence);
    const got = found.map((f, k) => close(reading(f.estimate), c.found[k] ?? f.estimate as unknown as PhraseCase));
    const want = c.found.map((p) => ({ unit: "unknown", ...p }));
    expect(got).toEqual(want);
    for (const f of found) {
      expect(sentence.slice(f.start, f.end)).toBe(f.text);
      expect(f.estimate.text).toBe(f.text);
      expect(EstimateSchema.safeParse(f.estimate).success).toBe(true);
    }
  });
});

describe("extractEstimates: offsets and order", () => {
  it("gives UTF-16 offsets past characters outside the basic plane", () => {
    const text = "😀 about 4,700 troops 🚀 and 300 drones";
    const found = extractEstimates(text);
    expect(found.map((f) => f.text)).toEqual(["about 4,700 troops", "300 drones"]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("finds every corpus phrase on its own inside a sentence", () => {
    for (const p of PHRASES.filter((x) => x.unit !== "1" && x.kind !== "exact" && /\d|dozen|hundred|thousand|million|billion/i.test(x.text))) {
      const text = `Officials said ${p.text}; nothing more.`;
      const found = extractEstimates(text);
      expect(found.length, text).toBeGreaterThanOrEqual(1);
    }
  });

  it("returns spans in order that do not overlap", () => {
    const text = SENTENCES.map((c) => c.sentence).join(" ");
    const found = extractEstimates(text);
    for (let k = 1; k < found.length; k++) expect((found[k]?.start ?? 0) >= (found[k - 1]?.end ?? 0)).toBe(true);
    expect(found.length).toBe(SENTENCES.reduce((n, c) => n + c.found.length, 0));
  });

  it("uses the assumed unit where the text names none", () => {
    expect(extractEstimates("about 4,000 in March", { unit: "person" })[0]?.estimate.unit).toBe("person");
  });

  it.each(["xx-!!", "en_GB", "", "e"])("throws invalid-option for a locale that is no language tag, in both readers: %j", (locale) => {
    for (const read of [() => extractEstimates("about 5", { locale }), () => parseEstimate("about 5", { locale })]) {
      expect(read).toThrow(expect.objectContaining({ code: "invalid-option", message: expect.stringContaining(`options.locale must be a BCP 47 language tag, got ${JSON.stringify(locale)}`) }));
    }
    expect(parseEstimate("about 5", { locale: "de" })).toMatchObject({ ok: false, reason: "unsupported-locale" });
    expect(parseEstimate("about 5", { locale: "en-GB" })).toMatchObject({ ok: true });
  });

  it("throws invalid-option for a locale with no phrase table", () => {
    try {
      extractEstimates("about 5", { locale: "de" });
      expect.fail("no error");
    } catch (e) {
      expect(isFogcountError(e, "invalid-option")).toBe(true);
    }
  });

  it("returns nothing for empty text, and refuses what is not a string with invalid-argument", () => {
    expect(extractEstimates("")).toEqual([]);
    expect(() => extractEstimates(null as unknown as string)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});

describe("extractEstimates never throws", () => {
  // a hang guard, not a speed aim: 100,000 calls take 10–15 s here, and longer when the machine is shared
  it("on 100,000 random strings", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        for (const f of extractEstimates(s)) expect(s.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 100_000 },
    );
  });

  it("on mutations of real sentences", () => {
    const seeds = SENTENCES.map((c) => c.sentence);
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 5 }), (base, edits) => {
        let s = base;
        for (const [at, piece] of edits) {
          const k = at % (s.length + 1);
          s = s.slice(0, k) + piece + s.slice(k + (at % 3));
        }
        for (const f of extractEstimates(s)) {
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(EstimateSchema.safeParse(f.estimate).success).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
