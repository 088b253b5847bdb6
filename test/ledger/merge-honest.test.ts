// A merged ledger never says less than its sources agree on: a transfer in
// conflict is never silently missing from its totals, wording is not a
// conflict, and one transfer told by two sources is flagged, not counted
// twice unnoticed.
import { describe, expect, it } from "vitest";

import { approx } from "../../src/estimate/constructors.js";
import { balance, ledger, mergeLedgers } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry } from "../../src/ledger/index.js";
import { entry, usd } from "./fixtures.js";

const IR_RU = [
  { code: "IR", name: "Iran" },
  { code: "RU", name: "Russia" },
] as const;
const reuters = { originator: { id: "reuters", kind: "outlet", name: "Reuters" } } as const;
const bbc = { originator: { id: "bbc", kind: "outlet", name: "BBC" } } as const;
const drones = (value: number, more: Partial<LedgerEntry> = {}): LedgerEntry =>
  entry("ir-ru-drones", { from: "IR", to: "RU", category: "weapon-systems", item: "drones", value: usd(approx(value, "USD")), ...more });
const of = (...entries: LedgerEntry[]): Ledger => ledger({ parties: IR_RU, entries });

describe("mergeLedgers with an entry in conflict", () => {
  it("gives no ledger, so that no balance can say a transfer the sources agree on was never made", () => {
    const m = mergeLedgers(of(drones(1e9, { attribution: reuters })), of(drones(1.2e9, { attribution: bbc })));
    expect(m.ledger).toBeNull();
    expect(m.conflicts.map((c) => [c.code, c.versions.length])).toEqual([["conflicting-entry", 2]]);
    expect(m.conflicts[0]?.message).toMatch(/settle it/);
  });

  it("gives the ledger again once the conflict is settled by choosing a version", () => {
    const [chosen] = mergeLedgers(of(drones(1e9)), of(drones(1.2e9))).conflicts[0]?.versions as LedgerEntry[];
    const m = mergeLedgers(of(chosen as LedgerEntry), of(chosen as LedgerEntry));
    expect(m.ledger).not.toBeNull();
    expect(balance(m.ledger as Ledger).directions[0].lines[0]?.money[0]?.total).toMatchObject({ value: 1e9, unit: "USD" });
  });

  it("keeps the ledger for a party named two ways: no figure depends on a name", () => {
    const m = mergeLedgers(of(drones(1e9)), ledger({ parties: [{ code: "IR", name: "Islamic Republic of Iran" }, IR_RU[1]], entries: [drones(1e9)] }));
    expect(m.conflicts.map((c) => c.code)).toEqual(["party-name-conflict"]);
    expect(m.ledger?.entries.map((e) => e.id)).toEqual(["ir-ru-drones"]);
  });
});

