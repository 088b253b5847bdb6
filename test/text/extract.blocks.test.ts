import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { extractEstimates, extractInBlocks } from "../../src/text/extract.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import { SENTENCES } from "./corpus/sentences.js";

describe("extractEstimates reads long text in blocks", () => {
  const sentences = SENTENCES.map((s) => s.sentence);

  it("finds the same phrases at the same offsets whatever the block size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(" ", "\n", "  ", "\n\n"),
        fc.integer({ min: 1, max: 400 }),
        (parts, join, blockChars) => {
          const text = parts.join(join);
          const whole = extractInBlocks(text, EN_PHRASES, "unknown", Number.MAX_SAFE_INTEGER);
          expect(extractInBlocks(text, EN_PHRASES, "unknown", blockChars)).toEqual(whole);
          for (const found of whole) expect(text.slice(found.start, found.end)).toBe(found.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads text longer than a block with no space in it", () => {
    const text = `${"x".repeat(70_000)} about 3,000 troops, ${"y".repeat(70_000)}, up to 12,000`;
    expect(extractEstimates(text).map((e) => e.text)).toEqual(["about 3,000 troops", "up to 12,000"]);
  });
});
