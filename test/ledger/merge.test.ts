// Merging ledgers settles nothing by itself: every conflict is reported and
// no version wins, whatever the order of the ledgers and however many there
// are, and every entry given ends up in the merged ledger, in a duplicate
// record (beside the entry kept for it) or in a conflict record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ledger, mergeLedgers } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry, LedgerValuation, MergedLedgers } from "../../src/ledger/index.js";
import { expectFogcountError } from "../helpers.js";
import { exact, nis, PARTIES, shells, usd } from "./fixtures.js";

const of = (...entries: LedgerEntry[]): Ledger => ledger({ parties: PARTIES, entries });
const ids = (m: MergedLedgers): string[] | null => m.ledger?.entries.map((e) => e.id) ?? null;

describe("mergeLedgers of three ledgers or more", () => {
  const a = of(shells("x", 1), shells("y", 5));
  const b = of(shells("x", 2));
  const c = of(shells("x", 1), shells("z", 7));

  it("reports a conflict the third ledger would settle when folded, and lets no version win", () => {
    const m = mergeLedgers(a, b, c);
    expect(ids(m)).toBeNull();
    expect(m.conflicts.map((k) => [k.code, k.versions.map((v) => ((v as LedgerEntry).quantity as { value: number }).value)])).toEqual([["conflicting-entry", [1, 2]]]);
    expect(m.conflicts[0]?.message).toMatch(/entry "x" differs between the ledgers \(quantity\): settle it and merge again/);
  });

  it("gives the same result in any order of the ledgers", () => {
    const m = mergeLedgers(a, b, c);
    for (const order of [[a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) expect(mergeLedgers(...order)).toEqual(m);
  });

  it("still merges two, and takes more than three", () => {
    expect(ids(mergeLedgers(a, c))).toEqual(["x", "y", "z"]);
    const four = mergeLedgers(a, of(shells("w", 1)), of(), of(shells("v", 3)));
    expect(ids(four)).toEqual(["v", "w", "y"]);
    expect(four.duplicates.map((d) => [d.code, d.kept, d.dropped])).toEqual([["duplicate-content", "w", "x"]]);
  });

  it("names the ledger between other parties", () => {
    const other = ledger({ parties: [{ code: "IR", name: "Iran" }, PARTIES[1]], entries: [] });
    expectFogcountError(() => mergeLedgers(a, b, other), "party-mismatch", /mergeLedgers: a is between KP and RU, more\[0\] between IR and RU/);
    expectFogcountError(() => mergeLedgers(a, b, null as never), "invalid-ledger", /mergeLedgers: more\[0\] must be a ledger object/);
  });

  it("reports every name a party has, and names it by the first in code-unit order, whatever the order", () => {
    const named = (name: string): Ledger => ledger({ parties: [{ code: "KP", name }, PARTIES[1]], entries: [] });
    const m = mergeLedgers(named("North Korea"), named("DPRK"), named("North Korea"));
    expect(m.ledger?.parties[0]).toEqual({ code: "KP", name: "DPRK" });
    expect(m.conflicts.map((k) => [k.code, k.versions])).toEqual([["party-name-conflict", [{ code: "KP", name: "DPRK" }, { code: "KP", name: "North Korea" }]]]);
    expect(mergeLedgers(named("DPRK"), named("North Korea"))).toEqual(mergeLedgers(named("North Korea"), named("DPRK")));
  });
});

describe("a duplicate of an entry in conflict", () => {
  it("is not reported as a duplicate of a version that no merged ledger keeps", () => {
    const m = mergeLedgers(of(shells("x", 1)), of(shells("x", 2), shells("y", 1)));
    expect(ids(m)).toBeNull();
    expect(m.duplicates).toEqual([]);
    expect(m.conflicts.map((k) => k.versions.map((v) => (v as LedgerEntry).id))).toEqual([["x", "x"]]);
  });
});

// Ledgers drawn from few ids and few contents, so that ids and contents meet across them.
const arbItem = fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), n: fc.constantFrom(1, 2), valuation: fc.boolean() });
const arbLedger = fc.uniqueArray(arbItem, { selector: (i) => i.id, maxLength: 5 }).map((items) =>
  ledger({
    parties: PARTIES,
    entries: items.filter((i) => !i.valuation).map((i) => shells(i.id, i.n)),
    valuations: items.filter((i) => i.valuation).map((i): LedgerValuation => ({ id: i.id, item: "all", value: usd(exact(i.n, "USD")), period: "2024", attribution: nis })),
  }),
);

/** Each ledger's items, as [id, JSON of all but the id]. */
const itemsOf = (l: Ledger): [string, string][] => [...l.entries.map((e) => ["entry", e] as const), ...l.valuations.map((v) => ["valuation", v] as const)].map(([kind, { id, ...rest }]) => [id, `${kind}${JSON.stringify(rest)}`]);

describe("mergeLedgers, for any ledgers", () => {
  it("gives the same result for every order of the ledgers", () => {
    fc.assert(
      fc.property(arbLedger, arbLedger, arbLedger, (a, b, c) => {
        const m = mergeLedgers(a, b, c);
        for (const order of [[a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) expect(mergeLedgers(...order)).toEqual(m);
      }),
    );
  });

  it("accounts for every entry and valuation given: kept, a duplicate of one kept, or in a conflict", () => {
    fc.assert(
      fc.property(fc.array(arbLedger, { minLength: 2, maxLength: 4 }), (list) => {
        const m = mergeLedgers(list[0] as Ledger, list[1] as Ledger, ...list.slice(2));
        // a ledger exactly when nothing is in conflict
        expect(m.ledger === null).toBe(m.conflicts.some((k) => k.code === "conflicting-entry"));
        const kept = new Map(m.ledger === null ? [] : itemsOf(m.ledger));
        const inConflict = new Set(m.conflicts.flatMap((k) => k.versions.map((v) => JSON.stringify(v))));
        for (const l of list) {
          for (const [id, content] of itemsOf(l)) {
            const version = [...l.entries, ...l.valuations].find((x) => x.id === id);
            const dropped = m.duplicates.filter((d) => d.dropped === id);
            const ok = kept.get(id) === content || dropped.some((d) => kept.get(d.kept) === content) || inConflict.has(JSON.stringify(version));
            expect(ok || m.ledger === null).toBe(true);
          }
        }
        // a duplicate names an entry the merged ledger keeps
        if (m.ledger !== null) for (const d of m.duplicates) expect(kept.has(d.kept)).toBe(true);
      }),
    );
  });

  it("never picks a winner: an id with two contents gives no ledger, and its conflict holds every version", () => {
    fc.assert(
      fc.property(fc.array(arbLedger, { minLength: 2, maxLength: 4 }), (list) => {
        const m = mergeLedgers(list[0] as Ledger, list[1] as Ledger, ...list.slice(2));
        const contents = new Map<string, Set<string>>();
        for (const l of list) for (const [id, content] of itemsOf(l)) contents.set(id, (contents.get(id) ?? new Set()).add(content));
        for (const [id, versions] of contents) {
          const kept = m.ledger !== null && [...m.ledger.entries, ...m.ledger.valuations].some((x) => x.id === id);
          const conflict = m.conflicts.find((k) => k.code === "conflicting-entry" && k.versions.some((v) => v.id === id));
          const duplicate = m.duplicates.some((d) => d.dropped === id);
          if (versions.size > 1) expect([kept, conflict?.versions.length]).toEqual([false, versions.size]);
          else expect([kept || duplicate || m.ledger === null, conflict]).toEqual([true, undefined]);
        }
      }),
    );
  });
});

describe("one transfer told by two sources", () => {
  const us = { originator: { id: "us-dni", kind: "intelligence-agency" as const, name: "Director of National Intelligence", country: "US" } };
  const troops = (id: string, more: Partial<LedgerEntry> = {}): LedgerEntry => ({ ...shells(id, 0), category: "personnel", item: "troops", quantity: { kind: "range", low: 10_000, high: 12_000, unit: "person" }, ...more });

  it("is reported when their ledgers are merged, not silently counted twice", () => {
    const m = mergeLedgers(of(troops("nis-troops")), of(troops("us-troops", { attribution: us, evidence: "confirmed" })));
    expect(ids(m)).toEqual(["nis-troops", "us-troops"]);
    expect(m.possibleDuplicates).toEqual([
      { code: "possible-duplicate", ids: ["nis-troops", "us-troops"], message: 'entries "nis-troops", "us-troops" of different ledgers may tell one transfer (the same from, to, category, stage and item, in overlapping periods): each is kept, and a total counts each; drop all but one if they are one transfer' },
    ]);
  });

  it("is not reported for transfers alike within one ledger, nor for what nobody saw, nor for periods apart; different figures are reported", () => {
    expect(mergeLedgers(of(troops("a"), troops("b", { attribution: us })), of()).possibleDuplicates).toEqual([]);
    const cash = (id: string, attribution = nis) => troops(id, { category: "cash", item: "cash", quantity: undefined, evidence: "none-observed", attribution });
    expect(mergeLedgers(of(cash("a")), of(cash("b", us))).possibleDuplicates).toEqual([]);
    expect(mergeLedgers(of(troops("a")), of(troops("b", { attribution: us, quantity: exact(3000, "person") }))).possibleDuplicates.map((p) => p.ids)).toEqual([["a", "b"]]);
    expect(mergeLedgers(of(troops("a")), of(troops("b", { attribution: us, period: "2025" }))).possibleDuplicates).toEqual([]);
  });

  it("is reported the same whatever the order of the ledgers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.boolean()), { maxLength: 6 }), (list) => {
        const ledgers = [0, 1, 2].map((k) => of(...list.filter((_, i) => i % 3 === k).map(([id, other], i) => troops(`${id}${k}${i}`, other ? { attribution: us } : {}))));
        const m = mergeLedgers(ledgers[0] as Ledger, ledgers[1] as Ledger, ledgers[2] as Ledger);
        expect(mergeLedgers(ledgers[2] as Ledger, ledgers[0] as Ledger, ledgers[1] as Ledger).possibleDuplicates).toEqual(m.possibleDuplicates);
      }),
    );
  });
});
