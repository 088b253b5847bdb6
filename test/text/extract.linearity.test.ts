import { describe, expect, it } from "vitest";

import { fill, linearityRatio, PATTERNS } from "../../bench/extract.bench.js";
import { extractEstimates } from "../../src/text/extract.js";

describe("extractEstimates is linear in its input", () => {
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    it(`takes at most 15 times as long on 1 MB as on 100 KB: ${name}`, () => {
      for (let k = 0; k < 3; k++) extractEstimates(fill(pattern, 100_000));
      // Fastest runs, and the best of up to three tries, so that a collection pause or
      // another process does not decide: a linear reader passes at once, a quadratic
      // one (a ratio near 100) never does.
      let ratio = Infinity;
      for (let k = 0; k < 3 && ratio > 15; k++) ratio = Math.min(ratio, linearityRatio(pattern, 3));
      expect(ratio).toBeLessThanOrEqual(15);
    }, 60_000);
  }
});
