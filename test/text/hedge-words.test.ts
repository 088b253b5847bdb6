import { describe, expect, it } from "vitest";

import { parseEstimate } from "../../src/text/parse.js";

/** The hedge words a phrase is read with. */
function hedgeOf(text: string): unknown {
  const r = parseEstimate(text);
  return r.ok ? (r.value as { hedge?: string }).hedge : r.reason;
}

describe("the hedge words kept with a figure", () => {
  it("are lower case and single-spaced, whatever spaces stand between them", () => {
    expect(hedgeOf("an estimated 300")).toBe("an estimated");
    expect(hedgeOf("An  Estimated 300")).toBe("an estimated");
    expect(hedgeOf("an\u00a0 estimated 300")).toBe("an estimated");
    expect(hedgeOf("300 or\u00a0so")).toBe("or so");
    expect(hedgeOf("300 or\tso")).toBe("or so");
  });

  it("keep marks glued to them as written", () => {
    expect(hedgeOf("approx. 300")).toBe("approx.");
    expect(hedgeOf("300 (est.)")).toBe("(est.)");
  });

  it("keep a zero-width space between them, which is no whitespace", () => {
    expect(hedgeOf("an\u200bestimated 300")).toBe("an\u200bestimated");
  });
});
