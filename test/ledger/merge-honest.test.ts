// A merged ledger never says less than its sources agree on: a transfer in
// conflict is never silently missing from its totals, wording is not a
// conflict, and one transfer told by two sources is flagged, not counted
// twice unnoticed.
import { describe, expect, it } from "vitest";

import { approx, atLeast, exact } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
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


describe("mergeLedgers of one figure worded two ways", () => {
  const value = (estimate: Estimate): Partial<LedgerEntry> => ({ value: usd(estimate) });
  const cases: [string, Partial<LedgerEntry>, Partial<LedgerEntry>][] = [
    ["hedge words", value(approx(1e9, "USD", { hedge: "about" })), value(approx(1e9, "USD", { hedge: "around" }))],
    ["a schema default left out", value({ kind: "atLeast", value: 1, unit: "USD" } as Estimate), value(atLeast(1, "USD"))],
    ["the figure's text", value(approx(1e9, "USD", { text: "$1 billion" })), value(approx(1e9, "USD", { text: "$1bn" }))],
    ["the sentence", { text: "Iran sent drones worth $1 billion" }, { text: "drones worth $1bn went to Russia" }],
  ];
  for (const [what, x, y] of cases) {
    it(`is no conflict when they differ only in ${what}: wording alone is not drift`, () => {
      const m = mergeLedgers(of(drones(1e9, x)), of(drones(1e9, y)));
      expect(m.conflicts).toEqual([]);
      expect(m.ledger?.entries.map((e) => e.id)).toEqual(["ir-ru-drones"]);
      expect(m.duplicates.map((d) => d.code)).toEqual(["duplicate-id"]);
      expect(mergeLedgers(of(drones(1e9, y)), of(drones(1e9, x)))).toEqual(m);
    });
  }

  it("is still a conflict when what the figures allow differs", () => {
    expect(mergeLedgers(of(drones(1e9, value(atLeast(1, "USD")))), of(drones(1e9, value(atLeast(1, "USD", { strict: true }))))).ledger).toBeNull();
    expect(mergeLedgers(of(drones(1e9, value(approx(1e9, "USD")))), of(drones(1e9, value(exact(1e9, "USD"))))).ledger).toBeNull();
  });

  it("is stored with the schema's defaults filled in", () => {
    expect(of(drones(1e9, value({ kind: "atLeast", value: 1, unit: "USD" } as Estimate))).entries[0]?.value?.estimate).toEqual({ kind: "atLeast", value: 1, strict: false, unit: "USD" });
  });
});

describe("mergeLedgers of one transfer told by two sources with different figures", () => {
  it("flags it, each kept: same ends, category, stage and item (any case and spacing), overlapping periods", () => {
    const m = mergeLedgers(of(drones(1e9, { id: "reuters-drones", attribution: reuters, period: "2024" })), of(drones(1.2e9, { id: "bbc-drones", attribution: bbc, item: " Drones ", period: "2024-06" })));
    expect(m.ledger?.entries.map((e) => e.id)).toEqual(["bbc-drones", "reuters-drones"]);
    expect(m.possibleDuplicates.map((p) => p.ids)).toEqual([["bbc-drones", "reuters-drones"]]);
  });

  it("does not flag periods that do not overlap, another stage, or entries of one ledger", () => {
    expect(mergeLedgers(of(drones(1e9, { id: "a", period: "2023" })), of(drones(1e9, { id: "b", period: "2024" }))).possibleDuplicates).toEqual([]);
    expect(mergeLedgers(of(drones(1e9, { id: "a" })), of(drones(1e9, { id: "b", stage: "ordered" }))).possibleDuplicates).toEqual([]);
    expect(mergeLedgers(of(drones(1e9, { id: "a" }), drones(2e9, { id: "b" })), of()).possibleDuplicates).toEqual([]);
  });

  it("flags an open-ended period that reaches the other", () => {
    const m = mergeLedgers(of(drones(1e9, { id: "a", period: "../2025-04-30" })), of(drones(1e9, { id: "b", period: "2019", quantity: approx(100, "drone") })));
    expect(m.possibleDuplicates.map((p) => p.ids)).toEqual([["a", "b"]]);
  });

  it("flags a period with an unknown end that may reach the other, saying the overlap turns on a day not known", () => {
    const m = mergeLedgers(of(drones(1e9, { id: "a", period: "2024/" })), of(drones(1e9, { id: "b", period: "2025-06" })));
    expect(m.possibleDuplicates.map((p) => p.ids)).toEqual([["a", "b"]]);
    expect(m.possibleDuplicates[0]?.message).toMatch(/in periods that may overlap: whether they do turns on a day not known, the unknown end of "a" \(2024\/\)/);
    expect(m.possibleDuplicates[0]?.message).not.toMatch(/in overlapping periods/);
    // an unknown start, the same
    const s = mergeLedgers(of(drones(1e9, { id: "a", period: "/2025-06" })), of(drones(1e9, { id: "b", period: "2024" })));
    expect(s.possibleDuplicates[0]?.message).toMatch(/the unknown end of "a" \(\/2025-06\)/);
  });

  it("says the periods overlap where they do whatever the unknown end, and flags none that cannot", () => {
    // 2024/ begins in 2024: a period that covers its start overlaps it, whatever day it ends
    const m = mergeLedgers(of(drones(1e9, { id: "a", period: "2024/" })), of(drones(1e9, { id: "b", period: "2023/2025" })));
    expect(m.possibleDuplicates[0]?.message).toMatch(/in overlapping periods\)/);
    // a period over before 2024/ begins cannot overlap it
    expect(mergeLedgers(of(drones(1e9, { id: "a", period: "2024/" })), of(drones(1e9, { id: "b", period: "2020" }))).possibleDuplicates).toEqual([]);
    // an open end runs on: no doubt
    const open = mergeLedgers(of(drones(1e9, { id: "a", period: "2024/.." })), of(drones(1e9, { id: "b", period: "2025-06" })));
    expect(open.possibleDuplicates[0]?.message).toMatch(/in overlapping periods\)/);
  });

  it("says the doubt of a run joined only through an unknown end", () => {
    const m = mergeLedgers(of(drones(1e9, { id: "a", period: "2024/" })), of(drones(1e9, { id: "b", period: "2024-01" })), of(drones(1e9, { id: "c", period: "2026" })));
    expect(m.possibleDuplicates.map((p) => p.ids)).toEqual([["a", "b", "c"]]);
    expect(m.possibleDuplicates[0]?.message).toMatch(/may overlap/);
  });

  it("pairs each entry of many with the one other source's telling of it (how the time grows is measured by npm run bench)", () => {
    const many = (k: number, n: number): Ledger => of(...Array.from({ length: n }, (_, i) => drones(1e9 + i + k * 0.5, { id: `${k}-${i}`, item: `drones ${i}` })));
    const m = mergeLedgers(many(0, 500), many(1, 500));
    expect(m.possibleDuplicates).toHaveLength(500);
    expect(m.possibleDuplicates.every((p) => p.ids.length === 2 && p.ids[0]?.slice(2) === p.ids[1]?.slice(2))).toBe(true);
  });
});

describe("mergeLedgers of many identical entries", () => {
  it("keeps each entry once and lists every duplicate (how the time grows is measured by npm run bench)", () => {
    const n = 2000;
    const l = ledger({ parties: IR_RU, entries: Array.from({ length: n }, (_, i) => drones(1e9, { id: `d${i}` })) });
    const m = mergeLedgers(l, l);
    expect([m.ledger?.entries.length, m.duplicates.length, m.possibleDuplicates]).toEqual([n, n, []]);
  });
});
