import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { arbEstimate, arbFigure } from "../../src/testing/estimate.js";
import { thrown, thrownCode } from "../helpers.js";
import { fogcountMatchers } from "../../src/testing/matchers.js";

// registered by hand, as a project that does not import fogcount/testing/vitest
// would; their types come from the augmentation that entry declares
expect.extend(fogcountMatchers);

const m = fogcountMatchers;

describe("fogcountMatchers", () => {
  it("toBeValidEstimate (and toBeEstimate) checks the schema and names the problem", () => {
    expect(approx(600, "person")).toBeValidEstimate();
    expect(approx(600, "person")).toBeEstimate();
    expect({ kind: "range", low: 2, high: 1, unit: "x" }).not.toBeValidEstimate();
    const failure = m.toBeValidEstimate({ kind: "exact", value: 1, unit: "" });
    expect(failure.pass).toBe(false);
    expect(failure.message()).toContain("at unit");
    expect(m.toBeValidEstimate(exact(1, "x")).message()).toContain("not to be an estimate");
  });

  it("toContainValue (and toAllow) checks a value", () => {
    expect(range(10_000, 12_000, "person")).toContainValue(11_000);
    expect(atLeast(1000, "person", { strict: true })).not.toContainValue(1000);
    expect(range(10_000, 12_000, "person")).toAllow(11_000);
    expect(m.toContainValue(exact(3, "person"), 4).message()).toBe("expected 3 people to contain 4");
    expect(m.toAllow(exact(3, "person"), 4).message()).toBe("expected 3 people to allow 4");
    expect(m.toAllow(exact(3, "person"), 3).message()).toBe("expected 3 people not to allow 3");
  });

  it("toOverlapEstimate and toEqualEstimate compare two estimates", () => {
    expect(range(1, 5, "x")).toOverlapEstimate(exact(3, "x"));
    expect(range(1, 5, "x")).not.toOverlapEstimate(exact(9, "x"));
    expect(m.toOverlapEstimate(exact(1, "x"), exact(1, "x")).message()).toContain("not to overlap");
    expect(approx(600, "person", { text: "approximately 600" })).toEqualEstimate(approx(600, "person"));
    expect(approx(600, "person")).not.toEqualEstimate(exact(600, "person"));
    expect(m.toEqualEstimate(exact(1, "x"), exact(1, "x")).message()).toContain("not to equal");
  });

  it("toEqualEstimate takes a tolerance, as an amount or a fraction, and names the number that is off", () => {
    expect(exact(0.1 + 0.2, "USD")).not.toEqualEstimate(exact(0.3, "USD"));
    expect(exact(0.1 + 0.2, "USD")).toEqualEstimate(exact(0.3, "USD"), { tolerance: 1e-9 });
    expect(range(990, 2010, "person")).toEqualEstimate(range(1000, 2000, "person"), { tolerance: 0.01, relative: true });
    expect(range(980, 2000, "person")).not.toEqualEstimate(range(1000, 2000, "person"), { tolerance: 0.01, relative: true });
    expect(m.toEqualEstimate(range(980, 2000, "person"), range(1000, 2000, "person"), { tolerance: 10 }).message()).toBe(
      'expected {"kind":"range","low":980,"high":2000,"unit":"person"} to equal {"kind":"range","low":1000,"high":2000,"unit":"person"} within 10 (low: 980 and 1000)',
    );
    // the shape is compared exactly, whatever the tolerance
    expect(approx(600, "person")).not.toEqualEstimate(exact(600, "person"), { tolerance: 1 });
    expect(range(1, 2, "x", { best: 1.5 })).not.toEqualEstimate(range(1, 2, "x"), { tolerance: 1 });
    expect(thrown(() => m.toEqualEstimate(exact(1, "x"), exact(1, "x"), { tolerance: -1 }))).toMatchObject({ code: "invalid-option", message: "toEqualEstimate: options.tolerance must be a finite number of at least 0, got -1" });
    expect(thrownCode(() => m.toEqualEstimate(exact(1, "x"), exact(1, "x"), { relative: "yes" as never }))).toBe("invalid-option");
    expect(thrownCode(() => m.toEqualEstimate(exact(1, "x"), exact(1, "x"), { tolerence: 1 } as never))).toBe("invalid-option");
  });

  it("toPassDatasetCheck lists the findings, and fails a value that is not a dataset with the reason", () => {
    const failure = m.toPassDatasetCheck(nisBriefing2025Dataset);
    expect(failure.pass).toBe(false);
    expect(failure.message()).toMatch(/^expected checkDataset to find nothing in the dataset, but it found 1:\n {2}error increment-before-wave at claims\.7\.validTime: /);
    expect(nisBriefing2025Dataset).toPassDatasetCheck({ rules: { "increment-before-wave": "off" } });
    const notOne = m.toPassDatasetCheck({ format: "fogcount-dataset/1" });
    expect([notOne.pass, notOne.message()]).toEqual([false, expect.stringContaining("expected a dataset that passes checkDataset, but it is not a dataset: toPassDatasetCheck: ")]);
    expect(thrown(() => m.toPassDatasetCheck(nisBriefing2025Dataset, { rules: { "no-such-rule": "off" } as never }))).toMatchObject({ code: "invalid-option", message: expect.stringContaining("toPassDatasetCheck: options.rules.no-such-rule") });
  });

  it("lists the first 20 findings of a dataset with many, and counts the rest", () => {
    const claims = Array.from({ length: 45 }, (_, i) => ({ ...nisBriefing2025Dataset.claims[0], id: `c${i}`, reportedAt: "2030-01-01" }));
    const d = { ...nisBriefing2025Dataset, claims: [...nisBriefing2025Dataset.claims, ...claims] };
    for (const message of [m.toPassDatasetCheck(d).message(), m.toHaveFinding(d, "unit-mismatch").message()]) {
      const lines = message.split("\n");
      expect(lines[0]).toMatch(/found \d+:$/);
      const total = Number(/found (\d+):$/.exec(lines[0] as string)?.[1]);
      expect(total).toBeGreaterThan(40);
      expect(lines).toHaveLength(22);
      expect(lines[21]).toBe(`  … and ${total - 20} more`);
    }
  });

  it("toHaveFinding finds a code, at a path and severity when asked", () => {
    expect(nisBriefing2025Dataset).toHaveFinding("increment-before-wave");
    expect(nisBriefing2025Dataset).toHaveFinding("increment-before-wave", { path: ["claims", 7, "validTime"], severity: "error" });
    expect(nisBriefing2025Dataset).not.toHaveFinding("increment-before-wave", { path: ["claims", 6, "validTime"] });
    expect(nisBriefing2025Dataset).not.toHaveFinding("unit-mismatch");
    expect(m.toHaveFinding(nisBriefing2025Dataset, "unit-mismatch").message()).toMatch(/^expected a finding unit-mismatch, but checkDataset found 1:\n {2}error increment-before-wave/);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave").message()).toMatch(/^expected no finding increment-before-wave, but checkDataset found 1:/);
  });

  it("toHaveFinding refuses a code that is no rule's, a bad option and a value that is not a dataset", () => {
    expect(thrown(() => m.toHaveFinding(nisBriefing2025Dataset, "unit-missmatch" as never))).toMatchObject({ code: "invalid-argument", message: expect.stringMatching(/^toHaveFinding: code must be the code of a rule of DATASET_RULES \(.*\), got "unit-missmatch"$/) });
    expect(thrownCode(() => m.toHaveFinding(nisBriefing2025Dataset, "unit-mismatch", { path: "claims.1" as never }))).toBe("invalid-option");
    expect(thrownCode(() => m.toHaveFinding(nisBriefing2025Dataset, "unit-mismatch", { severity: "fatal" as never }))).toBe("invalid-option");
    expect(thrown(() => m.toHaveFinding([], "unit-mismatch"))).toMatchObject({ code: "invalid-dataset", message: expect.stringContaining("toHaveFinding: ") });
  });

  it("throws invalid-argument naming the value when given something that is not an estimate", () => {
    expect(() => m.toAllow({ kind: "exact" }, 1)).toThrow(/^toAllow: received is not an estimate \(.* at value\), got \{"kind":"exact"\}$/);
    expect(() => m.toContainValue("600", 1)).toThrow(/toContainValue: received is not an estimate .*, got "600"/);
    expect(m.toOverlapEstimate.bind(null, exact(1, "x"), 5)).toThrow(/^toOverlapEstimate: other is not an estimate/);
    expect(thrownCode(() => m.toAllow(exact(1, "x"), "1" as unknown as number))).toBe("invalid-argument");
    expect(thrownCode(() => m.toEqualEstimate(exact(1, "x"), 10n))).toBe("invalid-argument");
  });
});

describe("arbitraries", () => {
  it("arbEstimate draws only valid estimates of the asked kinds and units", () => {
    fc.assert(
      fc.property(arbEstimate({ units: ["USD", "EUR"], kinds: ["range", "atMost"], integers: false }), (e) => {
        expect(EstimateSchema.safeParse(e).success).toBe(true);
        expect(["range", "atMost"]).toContain(e.kind);
        expect(["USD", "EUR"]).toContain(e.unit);
      }),
      { numRuns: 1000 },
    );
  });

  it("arbFigure stays within its bounds", () => {
    fc.assert(
      fc.property(arbFigure({ max: 50, integers: false }), (n) => n >= 0 && n <= 50),
      { numRuns: 1000 },
    );
  });
});
