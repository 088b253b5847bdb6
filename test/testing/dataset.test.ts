// Whole datasets of the kit: valid, with nothing for checkDataset to find, or exactly the finding asked for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkDataset, DATASET_RULES } from "../../src/dataset/index.js";
import { DatasetSchema } from "../../src/schemas.js";
import { arbDataset, SEEDED_FINDINGS } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("arbDataset", () => {
  it("draws datasets that pass the schema and checkDataset", () => {
    fc.assert(
      fc.property(arbDataset(), (d) => {
        const parsed = DatasetSchema.safeParse(d);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(checkDataset(d)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(SEEDED_FINDINGS)("seeds exactly one %s finding", (code) => {
    fc.assert(
      fc.property(arbDataset({ withFinding: code }), (d) => {
        expect(DatasetSchema.safeParse(d).success).toBe(true);
        expect(checkDataset(d).map((f) => f.code)).toEqual([code]);
      }),
      { numRuns: 60 },
    );
  });

  it("seeds every rule of checkDataset that reads claims, and refuses the rules of the other sections by name", () => {
    const sections = ["parts-exceed-total", "parts-fall-short", "definition-mismatch", "mixed-breakdown", "replacement-before-original", "plan-counted-as-deployment", "ledger-party-mismatch", "tiv-summed-with-money"];
    expect([...SEEDED_FINDINGS, ...sections].sort()).toEqual(DATASET_RULES.map((r) => r.code).sort());
    for (const code of sections) expect(thrown(() => arbDataset({ withFinding: code as never }))).toMatchObject({ code: "invalid-option" });
  });

  it("refuses a finding it cannot seed, naming the code", () => {
    expect(thrown(() => arbDataset({ withFinding: "mixed-originators" as never }))).toMatchObject({
      code: "invalid-option",
      message: expect.stringMatching(/^arbDataset: options\.withFinding is not a finding arbDataset can seed \(.*\), got "mixed-originators"$/),
    });
  });
});
