// Ledgers, their entries and what the functions of the room make of them.
import { describe, expect, it } from "vitest";

import { magnitude } from "../../src/estimate/constructors.js";
import { balance, EMPTY_LEDGER_SUMMARY, flows, LEDGER_EVIDENCE, ledger, ledgerEntry, ledgerParty, ledgerValuation, mergeLedgers, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import { LedgerEntrySchema, LedgerSchema, LedgerValuationSchema } from "../../src/ledger/schema.js";
import type { Ledger } from "../../src/ledger/schema.js";
import { deepFreeze } from "../helpers.js";
import { approx, atLeast, entry, exact, nis, PARTIES, range, shells, tiv, usd } from "./fixtures.js";

describe("ledger() and the constructors", () => {
  it("copies and freezes what it is given (a field the schema does not name is refused: see fields.test.ts)", () => {
    const given = deepFreeze(entry("a", { quantity: exact(5, "shell") }));
    const l = ledger({ parties: PARTIES, entries: [given] });
    expect(l.entries[0]).toEqual(entry("a", { quantity: exact(5, "shell") }));
    expect(l.entries[0]).not.toBe(given);
    expect(Object.isFrozen(l.entries[0]?.quantity)).toBe(true);
    expect(LedgerSchema.parse(l)).toEqual(l);
  });

  it("does not change what it copies", () => {
    const given = { parties: PARTIES, entries: [entry("a")] };
    const before = JSON.stringify(given);
    ledger(given);
    expect(JSON.stringify(given)).toBe(before);
  });

  it("checks one entry, one valuation, one party", () => {
    expect(ledgerParty(" RU ".trim(), " Russia ")).toEqual({ code: "RU", name: "Russia" });
    const e = ledgerEntry(entry("a", { value: usd(range(1e6, 2e6, "USD")) }));
    expect(LedgerEntrySchema.parse(e)).toEqual(e);
    const v = ledgerValuation({ id: "v", item: "all of it", value: usd(magnitude("billions", "USD")), period: "2024", attribution: nis });
    expect(LedgerValuationSchema.parse(v)).toEqual(v);
  });

  it("takes namespaced categories, like measures", () => {
    expect(ledgerEntry(entry("a", { category: "sipri:satellite" })).category).toBe("sipri:satellite");
  });

  it("takes money of an unnamed currency as 'unknown', and an index in a unit of its own", () => {
    expect(ledgerEntry(entry("a", { value: usd(magnitude("billions", "unknown")) })).value?.estimate.unit).toBe("unknown");
    expect(ledgerEntry(entry("a", { value: tiv(5) })).value?.basis).toBe("index");
  });
});

describe("flows", () => {
  const l = ledger({
    parties: PARTIES,
    entries: [shells("a", 10), entry("b", { from: "RU", to: "KP", category: "technology", item: "drones" }), entry("c", { stage: "ordered" }), entry("d", { evidence: "none-observed", category: "cash" })],
  });

  it("keeps every transfer without options, in ledger order: not what nobody saw", () => {
    expect(flows(l).map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(flows(l, { category: "cash" })).toEqual([]);
  });

  it("gives none-observed entries only when asked for", () => {
    expect(flows(l, { evidence: "none-observed" }).map((e) => e.id)).toEqual(["d"]);
    expect(flows(l, { evidence: ["reported", "none-observed"] }).map((e) => e.id)).toEqual(["a", "b", "c", "d"]);
    expect(flows(l, { evidence: [...LEDGER_EVIDENCE] }).map((e) => e.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps one direction, and any of a list of categories, stages and evidence levels", () => {
    expect(flows(l, { from: "RU" }).map((e) => e.id)).toEqual(["b"]);
    expect(flows(l, { to: "RU", stage: ["ordered", "in-use"] }).map((e) => e.id)).toEqual(["c"]);
    expect(flows(l, { category: ["technology", "cash"] }).map((e) => e.id)).toEqual(["b"]);
  });
});

describe("balance", () => {
  it("totals quantities per unit and money per currency, exactly", () => {
    const l = ledger({ parties: PARTIES, entries: [shells("a", 0.1, 0.1), shells("b", 0.2, 0.2), entry("c", { quantity: approx(0.3, "shell"), value: usd(exact(0.3, "USD")) })] });
    const [line] = balance(l).directions[0].lines;
    expect(line?.quantities).toEqual([{ unit: "shell", entries: 3, total: { kind: "approx", value: 0.6, unit: "shell" } }]);
    expect(line?.money).toEqual([{ unit: "USD", entries: 3, total: { kind: "exact", value: 0.6, unit: "USD" } }]);
  });

  it("never adds an index to money, nor one currency to another, nor an unnamed currency to any", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [shells("a", 1, 100), entry("b", { value: usd(exact(50, "EUR")) }), entry("c", { value: tiv(7) }), entry("d", { value: usd(magnitude("millions", "unknown")) }), entry("e")],
    });
    const [line] = balance(l).directions[0].lines;
    expect(line?.money.map((t) => [t.unit, t.total])).toEqual([
      ["EUR", { kind: "exact", value: 50, unit: "EUR" }],
      ["USD", { kind: "exact", value: 100, unit: "USD" }],
    ]);
    expect(line?.indices).toEqual([{ unit: "SIPRI-TIV-million", entries: 1, total: { kind: "exact", value: 7, unit: "SIPRI-TIV-million" } }]);
    expect(line?.unknown).toEqual({ quantity: 4, value: 1, currency: 1 });
  });

  it("keeps stages apart: a delivery is part of an order, not more of it", () => {
    const l = ledger({ parties: PARTIES, entries: [shells("ordered", 100), { ...shells("delivered", 60) }].map((e, i) => (i === 0 ? { ...e, stage: "ordered" as const } : e)) });
    expect(balance(l).directions[0].lines.map((line) => [line.stage, line.quantities[0]?.total])).toEqual([
      ["delivered", { kind: "exact", value: 60, unit: "shell" }],
      ["ordered", { kind: "exact", value: 100, unit: "shell" }],
    ]);
  });

  it("carries bounds: 'at least' stays open-ended, and a best only where every figure has one", () => {
    const l = ledger({ parties: PARTIES, entries: [entry("a", { quantity: atLeast(1000, "shell", { strict: true }) }), entry("b", { quantity: range(10, 20, "shell", { best: 15 }) })] });
    expect(balance(l).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "atLeast", value: 1010, strict: true, unit: "shell" });
    const m = ledger({ parties: PARTIES, entries: [entry("a", { quantity: exact(5, "shell") }), entry("b", { quantity: range(10, 20, "shell", { best: 15 }) })] });
    expect(balance(m).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "range", low: 15, high: 25, best: 20, unit: "shell" });
  });

  it("nets two directions valued in one currency, as an interval", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [shells("a", 10, 100), entry("b", { from: "RU", to: "KP", category: "technology", value: usd(range(30, 50, "USD")) })],
    });
    expect(balance(l).net).toEqual([
      { stage: "delivered", unit: "USD", basis: "money", from: "KP", to: "RU", net: { low: 50, high: 70, lowOpen: false, highOpen: false }, unvalued: [0, 0], noneObserved: [0, 0], evidence: [{ confirmed: 0, reported: 1, alleged: 0 }, { confirmed: 0, reported: 1, alleged: 0 }] },
    ]);
  });

  it("says the evidence of the values a net rests on: a net of alleged values is not a net of confirmed ones", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [shells("a", 10, 100), entry("b", { evidence: "alleged", value: usd(exact(20, "USD")) }), entry("c", { from: "RU", to: "KP", evidence: "confirmed", value: usd(exact(30, "USD")) }), entry("d", { from: "RU", to: "KP", evidence: "alleged", value: tiv(3) })],
    });
    expect(balance(l).net.map((n) => [n.unit, n.evidence])).toEqual([
      ["USD", [{ confirmed: 0, reported: 1, alleged: 1 }, { confirmed: 1, reported: 0, alleged: 0 }]],
    ]);
    expect(balance(l, { evidence: ["confirmed", "reported"] }).net[0]?.evidence).toEqual([{ confirmed: 0, reported: 1, alleged: 0 }, { confirmed: 1, reported: 0, alleged: 0 }]);
  });

  it("leaves a net unbounded on the side with entries of unknown value: unknown is not zero", () => {
    const l = ledger({
      parties: PARTIES,
      entries: [shells("a", 10, 100), shells("unvalued", 5), entry("b", { from: "RU", to: "KP", value: usd(exact(30, "USD")) })],
    });
    expect(balance(l).net[0]).toMatchObject({ net: { low: 70, high: Infinity, lowOpen: false, highOpen: true }, unvalued: [1, 0] });
    const back = ledger({ parties: PARTIES, entries: [shells("a", 10, 100), entry("b", { from: "RU", to: "KP", value: usd(exact(30, "USD")) }), entry("c", { from: "RU", to: "KP", value: tiv(3) })] });
    expect(balance(back).net.find((n) => n.unit === "USD")).toMatchObject({ net: { low: -Infinity, high: 70, lowOpen: true, highOpen: false }, unvalued: [0, 1] });
  });

  it("counts beside a net the transfers of its stage that no one observed, which it leaves out", () => {
    const cash = entry("cash", { from: "RU", to: "KP", category: "cash", item: "cash payments", evidence: "none-observed" });
    const l = ledger({ parties: PARTIES, entries: [shells("a", 10, 100), entry("b", { from: "RU", to: "KP", value: usd(exact(50, "USD")) }), cash] });
    const net = balance(l).net[0];
    expect(net).toMatchObject({ net: { low: 50, high: 50 }, unvalued: [0, 0], noneObserved: [0, 1] });
    expect(balance(l, { evidence: ["confirmed", "reported"] }).net[0]?.noneObserved).toEqual([0, 0]);
  });

  it("gives no net where only one direction is valued in a currency", () => {
    const l = ledger({ parties: PARTIES, entries: [shells("a", 10, 100), entry("b", { from: "RU", to: "KP", value: usd(exact(30, "EUR")) })] });
    expect(balance(l).net).toEqual([]);
  });

  it("filters by category, stage and evidence, and lists none-observed entries only when it keeps them", () => {
    const l = ledger({ parties: PARTIES, entries: [shells("a", 1), entry("b", { evidence: "alleged" }), entry("c", { category: "cash", evidence: "none-observed" })] });
    expect(balance(l, { evidence: "reported" }).directions[0].entries).toBe(1);
    expect(balance(l, { evidence: "reported" }).noneObserved).toEqual([]);
    expect(balance(l, { category: "cash" }).noneObserved.map((n) => n.id)).toEqual(["c"]);
    expect(balance(l, { stage: "ordered" }).directions[0].lines).toEqual([]);
  });
});

describe("summaries", () => {
  const l = ledger({ parties: PARTIES, entries: [shells("a", 1, 5), shells("b", 2), entry("c", { from: "RU", to: "KP", evidence: "none-observed" })] });

  it("sort their parties by code, and merge with the empty summary to themselves", () => {
    const reversed = ledger({ parties: [PARTIES[1], PARTIES[0]], entries: l.entries });
    expect(summarizeLedger(reversed)).toEqual(summarizeLedger(l));
    expect(mergeSummaries(EMPTY_LEDGER_SUMMARY, summarizeLedger(l))).toEqual(summarizeLedger(l));
    expect(mergeSummaries(summarizeLedger(l), EMPTY_LEDGER_SUMMARY)).toEqual(summarizeLedger(l));
    expect(mergeSummaries(EMPTY_LEDGER_SUMMARY, EMPTY_LEDGER_SUMMARY)).toEqual(EMPTY_LEDGER_SUMMARY);
  });

  it("net decimal values to the decimal difference: 0.1 + 0.2 TIV one way and 0.3 the other is even, not 2.8e-17 one way", () => {
    const l = ledger({ parties: PARTIES, entries: [entry("a", { value: tiv(0.1) }), entry("b", { value: tiv(0.2) }), entry("c", { from: "RU", to: "KP", value: tiv(0.3) })] });
    expect(balance(l).net.map((n) => [n.unit, n.net])).toEqual([["SIPRI-TIV-million", { low: 0, high: 0, lowOpen: false, highOpen: false, best: 0 }]]);
  });

  it("merge as the ledgers would: counts added, sums exact", () => {
    const a = ledger({ parties: PARTIES, entries: [shells("x", 0.1, 0.1)] });
    const b = ledger({ parties: PARTIES, entries: [shells("y", 0.2, 0.2)] });
    const merged = mergeSummaries(summarizeLedger(a), summarizeLedger(b));
    expect(merged.groups[0]?.quantities[0]).toMatchObject({ entries: 2, low: [0.30000000000000004, -2.7755575615628914e-17] });
    // the exact sum of the binary numbers nearest 0.1 and 0.2 is 0.3000000000000000166…; the dollars stated add up to 0.3
    expect(balance(merged).directions[0].lines[0]?.money[0]?.total).toEqual({ kind: "exact", value: 0.3, unit: "USD" });
  });

  it("survive JSON, and are checked when read back", () => {
    const json = JSON.parse(JSON.stringify(summarizeLedger(l)));
    expect(mergeSummaries(json, EMPTY_LEDGER_SUMMARY)).toEqual(summarizeLedger(l));
  });
});

describe("mergeLedgers", () => {
  const a = ledger({ parties: PARTIES, entries: [shells("a", 1), shells("b", 2)] });

  it("keeps an entry in both once, by id or by content, and says so", () => {
    const b = ledger({ parties: [PARTIES[1], PARTIES[0]], entries: [shells("a", 1), shells("b2", 2), shells("c", 3)] });
    const m = mergeLedgers(a, b);
    expect(m.ledger?.entries.map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(m.duplicates.map((d) => [d.code, d.kept, d.dropped])).toEqual([
      ["duplicate-content", "b", "b2"],
      ["duplicate-id", "a", "a"],
    ]);
    expect(m.conflicts).toEqual([]);
    expect(m.ledger?.parties).toEqual(a.parties);
  });

  it("reports an id with two contents and gives no ledger until it is settled: never silently resolved", () => {
    const b = ledger({ parties: PARTIES, entries: [shells("a", 100)] });
    const m = mergeLedgers(a, b);
    expect(m.ledger).toBeNull();
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0]).toMatchObject({ code: "conflicting-entry", versions: [{ id: "a", quantity: { value: 1 } }, { id: "a", quantity: { value: 100 } }] });
    expect(m.conflicts[0]?.message).toMatch(/\(quantity\)/);
  });

  it("reports parties named differently, and names them by the first name in code-unit order, whichever ledger comes first", () => {
    const b = ledger({ parties: [{ code: "KP", name: "DPRK" }, PARTIES[1]], entries: [] });
    const m = mergeLedgers(a, b);
    expect(m.conflicts.map((c) => c.code)).toEqual(["party-name-conflict"]);
    expect(m.ledger?.parties[0]).toEqual({ code: "KP", name: "DPRK" });
    expect(mergeLedgers(b, a).ledger).toEqual(m.ledger);
  });

  it("merges valuations by the same rules, and refuses an id that is an entry in one and a valuation in the other", () => {
    const valuation = { id: "v", item: "all", value: usd(exact(5, "USD")), period: "2024", attribution: nis };
    const x = ledger({ parties: PARTIES, entries: [], valuations: [valuation] });
    expect(mergeLedgers(x, x).duplicates.map((d) => d.code)).toEqual(["duplicate-id"]);
    const y = ledger({ parties: PARTIES, entries: [shells("v", 1)] });
    const m = mergeLedgers(x, y);
    expect(m.conflicts.map((c) => c.code)).toEqual(["conflicting-entry"]);
    expect(m.ledger).toBeNull();
  });

  it("gives a ledger the other functions take as built", () => {
    const m = mergeLedgers(a, ledger({ parties: PARTIES, entries: [shells("c", 3)] }));
    expect(balance(m.ledger as Ledger).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "exact", value: 6, unit: "shell" });
  });
});
