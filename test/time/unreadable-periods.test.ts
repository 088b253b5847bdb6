// A period whose getter throws, or a revoked proxy, is named as the part that cannot be read.
import { describe, expect, it } from "vitest";

import { periodBounds } from "../../src/time/bounds.js";
import { comparePeriods, isWithin } from "../../src/time/compare.js";
import { describePeriod } from "../../src/time/describe.js";
import { formatPeriod, period } from "../../src/time/edtf.js";

const throwing = { kind: "date", precision: "year", get year(): number { throw new Error("boom"); } } as never;

describe("a period that cannot be read", () => {
  it("names the field and what reading it threw", () => {
    expect(() => periodBounds(throwing)).toThrow('periodBounds: period.year cannot be read (a getter or proxy threw), got "Error: boom"');
    expect(() => describePeriod(throwing)).toThrow("describePeriod: period.year cannot be read");
    expect(() => isWithin(period("2024"), throwing)).toThrow("isWithin: outer.year cannot be read");
    expect(() => comparePeriods(throwing, period("2024"))).toThrow("comparePeriods: a.year cannot be read");
    const end = { kind: "interval", start: { kind: "open" }, get end(): unknown { throw new Error("boom2"); } } as never;
    expect(() => periodBounds(end)).toThrow('periodBounds: period.end cannot be read (a getter or proxy threw), got "Error: boom2"');
  });

  it("names a revoked proxy", () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(() => formatPeriod(r.proxy as never)).toThrow(/^formatPeriod: period cannot be read \(a getter or proxy threw\)/);
  });
});
