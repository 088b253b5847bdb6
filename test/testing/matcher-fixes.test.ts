// toContainValue with a tolerance and in the library's wording; toHaveFinding
// by path prefix; toPassDatasetCheck names itself for a value it cannot read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { approx, atLeast, contains, exact, range, sumEstimates } from "../../src/index.js";
import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { arbEstimate, fogcountMatchers as m } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

describe("toContainValue", () => {
  it("writes the estimate as formatEstimate does, with its unit in the plural", () => {
    expect(m.toContainValue(range(10, 20, "person"), 25).message()).toBe("expected 10–20 people to contain 25");
    expect(m.toContainValue(range(10, 20, "person"), 15).message()).toBe("expected 10–20 people not to contain 15");
    expect(m.toAllow(approx(4700, "person"), 1).message()).toBe("expected about 4,700 people to allow 1");
  });

  it("allows a number within a tolerance, as an amount or a fraction of the value", () => {
    const sum = sumEstimates([approx(11385.01, "person"), approx(81251.09, "person")]);
    const x = 11385.01 + 81251.09;
    expect(contains(sum, x)).toBe(false); // 92636.1 and 92636.09999999999
    expect(m.toContainValue(sum, x).pass).toBe(false);
    expect(m.toContainValue(sum, x, { tolerance: 1e-9 }).pass).toBe(true);
    expect(m.toContainValue(sum, x, { tolerance: 1e-12, relative: true }).pass).toBe(true);
    expect(m.toContainValue(exact(10, "person"), 10.5, { tolerance: 0.4 }).pass).toBe(false);
    expect(m.toContainValue(exact(10, "person"), 10.5, { tolerance: 0.5 }).message()).toBe("expected 10 people not to contain 10.5 within 0.5");
    expect(m.toContainValue(atLeast(5, "person", { strict: true }), 4, { tolerance: 0.5, relative: true }).message()).toBe("expected more than 5 people not to contain 4 within 0.5 of the value");
    expect(m.toContainValue(exact(-3, "person"), -3.1, { tolerance: 0.2 }).pass).toBe(true);
  });

  it.each([{ tolerance: -1 }, { tolerance: Number.NaN }, { relative: "yes" }, { within: 1 }])("refuses options %j", (options) => {
    expect(thrown(() => m.toContainValue(exact(1, "person"), 1, options as never)).code).toBe("invalid-option");
  });

  it("holds the documented property: the sum of exact and approximate figures contains their total, within a billionth", () => {
    fc.assert(
      fc.property(fc.array(arbEstimate({ units: ["person"], kinds: ["exact", "approx"], integers: false }), { minLength: 1 }), (list) => {
        const total = sumEstimates(list, { unit: "person" });
        const sum = list.reduce((s, e) => s + ("value" in e ? e.value : 0), 0);
        return m.toContainValue(total, sum, { tolerance: 1e-9, relative: true }).pass;
      }),
      { numRuns: 2000, seed: 1 },
    );
  });
});

describe("toHaveFinding with a path", () => {
  it("matches a finding at the path or below it", () => {
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: ["claims", 7] }).pass).toBe(true);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: ["claims", 7, "validTime"] }).pass).toBe(true);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: [] }).pass).toBe(true);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: ["claims", 7, "validTime", "start"] }).pass).toBe(false);
    expect(m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: ["claims", 6] }).message()).toMatch(/^expected a finding increment-before-wave at or below "claims\.6", but checkDataset found 1:/);
  });

  it("refuses an index written as text, which would match nothing", () => {
    expect(() => m.toHaveFinding(nisBriefing2025Dataset, "increment-before-wave", { path: ["claims", "7"] })).toThrow(
      /toHaveFinding: options\.path\[1\] is an index written as text: a finding's path holds it as a number \(7\), got "7"/,
    );
  });
});

describe("a dataset that cannot be read", () => {
  it.each(["toPassDatasetCheck", "toHaveFinding"] as const)("%s names itself", (name) => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const e = thrown(() => (name === "toPassDatasetCheck" ? m.toPassDatasetCheck(proxy) : m.toHaveFinding(proxy, "unit-mismatch")));
    expect(e.code).toBe("invalid-argument");
    expect(e.message).toMatch(new RegExp(`^${name}: received cannot be read \\(a getter or proxy threw\\)`));
  });
});
