// What the estimate room does with input it cannot trust: each case was once a
// silent wrong answer, a crash with no code, or a misleading message.
import { describe, expect, it } from "vitest";

import {
  add,
  applyHedge,
  approx,
  atLeast,
  compareEstimates,
  contains,
  divide,
  exact,
  formatEstimate,
  isApproximate,
  multiply,
  range,
  ratio,
  roundingStep,
  scale,
  subtract,
  sumEstimates,
  toInterval,
  atMost,
  fromInterval,
} from "../../src/index.js";
import type { Estimate, HedgePolicy, IntervalOptions } from "../../src/index.js";
import { parseEstimate } from "../../src/text/index.js";
import { thrown, thrownCode } from "../helpers.js";

const loose = (value: unknown) => value as Estimate;

describe("estimates that are not estimates", () => {
  it("refuses a number written as a string instead of concatenating it", () => {
    const e = thrown(() => sumEstimates([loose({ kind: "exact", value: "5", unit: "person" }), exact(1, "person")]));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toBe('sumEstimates: list[0] is not an estimate, got {"kind":"exact","value":"5","unit":"person"}');
  });

  it("refuses a best of null, as EstimateSchema does, rather than reading it as no best", () => {
    const nullBest = loose({ kind: "range", low: 10000, high: 12000, unit: "person", best: null });
    expect(thrown(() => sumEstimates([nullBest])).message).toBe('sumEstimates: list[0] is not an estimate, got {"kind":"range","low":10000,"high":12000,"unit":"person","best":null}');
    expect(thrownCode(() => toInterval(loose({ kind: "exact", value: 3, unit: "person", best: null })))).toBe("invalid-argument");
  });

  it("refuses an item without a unit or with a blank one anywhere in a sum, and a unit that is not text in any estimate", () => {
    const noUnit = loose({ kind: "exact", value: 2, unit: undefined });
    expect(thrown(() => sumEstimates([exact(1, "person"), noUnit])).message).toBe('sumEstimates: list[1] is not an estimate, got {"kind":"exact","value":2}');
    expect(thrownCode(() => sumEstimates([noUnit], { unit: "person" }))).toBe("invalid-argument");
    expect(thrownCode(() => sumEstimates([exact(1, "person"), loose({ kind: "exact", value: 2, unit: " " })]))).toBe("invalid-argument");
    expect(thrownCode(() => toInterval(loose({ kind: "atLeast", value: 0, strict: false, unit: undefined })))).toBe("invalid-argument");
  });

  it("refuses a reversed range in arithmetic and in writing", () => {
    const reversed = loose({ kind: "range", low: 5, high: 1, unit: "person" });
    expect(thrownCode(() => add(reversed, exact(1, "person")))).toBe("invalid-argument");
    expect(thrownCode(() => formatEstimate(reversed))).toBe("invalid-argument");
  });

  it("refuses an empty object, a value where a number belongs, and an approximate figure without a value", () => {
    expect(thrownCode(() => toInterval(loose({})))).toBe("invalid-argument");
    expect(thrownCode(() => contains(approx(600, "person"), "600" as unknown as number))).toBe("invalid-argument");
    expect(thrownCode(() => toInterval(loose({ kind: "approx", unit: "person" })))).toBe("invalid-argument");
  });

  it("refuses what would crash with a TypeError, each with a code", () => {
    const x = exact(1, "person");
    const cases: (() => unknown)[] = [
      () => add(4700 as unknown as Estimate, 600 as unknown as Estimate),
      () => sumEstimates(undefined as unknown as Estimate[]),
      () => toInterval(undefined as unknown as Estimate),
      () => compareEstimates(x, null as unknown as Estimate),
      () => formatEstimate("4700" as unknown as Estimate),
      () => isApproximate(null as unknown as Estimate),
      () => roundingStep("4700" as unknown as number),
      () => multiply(x, loose({ kind: "magnitude", order: "constructor", unit: "person" })),
    ];
    for (const fn of cases) expect(thrownCode(fn)).toBe("invalid-argument");
  });

  it("names a hole in a sparse list instead of skipping it", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey = [exact(1, "person"), , exact(2, "person")] as Estimate[];
    expect(thrown(() => sumEstimates(holey)).message).toBe("sumEstimates: list[1] is not an estimate, got undefined");
  });

  it("says what is wrong with a list of strings, not that it is empty", () => {
    const e = thrown(() => sumEstimates(["1000", "2000"] as unknown as Estimate[]));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toBe('sumEstimates: list[0] is not an estimate, got "1000"');
  });

  it("prints a BigInt, a null-prototype object and a cyclic object without throwing", () => {
    const nullProto = Object.assign(Object.create(null) as object, { kind: "exact", value: 10n, unit: "x" });
    expect(thrown(() => sumEstimates([nullProto as Estimate])).message).toBe(
      'sumEstimates: list[0] is not an estimate, got {"kind":"exact","value":10n,"unit":"x"}',
    );
    const cyclic: Record<string, unknown> = { kind: "exact", value: NaN, unit: "x" };
    cyclic["self"] = cyclic;
    expect(thrown(() => add(loose(cyclic), exact(1, "x"))).message).toBe("add: a is not an estimate, got an object that cannot be shown");
  });
});

describe("a best value always lies inside its interval", () => {
  it("keeps the share of deaths among casualties at most 1", () => {
    expect(ratio(range(500, 700, "person", { best: 650 }), range(600, 5000, "person", { best: 600 }))).toEqual({
      kind: "range",
      low: 0.1,
      high: 1,
      unit: "1",
      best: 1,
    });
  });

  it("refuses an input whose best lies outside it", () => {
    expect(thrownCode(() => add(loose({ kind: "range", low: 1, high: 2, best: 3, unit: "x" }), exact(1, "x")))).toBe("invalid-argument");
    expect(thrownCode(() => range(1, 2, "x", { best: 3 }))).toBe("invalid-estimate");
  });
});

describe("overflow", () => {
  it("is an error, not a point at Infinity or a bound", () => {
    expect(thrownCode(() => sumEstimates([atLeast(1e308, "x"), exact(Number.MAX_VALUE, "x")]))).toBe("overflow");
    expect(thrownCode(() => divide(exact(11, "x"), exact(5e-324, "x")))).toBe("overflow");
    expect(thrownCode(() => multiply(exact(1e200, "x"), exact(1e200, "x")))).toBe("overflow");
    expect(thrownCode(() => add(range(0, 1e308, "x"), range(0, 1e308, "x")))).toBe("overflow");
    expect(thrownCode(() => scale(range(1, 1e308, "x"), 10))).toBe("overflow");
    expect(thrownCode(() => applyHedge(approx(1e308, "x"), { relative: 1 }))).toBe("overflow");
    expect(thrown(() => divide(exact(11, "x"), exact(5e-324, "x"))).message).toBe("divide: 11 / 5e-324 is past the largest finite number");
  });

  it("names the function the user called, however deep the arithmetic that failed", () => {
    expect(thrown(() => sumEstimates([atLeast(1e308, "x"), exact(Number.MAX_VALUE, "x")])).message).toBe("sumEstimates: the sum's low end is past the largest finite number, in any order of the terms");
    expect(thrown(() => multiply(exact(1e200, "x"), exact(1e200, "x"))).message).toMatch(/^multiply: /);
    expect(thrown(() => add(range(0, 1e308, "x"), range(0, 1e308, "x"))).message).toMatch(/^add: /);
    expect(thrown(() => subtract(range(0, 1e308, "x"), range(-1e308, 0, "x"))).message).toMatch(/^subtract: /);
    expect(thrown(() => scale(range(1, 1e308, "x"), 10)).message).toMatch(/^scale: /);
    expect(thrown(() => applyHedge(approx(1e308, "x"), { relative: 1 })).message).toMatch(/^applyHedge: /);
    expect(thrown(() => subtract(exact(1, "x"), atLeast(1, "x"))).message).toBe("subtract: no lower bound (high 0): no estimate states that");
    expect(thrown(() => scale(atLeast(1, "x"), -1)).message).toMatch(/^scale: no lower bound/);
    expect(thrown(() => fromInterval({ low: -Infinity, high: 0, lowOpen: true, highOpen: false }, "x")).message).toMatch(/^fromInterval: no lower bound/);
  });

  it("leaves an honest Infinity alone: an open-ended figure stays open-ended", () => {
    expect(add(atLeast(1e308, "x"), exact(1, "x"))).toEqual({ kind: "atLeast", value: 1e308, strict: false, unit: "x" });
  });
});

describe("formatting a person can read back", () => {
  it.each([
    [exact(4.9e-21, "x"), "0.0000000000000000000049"],
    [exact(-0, "x"), "0"],
    [approx(0.31333333333333335, "1"), "about 0.313"],
    [exact(0.1 + 0.2, "x"), "0.3"],
    [exact(123_456_789.12, "x"), "123,456,789.12"],
    // past the digits a double carries: written to 15 digits and hedged, never with invented digits
    [exact(2 ** 60, "x"), "about 1,152,921,504,606,850,000"],
    [approx(12_345.678_901_234_567, "x"), "about 12,346"],
  ])("writes %j as %s", (estimate, text) => {
    expect(formatEstimate(estimate)).toBe(text);
  });

  it("reads back tiny numbers and zero", () => {
    for (const e of [exact(4.9e-21, "x"), exact(-0, "x"), exact(0.000_123, "x")]) {
      const read = parseEstimate(formatEstimate(e), { unit: "x" });
      expect(read.ok && read.value.kind === "exact" && read.value.value).toBe(e.value === 0 ? 0 : e.value);
    }
  });
});

describe("options outside their domain", () => {
  const e = approx(600, "person");
  it.each([
    ["toInterval hedge", () => toInterval(e, { hedge: "Rounding" as HedgePolicy })],
    ["applyHedge policy", () => applyHedge(e, "round" as HedgePolicy)],
    ["applyHedge without a policy", () => applyHedge(e, undefined as unknown as HedgePolicy)],
    ["formatEstimate style", () => formatEstimate(e, { style: "bogus" as "stated" })],
    ["a null relative hedge", () => toInterval(e, { hedge: { relative: null as unknown as number } })],
    ["a relative hedge as a string", () => toInterval(e, { hedge: { relative: "5" as unknown as number } })],
    ["zero digits", () => formatEstimate(range(1, 2, "x"), { digits: 0 })],
    ["fractional digits", () => formatEstimate(e, { digits: 2.5 })],
    ["a locale that is not a tag", () => formatEstimate(e, { locale: "not a locale!" })],
    ["unit words as a string", () => formatEstimate(e, { unit: "yes" as unknown as boolean })],
    ["null options", () => toInterval(e, null as unknown as IntervalOptions)],
    ["null options to sumEstimates", () => sumEstimates([e], null as unknown as { unit?: string })],
    ["a unit that is not text", () => sumEstimates([], { unit: 5 as unknown as string })],
    ["null extras", () => exact(1, "x", null as unknown as { text?: string })],
    ["a factor as a string", () => scale(e, "2" as unknown as number)],
  ])("%s is invalid-option", (_name, fn) => {
    expect(thrownCode(fn)).toBe("invalid-option");
  });
});

describe("a best never on an end its estimate excludes, and no extra silently ignored", () => {
  it("refuses a best on a strict bound's value, at a magnitude's open end, or on an interval's open end", () => {
    expect(thrownCode(() => atLeast(5, "person", { strict: true, best: 5 }))).toBe("invalid-estimate");
    expect(thrownCode(() => atMost(5, "person", { strict: true, best: 5 }))).toBe("invalid-estimate");
    expect(thrownCode(() => toInterval({ kind: "magnitude", order: "thousands", unit: "person", best: 10000 } as Estimate))).toBe("invalid-argument");
    expect(thrownCode(() => fromInterval({ low: 1, high: 2, lowOpen: true, highOpen: false, best: 1 }, "person"))).toBe("invalid-interval");
    expect(atLeast(5, "person", { best: 5 })).toEqual({ kind: "atLeast", value: 5, strict: false, unit: "person", best: 5 });
  });

  it("refuses an extra that is no extra of an estimate (a typo) with invalid-option", () => {
    expect(thrownCode(() => atLeast(1000, "person", { strcit: true } as never))).toBe("invalid-option");
    expect(thrownCode(() => range(1, 2, "person", { aprox: true } as never))).toBe("invalid-option");
  });
});

describe("ratio of figures below zero, and hedges written after the number", () => {
  it("refuses a part or a whole that can go below zero instead of giving 0", () => {
    expect(thrownCode(() => ratio(exact(-5, "person"), exact(10, "person")))).toBe("invalid-argument");
    expect(thrownCode(() => ratio(range(-10, -5, "person"), exact(10, "person")))).toBe("invalid-argument");
    expect(thrownCode(() => ratio(exact(1, "person"), range(-1, 5, "person")))).toBe("invalid-argument");
  });

  it("writes the hedges parseEstimate reads after a number after it, so they read back", () => {
    for (const text of ["4,700 (est.)", "3,000-ish", "600 (approx.)", "3,000-odd", "1,000 or so"]) {
      const read = parseEstimate(text);
      if (!read.ok) throw new Error(text);
      expect(formatEstimate(read.value)).toBe(text);
    }
  });
});

describe("options with a name a function does not take", () => {
  it("are invalid-option, never silently ignored", () => {
    expect(thrownCode(() => toInterval(exact(1, "person"), { Hedge: "rounding" } as never))).toBe("invalid-option");
    expect(thrownCode(() => formatEstimate(exact(1, "person"), { styel: "compact" } as never))).toBe("invalid-option");
    expect(thrownCode(() => sumEstimates([exact(1, "person")], { units: "person" } as never))).toBe("invalid-option");
    expect(thrownCode(() => parseEstimate("about 5", { units: "person" } as never))).toBe("invalid-option");
    expect(thrownCode(() => toInterval(exact(1, "person"), [] as never))).toBe("invalid-option");
  });
});

describe("compound units", () => {
  it("keep a compound divisor in parentheses, so the unit reads as what was computed", () => {
    expect(divide(exact(10, "USD/day"), exact(2, "person/day")).unit).toBe("USD/day/(person/day)");
    expect(divide(exact(10, "USD"), exact(2, "person*day")).unit).toBe("USD/(person*day)");
    expect(divide(exact(10, "USD/day"), exact(2, "person")).unit).toBe("USD/day/person");
    expect(divide(exact(10, "person/day"), exact(2, "person/day")).unit).toBe("1");
  });
});

describe("a field an estimate's kind does not have", () => {
  const typo = { kind: "approx", value: 3, unit: "person", aprox: true } as unknown as Estimate;

  it("is refused by sumEstimates by name, whichever way the sum reads the item", () => {
    const message = "sumEstimates: list[1].aprox is not a field of an estimate of this kind (kind, value, hedge, unit, text, best), got true";
    expect(thrown(() => sumEstimates([exact(1, "person"), typo])).message).toBe(message);
    expect(thrown(() => sumEstimates([exact(1, "person"), typo], { unit: "person" })).message).toBe(message);
    expect(thrownCode(() => sumEstimates([typo]))).toBe("invalid-argument");
    const range = { kind: "range", low: 1, high: 2, unit: "person", aprox: true } as unknown as Estimate;
    expect(thrown(() => sumEstimates([range])).message).toMatch(/^sumEstimates: list\[0\]\.aprox is not a field of an estimate of this kind \(did you mean approx\?\), got true$/);
    const strict = { kind: "exact", value: 1, unit: "person", strict: true } as unknown as Estimate;
    expect(thrown(() => sumEstimates([strict], { unit: "person" })).message).toMatch(/list\[0\]\.strict is not a field/);
  });

  it("is refused by every function that reads an estimate, as EstimateSchema and claim() refuse it", () => {
    expect(thrown(() => formatEstimate(typo)).message).toMatch(/^formatEstimate: estimate\.aprox is not a field/);
    expect(thrown(() => add(typo, exact(1, "person"))).message).toMatch(/^add: a\.aprox is not a field/);
    expect(thrown(() => ratio(exact(1, "person"), typo)).message).toMatch(/^ratio: whole\.aprox is not a field/);
    expect(thrownCode(() => toInterval(typo))).toBe("invalid-argument");
  });

  it("is named only when it is all that is wrong, and an inherited name is not the estimate's", () => {
    const broken = { kind: "exact", value: "5", unit: "person", aprox: true } as unknown as Estimate;
    expect(thrown(() => sumEstimates([broken])).message).toMatch(/^sumEstimates: list\[0\] is not an estimate/);
    const inherited = Object.assign(Object.create({ aprox: true }) as object, { kind: "exact", value: 5, unit: "person" }) as Estimate;
    expect(sumEstimates([inherited, exact(1, "person")])).toEqual(exact(6, "person"));
  });
});
