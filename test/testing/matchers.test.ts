import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { arbEstimate, arbFigure } from "../../src/testing/estimate.js";
import { thrownCode } from "../helpers.js";
import { fogcountMatchers } from "../../src/testing/matchers.js";
import type { FogcountMatchers } from "../../src/testing/matchers.js";

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends FogcountMatchers<T> {}
}

expect.extend(fogcountMatchers);

describe("fogcountMatchers", () => {
  it("toBeEstimate checks the schema and names the problem", () => {
    expect(approx(600, "person")).toBeEstimate();
    expect({ kind: "range", low: 2, high: 1, unit: "x" }).not.toBeEstimate();
    const failure = fogcountMatchers.toBeEstimate({ kind: "exact", value: 1, unit: "" });
    expect(failure.pass).toBe(false);
    expect(failure.message()).toContain("at unit");
    expect(fogcountMatchers.toBeEstimate(exact(1, "x")).message()).toContain("not to be an estimate");
  });

  it("toAllow checks a value", () => {
    expect(range(10_000, 12_000, "person")).toAllow(11_000);
    expect(atLeast(1000, "person", { strict: true })).not.toAllow(1000);
    expect(fogcountMatchers.toAllow(exact(3, "person"), 4).message()).toBe("expected 3 person to allow 4");
    expect(fogcountMatchers.toAllow(exact(3, "person"), 3).message()).toBe("expected 3 person not to allow 3");
  });

  it("toOverlapEstimate and toEqualEstimate compare two estimates", () => {
    expect(range(1, 5, "x")).toOverlapEstimate(exact(3, "x"));
    expect(range(1, 5, "x")).not.toOverlapEstimate(exact(9, "x"));
    expect(fogcountMatchers.toOverlapEstimate(exact(1, "x"), exact(1, "x")).message()).toContain("not to overlap");
    expect(approx(600, "person", { text: "approximately 600" })).toEqualEstimate(approx(600, "person"));
    expect(approx(600, "person")).not.toEqualEstimate(exact(600, "person"));
    expect(fogcountMatchers.toEqualEstimate(exact(1, "x"), exact(1, "x")).message()).toContain("not to equal");
  });

  it("throws invalid-argument naming the value when given something that is not an estimate", () => {
    expect(() => fogcountMatchers.toAllow({ kind: "exact" }, 1)).toThrow(/^toAllow: received is not an estimate \(.* at value\), got \{"kind":"exact"\}$/);
    expect(() => fogcountMatchers.toAllow("600", 1)).toThrow(/toAllow: received is not an estimate .*, got "600"/);
    expect(fogcountMatchers.toOverlapEstimate.bind(null, exact(1, "x"), 5)).toThrow(/^toOverlapEstimate: other is not an estimate/);
    expect(thrownCode(() => fogcountMatchers.toAllow(exact(1, "x"), "1" as unknown as number))).toBe("invalid-argument");
    expect(thrownCode(() => fogcountMatchers.toEqualEstimate(exact(1, "x"), 10n))).toBe("invalid-argument");
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
