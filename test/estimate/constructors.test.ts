import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import { MAGNITUDE_ORDERS } from "../../src/estimate/magnitude.js";
import type { MagnitudeOrder } from "../../src/estimate/magnitude.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { isFogcountError } from "../../src/errors.js";
import { expectFogcountError, thrownCode } from "../helpers.js";
import { subtract, sumEstimates } from "../../src/estimate/arithmetic.js";
import { ratio } from "../../src/estimate/ratio.js";
import { claim } from "../../src/claim/claim.js";
import { reconcileCasualties } from "../../src/casualty/reconcile.js";
import { killedToWounded } from "../../src/casualty/ratios.js";
import { deployment } from "../../src/deployment/deployment.js";
import { ledgerEntry } from "../../src/ledger/constructors.js";

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
    ["string value", () => atLeast("3" as unknown as number, "person"), /atLeast: value must be a finite number, got "3"/],
    ["negative upper bound", () => atMost(-1, "person"), /atMost: value must not be negative/],
    ["fewer than zero", () => atMost(0, "person", { strict: true }), /atMost: value 0 with strict: fewer than 0 allows no value, got 0/],
    ["non-boolean strict", () => atMost(1, "person", { strict: "yes" as unknown as boolean }), /strict must be a boolean/],
    ["non-boolean approx", () => range(1, 2, "person", { approx: 1 as unknown as boolean }), /approx must be a boolean/],
    ["empty hedge", () => approx(1, "person", { hedge: "" }), /hedge must be a non-empty string/],
    ["non-string text", () => exact(1, "person", { text: 5 as unknown as string }), /text must be a string/],
    ["non-finite best", () => range(1, 2, "person", { best: NaN }), /best must be a finite number/],
    ["best above a range", () => range(1, 2, "person", { best: 3 }), /range: best must lie within the estimate, 1 to 2, got 3/],
    ["best off an exact figure", () => exact(5, "person", { best: 4 }), /exact: best must lie within the estimate, 5 to 5, got 4/],
    ["best below a lower bound", () => atLeast(10, "person", { best: 9 }), /best must lie within the estimate/],
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
    expect(fn).toThrow('magnitude: order is not in MAGNITUDE_ORDERS, got "gazillions"');
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
      { text: fc.string(), hedge: fc.string({ minLength: 1 }), approx: fc.boolean(), strict: fc.boolean() },
      { requiredKeys: [] },
    // a hedge makes a range or bound approximate: approx: false beside one is refused (tested apart)
    ).map((x) => (x.hedge !== undefined && x.approx === false ? { ...x, approx: true } : x));
    // A best anywhere inside the interval: t = 0 is the low end, t = 1 the high end; none on an end a strict bound excludes.
    const t = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    const within = (low: number, high: number, at: number | undefined, lowOpen = false, highOpen = false) => {
      // weighted, not low + at * (high - low): that width overflows to Infinity for ends near ±Number.MAX_VALUE
      const best = at === undefined ? undefined : Math.min(high, Math.max(low, low * (1 - at) + high * at));
      return best === undefined || (lowOpen && best === low) || (highOpen && best === high) ? {} : { best };
    };
    const built = fc.oneof(
      fc.tuple(finite, unit, extras, t).map(([v, u, x, at]) => exact(v, u, { ...(x.text !== undefined && { text: x.text }), ...within(v, v, at) })),
      fc.tuple(finite, unit, extras, t).map(([v, u, x, at]) => approx(v, u, { ...x, ...within(v, v, at) })),
      fc
        .tuple(finite, finite, unit, extras, t)
        .map(([a, b, u, x, at]) => range(Math.min(a, b), Math.max(a, b), u, { ...x, ...within(Math.min(a, b), Math.max(a, b), at) })),
      fc.tuple(finite, unit, extras, t).map(([v, u, x, at]) => atLeast(v, u, { ...x, ...within(v, Number.MAX_VALUE, at, x.strict === true) })),
      fc.tuple(finite, unit, extras, t).map(([v, u, x, at]) => atMost(Math.abs(v) || 1, u, { ...x, ...within(0, Math.abs(v) || 1, at, false, x.strict === true) })),
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

describe("a figure below zero in people", () => {
  const killed = (value: number) => ({
    id: "c",
    indicator: { subject: "KPA in Russia", measure: "killed", unit: "person" },
    estimate: exact(value, "person"),
    validTime: "2025-04",
    reportedAt: "2025-04-30",
    attribution: { originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } },
  });

  it("is an estimate (a difference or a change), as subtract gives one", () => {
    expect(exact(-5, "person")).toEqual({ kind: "exact", value: -5, unit: "person" });
    expect(subtract(approx(600, "person"), approx(4700, "person"))).toEqual(approx(-4100, "person"));
    expect(sumEstimates([exact(-5, "person"), exact(3, "person")])).toEqual(exact(-2, "person"));
  });

  it("is refused wherever a figure is a count", () => {
    const minus = exact(-5, "person");
    expect(claim(killed(5) as never).estimate).toEqual(exact(5, "person"));
    expect(thrownCode(() => claim(killed(-5) as never))).toBe("invalid-claim");
    expect(thrownCode(() => ratio(minus, exact(10, "person")))).toBe("invalid-argument");
    expect(thrownCode(() => reconcileCasualties({ killed: minus, wounded: exact(3, "person") } as never))).toBe("invalid-breakdown");
    expect(thrownCode(() => killedToWounded(minus as never, exact(3, "person") as never))).toBe("invalid-argument");
    expect(thrownCode(() => deployment({ id: "w", from: "KP", to: "RU", category: "troops", size: minus, period: "2025" } as never))).toBe("invalid-deployment");
    expect(thrownCode(() => ledgerEntry({ id: "e", from: "KP", to: "RU", category: "weapon-systems", item: "x", quantity: exact(-5, "shell"), evidence: "reported", period: "2025" } as never))).toBe("invalid-ledger");
  });
});

describe("units with white space around them", () => {
  it("are read trimmed and in Unicode NFC by every constructor, as UnitSchema and claim() read them", () => {
    expect(exact(1, " person ")).toEqual({ kind: "exact", value: 1, unit: "person" });
    expect(approx(1, "person\n").unit).toBe("person");
    expect(range(1, 2, " USD").unit).toBe("USD");
    expect(atLeast(1, "person ").unit).toBe("person");
    expect(atMost(1, "\tperson").unit).toBe("person");
    expect(magnitude("thousands", " person").unit).toBe("person");
    expect(exact(1, "cafe\u0301").unit).toBe("caf\u00e9");
    expect(exact(1, " surface-to-surface missile ").unit).toBe("surface-to-surface missile");
    expect(exact(1, " person ").unit).toBe(EstimateSchema.parse({ kind: "exact", value: 1, unit: " person " }).unit);
  });

  it("add up with the unit they name, never a unit-mismatch", () => {
    expect(sumEstimates([exact(1, " person "), exact(2, "person")])).toEqual({ kind: "exact", value: 3, unit: "person" });
  });

  it("are refused when nothing is left of them", () => {
    expectFogcountError(() => exact(1, "  "), "invalid-estimate", /exact: unit must be a non-empty string/);
  });
});
