// The laws the ledger room promises: summaries merge associatively and
// commutatively with an empty value and exactly, so shards merge to the
// whole; the balance of merged ledgers is the merge of their summaries; and
// unknown quantities, values and currencies never turn into zero.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { toInterval } from "../../src/estimate/interval.js";
import { balance, EMPTY_LEDGER_SUMMARY, ledger, mergeLedgers, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry } from "../../src/ledger/index.js";
import { arbLedgerEntries } from "../../src/testing/index.js";
import { contains } from "../../src/estimate/compare.js";
import { pointIn } from "../helpers.js";
import { nis, PARTIES } from "./fixtures.js";

/**
 * Entries whose content differs from any other's (the item names the id), so
 * that no two are duplicates: quantities in shells or people, values in
 * dollars, euros, an unknown currency or SIPRI TIV, none-observed among them.
 */
const arbEntries = (prefix: string, integers = false): fc.Arbitrary<LedgerEntry[]> =>
  arbLedgerEntries({
    prefix,
    integers,
    parties: PARTIES,
    categories: ["munitions", "personnel", "technology", "sipri:satellite"],
    stages: ["ordered", "delivered"],
    units: ["shell", "person"],
    currencies: ["USD", "EUR", "unknown"],
    originators: [nis.originator],
    from: "2024-01-01",
    to: "2024-12-31",
  });

const ledgerOf = (entries: readonly LedgerEntry[]): Ledger => ledger({ parties: PARTIES, entries: [...entries] });
const arbLedger = (prefix: string, integers = false) => arbEntries(prefix, integers).map(ledgerOf);
const arbSummary = (prefix: string) => fc.oneof(fc.constant(EMPTY_LEDGER_SUMMARY), arbLedger(prefix).map((l) => summarizeLedger(l)));

describe("mergeSummaries", () => {
  it("is associative", () => {
    fc.assert(
      fc.property(arbSummary("a"), arbSummary("b"), arbSummary("c"), (a, b, c) => {
        expect(mergeSummaries(mergeSummaries(a, b), c)).toEqual(mergeSummaries(a, mergeSummaries(b, c)));
      }),
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(arbSummary("a"), arbSummary("b"), (a, b) => {
        expect(mergeSummaries(a, b)).toEqual(mergeSummaries(b, a));
      }),
    );
  });

  it("has the empty summary as its empty value", () => {
    fc.assert(
      fc.property(arbSummary("a"), (a) => {
        expect(mergeSummaries(a, EMPTY_LEDGER_SUMMARY)).toEqual(a);
        expect(mergeSummaries(EMPTY_LEDGER_SUMMARY, a)).toEqual(a);
      }),
    );
  });

  it("merges the summaries of any shards, in any order, to the summary of the whole", () => {
    fc.assert(
      fc.property(arbEntries("e"), fc.infiniteStream(fc.nat(3)), (entries, shardOf) => {
        const shards: LedgerEntry[][] = [[], [], [], []];
        for (const e of entries) shards[shardOf.next().value as number]?.push(e);
        const merged = shards.map(ledgerOf).map((l) => summarizeLedger(l)).reverse().reduce(mergeSummaries, EMPTY_LEDGER_SUMMARY);
        expect(merged).toEqual(summarizeLedger(ledgerOf(entries)));
      }),
    );
  });

  it("gives the summary it read back from JSON", () => {
    fc.assert(
      fc.property(arbSummary("a"), (a) => {
        expect(mergeSummaries(JSON.parse(JSON.stringify(a)), EMPTY_LEDGER_SUMMARY)).toEqual(a);
      }),
    );
  });
});

describe("balance", () => {
  it("of merged ledgers is the balance of their merged summaries, when nothing conflicts", () => {
    fc.assert(
      fc.property(arbLedger("a"), arbLedger("b"), (a, b) => {
        const merged = mergeLedgers(a, b);
        expect([merged.duplicates, merged.conflicts]).toEqual([[], []]);
        expect(balance(merged.ledger as Ledger)).toEqual(balance(mergeSummaries(summarizeLedger(a), summarizeLedger(b))));
      }),
    );
  });

  it("counts every entry once among quantities and once among values; none-observed entries only apart", () => {
    fc.assert(
      fc.property(arbEntries("e"), (entries) => {
        const b = balance(ledgerOf(entries));
        for (const d of b.directions) {
          for (const line of d.lines) {
            const n = (xs: readonly { entries: number }[]) => xs.reduce((k, x) => k + x.entries, 0);
            expect(n(line.quantities) + line.unknown.quantity).toBe(line.entries);
            expect(n(line.money) + n(line.indices) + line.unknown.value + line.unknown.currency).toBe(line.entries);
          }
        }
        const counted = b.directions.reduce((k, d) => k + d.entries, 0);
        expect(counted + b.noneObserved.length).toBe(entries.length);
        expect(b.noneObserved.length).toBe(entries.filter((e) => e.evidence === "none-observed").length);
      }),
    );
  });

  it("never turns an unknown quantity, value or currency into zero: adding one changes no total and counts it", () => {
    fc.assert(
      fc.property(arbEntries("e"), fc.constantFrom("quantity", "value", "currency"), fc.boolean(), (entries, unknown, forward) => {
        const added: LedgerEntry = {
          id: "added",
          from: forward ? "KP" : "RU",
          to: forward ? "RU" : "KP",
          category: "munitions",
          item: "unknown",
          ...(unknown !== "quantity" && { quantity: { kind: "exact", value: 0, unit: "shell" } }),
          ...(unknown === "currency" && { value: { estimate: { kind: "magnitude", order: "billions", unit: "unknown" }, basis: "stated" } }),
          stage: "delivered",
          evidence: "reported",
          period: "2024",
          attribution: nis,
        };
        const before = balance(ledgerOf(entries));
        const after = balance(ledgerOf([...entries, added]));
        const d = forward ? 0 : 1;
        const line = (b: typeof before) => b.directions[d].lines.find((l) => l.category === "munitions" && l.stage === "delivered");
        const [x, y] = [line(before), line(after)];
        expect(y?.unknown[unknown]).toBe((x?.unknown[unknown] ?? 0) + 1);
        expect(y?.money).toEqual(x?.money ?? []);
        expect(y?.indices).toEqual(x?.indices ?? []);
        if (unknown === "quantity") expect(y?.quantities).toEqual(x?.quantities ?? []);
        // a net over this stage is now unbounded on the side of the added entry
        for (const net of after.net.filter((n) => n.stage === "delivered")) expect(forward ? net.net.high : net.net.low).toBe(forward ? Infinity : -Infinity);
      }),
    );
  });

  it("totals contain every sum of values the entries allow", () => {
    fc.assert(
      fc.property(arbEntries("e", true), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(1000), (entries, t, reach) => {
        const b = balance(ledgerOf(entries));
        for (const d of b.directions) {
          for (const line of d.lines) {
            for (const total of line.quantities) {
              const parts = entries.filter((e) => e.from === d.from && e.category === line.category && e.stage === line.stage && e.evidence !== "none-observed" && e.quantity?.unit === total.unit);
              const point = parts.reduce((sum, e) => sum + pointIn(toInterval(e.quantity as never), t, reach), 0);
              expect(contains(total.total, point)).toBe(true);
            }
          }
        }
      }),
    );
  });
});
