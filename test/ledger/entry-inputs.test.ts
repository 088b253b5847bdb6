// Estimates inside a ledger are checked as closely as the entries that hold
// them: a misspelt flag is refused by name, inherited properties are never
// data, and a refusal says why.
import { afterEach, describe, expect, it } from "vitest";

import { exact } from "../../src/estimate/constructors.js";
import { balance, ledger, ledgerEntry, ledgerValuation } from "../../src/ledger/index.js";
import type { LedgerEntry } from "../../src/ledger/index.js";
import { expectFogcountError } from "../helpers.js";
import { entry, nis, PARTIES, usd } from "./fixtures.js";

const withQuantity = (quantity: unknown): LedgerEntry => entry("x", { quantity: quantity as LedgerEntry["quantity"] });

describe("a field an estimate of a ledger does not have", () => {
  it("is refused with the field meant, never dropped", () => {
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "range", low: 1, high: 5, unit: "shell", aprox: true })), "invalid-ledger", /entry\.quantity\.aprox is not a field of a range estimate \(did you mean approx\?\)/);
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "atLeast", value: 1, unit: "shell", stict: true })), "invalid-ledger", /entry\.quantity\.stict is not a field of an atLeast estimate \(did you mean strict\?\)/);
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "exact", value: 1, unit: "shell", foo: 1 })), "invalid-ledger", /entry\.quantity\.foo is not a field of an exact estimate/);
    expectFogcountError(() => ledgerEntry(entry("x", { value: { estimate: { kind: "exact", value: 1, unit: "USD", hedge: "about" } as never, basis: "stated" } })), "invalid-ledger", /entry\.value\.estimate\.hedge is not a field of an exact estimate/);
    const valuation = { id: "v", item: "all", value: { estimate: { kind: "magnitude", order: "billions", unit: "USD", approx: true } as never, basis: "stated" as const }, period: "2024", attribution: nis };
    expectFogcountError(() => ledgerValuation(valuation), "invalid-ledger", /valuation\.value\.estimate\.approx is not a field of a magnitude estimate/);
  });
});

describe("an inherited property", () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete proto["quantity"];
    delete proto["hedge"];
  });

  it("is never read as a field of an entry", () => {
    proto["quantity"] = exact(7, "x");
    const { quantity: _q, ...plain } = entry("x");
    const l = ledger({ parties: PARTIES, entries: [plain as LedgerEntry] });
    expect(Object.hasOwn(l.entries[0] as object, "quantity")).toBe(false);
  });

  it("is never read as an option", () => {
    const l = ledger({ parties: PARTIES, entries: [entry("x", { value: usd({ kind: "approx", value: 1e9, unit: "USD" }) })] });
    const before = balance(l);
    proto["hedge"] = "rounding";
    expect(balance(l)).toEqual(before);
  });
});
describe("a refusal of a ledger's figure", () => {
  it("says to give both ends of a valuation, or neither", () => {
    const valuation = { id: "v", item: "all", from: "KP", value: usd(exact(1, "USD")), period: "2024", attribution: nis } as never;
    expectFogcountError(() => ledgerValuation(valuation), "invalid-ledger", /give both from and to, or neither/);
  });

  it("says why a quantity is not an estimate", () => {
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "range", low: 5, high: 1, unit: "shell" })), "invalid-ledger", /entry\.quantity is not an estimate: low must not exceed high/);
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "exact", value: Number.NaN, unit: "shell" })), "invalid-ledger", /entry\.quantity is not an estimate: value must be a finite number/);
    expectFogcountError(() => ledgerEntry(withQuantity({ kind: "atLeast", value: Infinity, unit: "shell" })), "invalid-ledger", /entry\.quantity is not an estimate: value must be a finite number/);
  });
});
