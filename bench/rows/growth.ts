// How the time of the functions that once took the square of their input grows: each run on
// n and on 8n items in the same process, the ratio of the two times divided by 8. Linear work
// gives about 1 (more for the collector's share on big inputs), work in n log n a little more,
// and work that compares every pair about 8. The tests check what these functions answer on
// such inputs; how long they take is measured here, never in a test.
import { exact, approx } from "../../src/estimate/constructors.js";
import { ledger } from "../../src/ledger/constructors.js";
import { mergeLedgers } from "../../src/ledger/merge.js";
import type { Ledger, LedgerEntry } from "../../src/ledger/schema.js";
import { resolveTimePhrase } from "../../src/text/index.js";
import { compare, ms, report, size } from "../_lib/harness.js";
import type { Row } from "../_lib/harness.js";

const PARTIES = [
  { code: "IR", name: "Iran" },
  { code: "RU", name: "Russia" },
] as const;
const attribution = { originator: { id: "reuters", kind: "outlet", name: "Reuters" } } as const;

function drones(id: string, item: string, value: number): LedgerEntry {
  const base = { id, from: "IR", to: "RU", category: "weapon-systems", item, stage: "delivered", evidence: "reported", period: "2024", attribution } as const;
  return { ...base, quantity: exact(1, "drone"), value: { estimate: approx(value, "USD"), basis: "stated" } };
}

/** Two ledgers of n entries each, every entry told by both: n duplicates. */
function identical(n: number): [Ledger, Ledger] {
  const l = ledger({ parties: PARTIES, entries: Array.from({ length: n }, (_, i) => drones(`d${i}`, "drones", 1e9)) });
  return [l, l];
}

/** Two ledgers of n entries each, every entry of one a possible duplicate of one of the other (same item, another figure). */
function told(n: number): [Ledger, Ledger] {
  const of = (k: number) => ledger({ parties: PARTIES, entries: Array.from({ length: n }, (_, i) => drones(`${k}-${i}`, `drones ${i}`, 1e9 + i + k * 0.5)) });
  return [of(0), of(1)];
}

/** One case: what it runs on n items, and a check of its answer. */
interface Case {
  readonly what: string;
  readonly n: number;
  readonly input: (n: number) => () => unknown;
}

const CASES: readonly Case[] = [
  {
    what: "mergeLedgers of entries told by both ledgers",
    n: size(2_000, 200),
    input: (n) => {
      const [a, b] = identical(n);
      return () => {
        const m = mergeLedgers(a, b);
        if (m.duplicates.length !== n) throw new Error(`mergeLedgers found ${m.duplicates.length} duplicates of ${n}`);
      };
    },
  },
  {
    what: "mergeLedgers of possible duplicates (one item, other figures)",
    n: size(1_000, 100),
    input: (n) => {
      const [a, b] = told(n);
      return () => {
        const m = mergeLedgers(a, b);
        if (m.possibleDuplicates.length !== n) throw new Error(`mergeLedgers found ${m.possibleDuplicates.length} possible duplicates of ${n}`);
      };
    },
  },
  {
    what: "resolveTimePhrase of a phrase of n words",
    n: size(25_000, 1_000),
    input: (n) => {
      const words = `${"early ".repeat(n)}2025`;
      return () => {
        if (resolveTimePhrase(words, { reference: "2025-04-30" }).ok) throw new Error("a phrase of repeated words was read as a time");
      };
    },
  },
];

const rows: Row[] = CASES.map((c) => {
  const t = compare(c.input(8 * c.n), c.input(c.n), { warmup: 1, rounds: size(5, 1) });
  const growth = t.ratio / 8;
  return {
    what: `${c.what}: ${(8 * c.n).toLocaleString("en")} against ${c.n.toLocaleString("en")}`,
    library: ms(t.library),
    baseline: ms(t.baseline),
    ratio: `${growth.toFixed(2)}× linear`,
    aim: "≤ 2× linear",
    within: growth <= 2,
  };
});
report({ rows });
