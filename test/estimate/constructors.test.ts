import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { MAGNITUDE_ORDERS } from "../../src/estimate/magnitude.js";
import type { MagnitudeOrder } from "../../src/estimate/magnitude.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { isFogcountError } from "../../src/errors.js";
import { thrownCode } from "../helpers.js";

describe("constructors", () => {
  it("build each kind with the JSON names other projects store", () => {
    expect(exact(300, "person")).toEqual({ kind: "exact", value: 300, unit: "person" });
    expect(approx(600, "person", { hedge: "approximately", text: "approximately 600" })).toEqual({
      kind: "approx",
      value: 600,
      unit: "person",
      hedge: "approximately",
      text: "approximately 600",
    });
    expect(range(10_000, 12_000, "person", { approx: true, best: 11_000 })).toEqual({
      kind: "range",
      low: 10_000,
      high: 12_000,
      unit: "person",
      approx: true,
      best: 11_000,
    });
    expect(atLeast(1000, "person", { strict: true })).toEqual({ kind: "atLeast", value: 1000, strict: true, unit: "person" });
    expect(atMost(12_000, "person")).toEqual({ kind: "atMost", value: 12_000, strict: false, unit: "person" });
    expect(magnitude("billions", "USD")).toEqual({ kind: "magnitude", order: "billions", unit: "USD" });
  });

  it("leave out approx when it is false", () => {
    expect(range(1, 2, "shell", { approx: false })).toEqual({ kind: "range", low: 1, high: 2, unit: "shell" });
  });

  it.each([
    ["exact NaN", () => exact(Number.NaN, "person"), /exact: value must be a finite number, got NaN/],
    ["approx Infinity", () => approx(Infinity, "person"), /approx: value must be a finite number, got Infinity/],
    ["empty unit", () => exact(1, ""), /exact: unit must be a non-empty string, got ""/],
    ["blank unit", () => range(1, 2, "  "), /range: unit must be a non-empty string/],
    ["string value", () => atLeast("3" as unknown as number, "person"), /atLeast: value must be a finite number, got 3/],
    ["negative upper bound", () => atMost(-1, "person"), /atMost: value must not be negative/],
    ["fewer than zero", () => atMost(0, "person", { strict: true }), /atMost: fewer than 0 allows no value, got 0/],
    ["non-boolean strict", () => atMost(1, "person", { strict: "yes" as unknown as boolean }), /strict must be a boolean/],
    ["non-boolean approx", () => range(1, 2, "person", { approx: 1 as unknown as boolean }), /approx must be a boolean/],
    ["empty hedge", () => approx(1, "person", { hedge: "" }), /hedge must be a non-empty string/],
    ["non-string text", () => exact(1, "person", { text: 5 as unknown as string }), /text must be a string/],
    ["non-finite best", () => range(1, 2, "person", { best: NaN }), /best must be a finite number/],
    ["magnitude unit", () => magnitude("dozens", ""), /magnitude: unit must be a non-empty string/],
  ])("reject %s with invalid-estimate", (_name, fn, message) => {
    expect(thrownCode(fn)).toBe("invalid-estimate");
    expect(fn).toThrow(message);
  });

  it("reject a range whose low end exceeds its high end with invalid-interval", () => {
    expect(thrownCode(() => range(12_000, 10_000, "person"))).toBe("invalid-interval");
    expect(() => range(12_000, 10_000, "person")).toThrow("range: low 12000 is greater than high 10000");
  });

  it("reject an unknown order with unknown-magnitude", () => {
    const fn = () => magnitude("gazillions" as MagnitudeOrder, "USD");
    expect(thrownCode(fn)).toBe("unknown-magnitude");
    expect(fn).toThrow('magnitude: unknown order "gazillions"');
  });

  it("throw errors that isFogcountError recognises with their details", () => {
    try {
      range(5, 1, "person");
      expect.unreachable();
    } catch (e) {
      expect(isFogcountError(e, "invalid-interval")).toBe(true);
      if (isFogcountError(e)) expect(e.details).toEqual({ low: 5, high: 1 });
    }
  });

  it("produce values that pass EstimateSchema", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const unit = fc.constantFrom("person", "USD", "shell", "person/day");
    const extras = fc.record(
      { text: fc.string(), best: finite, hedge: fc.string({ minLength: 1 }), approx: fc.boolean(), strict: fc.boolean() },
      { requiredKeys: [] },
    );
    const built = fc.oneof(
      fc.tuple(finite, unit, extras).map(([v, u, x]) => exact(v, u, { ...(x.text !== undefined && { text: x.text }) })),
      fc.tuple(finite, unit, extras).map(([v, u, x]) => approx(v, u, x)),
      fc.tuple(finite, finite, unit, extras).map(([a, b, u, x]) => range(Math.min(a, b), Math.max(a, b), u, x)),
      fc.tuple(finite, unit, extras).map(([v, u, x]) => atLeast(v, u, x)),
      fc.tuple(finite, unit, extras).map(([v, u, x]) => atMost(Math.abs(v) || 1, u, x)),
      fc.tuple(fc.constantFrom(...MAGNITUDE_ORDERS), unit).map(([o, u]) => magnitude(o, u)),
    );
    fc.assert(
      fc.property(built, (e) => {
        const parsed = EstimateSchema.safeParse(e);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(e);
      }),
      { numRuns: 1000 },
    );
  });
});
