// What an entry may hold: only the fields the schemas name (a misspelt one is
// refused, with the field meant), money only in an ISO 4217 code, current or
// withdrawn, and no quantity or value for a transfer nobody saw.
import { describe, expect, it } from "vitest";

import { magnitude } from "../../src/estimate/constructors.js";
import { ledger, ledgerEntry, ledgerParty, ledgerValuation, summarizeLedger } from "../../src/ledger/index.js";
import { LedgerEntrySchema, LedgerPartySchema, LedgerSchema, LedgerValuationSchema, LedgerValueSchema } from "../../src/ledger/schema.js";
import { expectFogcountError, thrownCode } from "../helpers.js";
import { entry, exact, nis, PARTIES, shells, tiv, usd } from "./fixtures.js";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }): string[] => (result.error?.issues ?? []).map((i) => i.message);
const valuation = { id: "v", item: "all", value: usd(exact(1, "USD")), period: "2024", attribution: nis };

describe("money is in an ISO 4217 code, current or withdrawn", () => {
  it.each(["USD", "EUR", "KPW", "RUB", "XCG", "ZWG", "CHF", "XAU"])("takes the current %s", (code) => {
    expect(ledgerEntry(entry("a", { value: usd(exact(1, code)) })).value?.estimate.unit).toBe(code);
    expect(LedgerValueSchema.safeParse(usd(exact(1, code))).success).toBe(true);
  });

  it.each([
    ["BGN", "withdrawn on 1 January 2026, when Bulgaria adopted the euro"],
    ["ANG", "replaced by XCG in 2025"],
    ["HRK", "Croatia, 2023"],
    ["DEM", "the euro's predecessors"],
    ["FRF", "the euro's predecessors"],
    ["ITL", "the euro's predecessors"],
    ["ESP", "the euro's predecessors"],
    ["NLG", "the euro's predecessors"],
    ["BEF", "the euro's predecessors"],
    ["ATS", "the euro's predecessors"],
    ["PTE", "the euro's predecessors"],
    ["FIM", "the euro's predecessors"],
    ["IEP", "the euro's predecessors"],
    ["GRD", "the euro's predecessors"],
    ["LUF", "the euro's predecessors"],
    ["SIT", "the euro, later"],
    ["CYP", "the euro, later"],
    ["MTL", "the euro, later"],
    ["SKK", "the euro, later"],
    ["EEK", "the euro, later"],
    ["LVL", "the euro, later"],
    ["LTL", "the euro, later"],
    ["VEF", "a redenomination"],
    ["ZWL", "a redenomination"],
    ["MRO", "a redenomination"],
    ["STD", "a redenomination"],
    ["SLL", "a redenomination"],
    ["BYR", "a redenomination"],
    ["ZMK", "a redenomination"],
    ["CUC", "Cuba's convertible peso"],
    ["SUR", "the Soviet rouble"],
    ["YUM", "the Yugoslav dinar"],
  ])("takes the withdrawn %s (%s), as past reporting has it", (code) => {
    expect(ledgerEntry(entry("a", { value: usd(exact(1, code)) })).value?.estimate.unit).toBe(code);
    expect(LedgerValueSchema.safeParse(usd(exact(1, code))).success).toBe(true);
  });

  it("sums a withdrawn currency on its own, never with the one that replaced it", () => {
    const l = ledger({ parties: PARTIES, entries: [entry("a", { value: usd(exact(2, "BGN")) }), entry("b", { value: usd(exact(3, "EUR")) }), entry("c", { value: usd(exact(5, "BGN")) })] });
    const money = summarizeLedger(l).groups.flatMap((g) => g.money.map((s) => [s.unit, s.entries]));
    expect(money).toEqual([
      ["BGN", 2],
      ["EUR", 1],
    ]);
  });

  it("refuses a withdrawn code as the unit of an index: it is money", () => {
    expectFogcountError(() => ledgerEntry(entry("a", { value: { estimate: exact(1, "DEM"), basis: "index" } })), "invalid-ledger", /entry\.value\.estimate\.unit must not be a currency code/);
  });

  it.each([
    ["three capitals that are no code", "ABC"],
    ["a made-up code", "QQQ"],
    ["a code in lower case", "bgn"],
    ["the code for no currency at all", "XXX"],
    ["the code reserved for testing", "XTS"],
  ])("refuses %s", (_name, code) => {
    expectFogcountError(() => ledgerEntry(entry("a", { value: usd(exact(1, code)) })), "invalid-ledger", /entry\.value\.estimate\.unit must be an ISO 4217 currency code, current \(list one of 2026-01-01\) or withdrawn \(list three\)/);
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

describe("an entry, a valuation, a value, a party and a ledger hold only their fields", () => {
  it.each<[string, () => unknown, RegExp]>([
    ["a misspelt quantity", () => ledgerEntry({ ...shells("a", 1), quantty: exact(5, "shell") } as never), /entry\.quantty is not a field of a ledger entry \(did you mean quantity\?\)/],
    ["a valuation for a value", () => ledgerEntry({ ...entry("a"), valuation: usd(exact(5, "USD")) } as never), /entry\.valuation is not a field of a ledger entry \(did you mean value\?\)/],
    ["a currency beside the estimate", () => ledgerEntry(entry("a", { value: { ...usd(exact(5, "USD")), currency: "USD" } as never })), /entry\.value\.currency is not a field of a value \(the currency is estimate\.unit\)/],
    ["a field of nothing near", () => ledgerEntry({ ...entry("a"), colour: "red" } as never), /entry\.colour is not a field of a ledger entry \(id, from, to, category, item/],
    ["a misspelt period on a valuation", () => ledgerValuation({ ...valuation, peroid: "2024" } as never), /valuation\.peroid is not a field of a valuation \(did you mean period\?\)/],
    ["a misspelt party name", () => ledger({ parties: [PARTIES[0], { code: "RU", nmae: "Russia", name: "Russia" }], entries: [] } as never), /init\.parties\[1\]\.nmae is not a field of a party \(did you mean name\?\)/],
    ["a misspelt list of a ledger", () => ledger({ parties: PARTIES, entries: [], valuation: [valuation] } as never), /init\.valuation is not a field of a ledger \(did you mean valuations\?\)/],
    ["an entry in a ledger", () => ledger({ parties: PARTIES, entries: [{ ...shells("a", 1), evidnce: "reported" }] } as never), /init\.entries\[0\]\.evidnce is not a field of a ledger entry \(did you mean evidence\?\)/],
  ])("refuses %s, naming the field meant", (_name, fn, message) => {
    expectFogcountError(fn, "invalid-ledger", message);
  });

  it("refuses the same in the schemas, with the same hint", () => {
    expect(issues(LedgerEntrySchema.safeParse({ ...shells("a", 1), quantty: exact(5, "shell") }))).toEqual(["quantty is not a field of a ledger entry (did you mean quantity?)"]);
    expect(issues(LedgerValueSchema.safeParse({ ...usd(exact(5, "USD")), currency: "USD" }))).toEqual(["currency is not a field of a value (the currency is estimate.unit)"]);
    expect(LedgerValuationSchema.safeParse({ ...valuation, peroid: "2024" }).success).toBe(false);
    expect(LedgerPartySchema.safeParse({ code: "KP", name: "North Korea", nmae: "x" }).success).toBe(false);
    expect(LedgerSchema.safeParse({ kind: "ledger", parties: PARTIES, entries: [], valuation: [] }).success).toBe(false);
  });

  it("still takes every field the schema names", () => {
    const full = { ...shells("a", 1, 5), claims: ["c1"], text: "as written" };
    expect(ledgerEntry(full)).toEqual(full);
    expect(LedgerEntrySchema.parse(full)).toEqual(full);
    expect(ledgerValuation({ ...valuation, from: "KP", to: "RU", value: tiv(3) }).value.basis).toBe("index");
    expect(ledgerParty("KP", "North Korea")).toEqual(PARTIES[0]);
  });
});

describe("a transfer nobody saw has no quantity and no value", () => {
  it.each<[string, object, RegExp]>([
    ["a value", { value: usd(exact(5e6, "USD")) }, /entry\.value must be left out of an entry with evidence none-observed/],
    ["a quantity", { quantity: exact(1, "payment") }, /entry\.quantity must be left out of an entry with evidence none-observed/],
    ["a quantity of zero", { quantity: exact(0, "payment") }, /entry\.quantity must be left out/],
  ])("refuses %s", (_name, more, message) => {
    const e = entry("cash", { category: "cash", item: "cash payments", evidence: "none-observed", ...more });
    expectFogcountError(() => ledgerEntry(e), "invalid-ledger", message);
    expect(thrownCode(() => ledger({ parties: PARTIES, entries: [e] }))).toBe("invalid-ledger");
    expect(issues(LedgerEntrySchema.safeParse(e))[0]).toMatch(/must be left out of an entry with evidence none-observed: the source saw no sign of the transfer/);
  });

  it("takes one without either", () => {
    expect(ledgerEntry(entry("cash", { category: "cash", evidence: "none-observed" })).evidence).toBe("none-observed");
  });
});
