// What an entry may hold: only the fields the schemas name (a misspelt one is
// refused, with the field meant), money only in an active ISO 4217 code, and
// no quantity or value for a transfer nobody saw.
import { describe, expect, it } from "vitest";

import { magnitude } from "../../src/estimate/constructors.js";
import { ledger, ledgerEntry, summarizeLedger } from "../../src/ledger/index.js";
import { LedgerValueSchema } from "../../src/ledger/schema.js";
import { expectFogcountError } from "../helpers.js";
import { entry, exact, PARTIES, usd } from "./fixtures.js";

describe("money is in an active ISO 4217 code", () => {
  it.each(["USD", "EUR", "KPW", "RUB", "XCG", "ZWG", "CHF", "XAU"])("takes %s", (code) => {
    expect(ledgerEntry(entry("a", { value: usd(exact(1, code)) })).value?.estimate.unit).toBe(code);
    expect(LedgerValueSchema.safeParse(usd(exact(1, code))).success).toBe(true);
  });

  it.each([
    ["three capitals that are no code", "ABC"],
    ["a withdrawn code (Bulgaria adopted the euro on 1 January 2026)", "BGN"],
    ["a withdrawn code (the Netherlands Antillean guilder)", "ANG"],
    ["the code for no currency at all", "XXX"],
    ["the code reserved for testing", "XTS"],
  ])("refuses %s", (_name, code) => {
    expectFogcountError(() => ledgerEntry(entry("a", { value: usd(exact(1, code)) })), "invalid-ledger", /entry\.value\.estimate\.unit must be an active ISO 4217 currency code/);
    expect(LedgerValueSchema.safeParse(usd(exact(1, code))).success).toBe(false);
  });

  it("says how to write a currency the source does not name", () => {
    expectFogcountError(() => ledgerEntry(entry("a", { value: usd(exact(1, "XXX")) })), "invalid-ledger", /or "unknown" where the source names none, got "XXX"/);
    expect(ledgerEntry(entry("a", { value: usd(magnitude("billions", "unknown")) })).value?.estimate.unit).toBe("unknown");
  });

  it("takes an index in a unit of three capitals that is no currency, and never calls it money", () => {
    const l = ledger({ parties: PARTIES, entries: [entry("a", { value: { estimate: exact(5, "TIV"), basis: "index" } }), entry("b", { from: "RU", to: "KP", value: { estimate: exact(2, "TIV"), basis: "index" } })] });
    expect(summarizeLedger(l).groups.map((g) => g.indices.map((s) => s.unit))).toEqual([["TIV"], ["TIV"]]);
  });
});
