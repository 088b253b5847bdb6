// The zod schemas of the ledger room agree with the checks its functions make without zod.
import { describe, expect, it } from "vitest";

import { magnitude } from "../../src/estimate/constructors.js";
import { ledger, ledgerEntry, mergeLedgers } from "../../src/ledger/index.js";
import { LedgerEntrySchema, LedgerSchema, LedgerValuationSchema, LedgerValueSchema } from "../../src/ledger/schema.js";
import { thrownCode } from "../helpers.js";
import { entry, exact, nis, PARTIES, range, shells, tiv, usd } from "./fixtures.js";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }): string[] => (result.error?.issues ?? []).map((i) => i.message);

describe("the ledger schemas", () => {
  it.each<[string, unknown]>([
    ["money in dollars", usd(exact(1, "dollars"))],
    ["an index in a currency", { estimate: exact(1, "USD"), basis: "index" }],
    ["an index in no currency", { estimate: exact(1, "unknown"), basis: "index" }],
    ["a value below zero", usd(range(-1, 1, "USD"))],
  ])("refuse a value with %s, as the checks do", (_name, value) => {
    expect(LedgerValueSchema.safeParse(value).success).toBe(false);
    expect(thrownCode(() => ledgerEntry(entry("a", { value: value as never })))).toBe("invalid-ledger");
  });

  it("take money, unnamed currencies, indices and values from zero", () => {
    for (const value of [usd(exact(0, "USD")), usd(magnitude("billions", "unknown")), tiv(3), { estimate: exact(2, "EUR"), basis: "price-list" }]) {
      expect(LedgerValueSchema.safeParse(value).success).toBe(true);
    }
  });

  it("refuse an entry going nowhere, and a quantity below zero", () => {
    expect(issues(LedgerEntrySchema.safeParse(entry("a", { to: "KP" })))).toEqual(['must be the other party than from ("KP"): an entry goes from one party to the other']);
    expect(issues(LedgerEntrySchema.safeParse(entry("a", { quantity: exact(-1, "shell") })))).toEqual(["a quantity or value of a transfer is never below zero"]);
  });

  it("refuse a valuation with one end", () => {
    const valuation = { id: "v", item: "all", value: usd(exact(1, "USD")), period: "2024", attribution: nis };
    expect(LedgerValuationSchema.safeParse(valuation).success).toBe(true);
    expect(LedgerValuationSchema.safeParse({ ...valuation, from: "KP" }).success).toBe(false);
    expect(LedgerValuationSchema.safeParse({ ...valuation, from: "KP", to: "KP" }).success).toBe(false);
  });

  it("refuse a ledger with one party twice, an id used twice, or an entry of another party", () => {
    const base = { kind: "ledger", parties: PARTIES, entries: [shells("a", 1)] };
    expect(LedgerSchema.safeParse(base).success).toBe(true);
    expect(issues(LedgerSchema.safeParse({ ...base, parties: [PARTIES[0], PARTIES[0]] }))).toContain("the two parties must differ");
    expect(issues(LedgerSchema.safeParse({ ...base, entries: [shells("a", 1), shells("a", 2)] }))).toEqual(['the id "a" is used twice']);
    expect(issues(LedgerSchema.safeParse({ ...base, entries: [entry("a", { to: "UA" })] }))).toEqual(["UA is not a party of the ledger"]);
  });
});

describe("copies", () => {
  it("refuse a field no schema names in a source, rather than drop it", () => {
    const lee = { id: "kr-lee", kind: "lawmaker", name: "Lee Seong Kweun", country: "KR", nickname: "x" };
    const attribution = { originator: nis.originator, relay: [{ kind: "intermediary", source: lee }] };
    expect(() => ledgerEntry(entry("a", { attribution: attribution as never }))).toThrow(/nickname is not a field of a source/);
  });

  it("keep a relay chain with its intermediaries", () => {
    const lee = { id: "kr-lee", kind: "lawmaker", name: "Lee Seong Kweun", country: "KR" };
    const attribution = { originator: nis.originator, relay: [{ kind: "channel", channel: "briefing", closed: true }, { kind: "intermediary", source: lee, date: "2025-04-30" }] };
    const copied = ledgerEntry(entry("a", { attribution: attribution as never })).attribution;
    expect(copied.relay).toEqual([
      { kind: "channel", channel: "briefing", closed: true },
      { kind: "intermediary", source: { id: "kr-lee", kind: "lawmaker", name: "Lee Seong Kweun", country: "KR" }, date: "2025-04-30" },
    ]);
    expect(Object.isFrozen(copied.relay?.[1])).toBe(true);
  });
});

describe("mergeLedgers with repeated content", () => {
  it("pairs each duplicate of b with one entry of a, in order", () => {
    const a = ledger({ parties: PARTIES, entries: [shells("a1", 1), shells("a2", 1)] });
    const b = ledger({ parties: PARTIES, entries: [shells("b1", 1), shells("b2", 1), shells("b3", 1)] });
    const m = mergeLedgers(a, b);
    expect(m.duplicates.map((d) => [d.kept, d.dropped])).toEqual([
      ["a1", "b1"],
      ["a2", "b2"],
    ]);
    expect(m.ledger?.entries.map((e) => e.id)).toEqual(["a1", "a2", "b3"]);
  });
});
