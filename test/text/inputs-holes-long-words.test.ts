// A phrase table's list with a hole in it is refused as any other bad list is, and a time phrase's
// unknown word is cut short in its reason, as the phrase is.
import { describe, expect, it } from "vitest";

import { EN_PHRASES } from "../../src/text/phrases/en.js";
import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";
import { resolveTimePhrase } from "../../src/text/time/resolve.js";

describe("a phrase table's list with a hole in it", () => {
  it.each(["hedges", "framing"] as const)("is invalid-option naming the list: %s", (list) => {
    const t = structuredClone(EN_PHRASES) as unknown as Record<string, unknown>;
    t[list] = ["about", , "around"];
    for (const read of [() => parseEstimate("about 3,000", { phrases: t as never }), () => extractEstimates("about 3,000", { phrases: t as never })]) {
      expect(read).toThrow(expect.objectContaining({ code: "invalid-option", message: expect.stringContaining(`options.phrases.${list} must be a list of words`) }));
    }
  });
});

describe("the reason a time phrase is not read", () => {
  it("cuts a long unknown word short", () => {
    const r = resolveTimePhrase(`in ${"x".repeat(1e6)}`, { reference: "2025-04-30" });
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.reason.length).toBeLessThan(200);
  });

  it("keeps a short one whole", () => {
    expect(resolveTimePhrase("soon", { reference: "2025-04-30" })).toEqual({ ok: false, reason: '"soon": unknown word "soon"' });
  });
});
