import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CASUALTY_PARTS, isMeasure, MEASURES, STANDARD_MEASURES } from "../../src/claim/measures.js";
import { MeasureSchema } from "../../src/claim/schema.js";

describe("MEASURES", () => {
  it("documents the measures conflict reporting uses, each with a one-line meaning", () => {
    expect(STANDARD_MEASURES).toEqual([
      "killed",
      "wounded",
      "missing",
      "captured",
      "casualties",
      "deployed",
      "repatriated",
      "laborers",
      "present",
    ]);
    for (const m of MEASURES) expect(m.meaning).toMatch(/^[A-Z].*\.$/);
  });

  it("counts casualties as the four parts", () => {
    expect(CASUALTY_PARTS.every((p) => STANDARD_MEASURES.includes(p))).toBe(true);
  });
});

describe("isMeasure", () => {
  it("agrees with the schema on any text", () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...STANDARD_MEASURES),
      fc.stringMatching(/^[a-zA-Z0-9:._ -]{0,12}$/),
    );
    fc.assert(fc.property(text, (s) => isMeasure(s) === MeasureSchema.safeParse(s).success));
  });

  it("is false for anything but a string", () => {
    expect(isMeasure(42)).toBe(false);
    expect(isMeasure(undefined)).toBe(false);
  });
});
