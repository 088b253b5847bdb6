import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { blockEnd, extractEstimates, extractInBlocks } from "../../src/text/extract.js";
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

  it("ends a block at a zero-width space or, with no separator near, at any character", () => {
    const zw = "about\u200b4,700\u200btroops\u200b".repeat(2000);
    expect(blockEnd(zw, 8192)).toBeLessThanOrEqual(8192 + 256);
    expect(zw.charCodeAt(blockEnd(zw, 8192))).toBe(0x200b);
    const none = "x".repeat(100_000);
    expect(blockEnd(none, 8192)).toBe(8192);
    const pairs = "😀".repeat(10_000);
    expect(blockEnd(pairs, 8193) % 2).toBe(0);
  });

  it("finds the same phrases in text with no whitespace, whatever the block size", () => {
    const text = extractSentences().join("\u200b").replaceAll(" ", "\u200b");
    const whole = extractInBlocks(text, EN_PHRASES, "unknown", Number.MAX_SAFE_INTEGER);
    expect(whole.length).toBeGreaterThan(50);
    for (const size of [64, 300, 1000]) expect(extractInBlocks(text, EN_PHRASES, "unknown", size)).toEqual(whole);
  });

  it("reads a run of letters and digits with no separator at all, in blocks", () => {
    const text = "ab12cd".repeat(50_000) + " about 3,000 troops";
    expect(extractEstimates(text).map((e) => e.text)).toEqual(["about 3,000 troops"]);
  });
});

function extractSentences(): string[] {
  return SENTENCES.map((s) => s.sentence);
}
