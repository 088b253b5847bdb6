// summarizeLedger of 1,000,000 entries, against a hand-written loop computing the same totals
// in the same run; and, as notes, merging 100 shard summaries against summarising the whole.
import type { Estimate } from "../../src/estimate/schema.js";
import { magnitudeBounds } from "../../src/estimate/magnitude.js";
import { balance, EMPTY_LEDGER_SUMMARY, ledger, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry, LedgerSummary } from "../../src/ledger/index.js";
import type { Attribution } from "../../src/provenance/schema.js";
import { compare, median, ms, report, size, timeOnce, times } from "../_lib/harness.js";

const ENTRIES = size(1_000_000, 10_000);
const SHARDS = 100;

// Entries as a large register would hold them: both directions, eight categories, two stages,
// three evidence levels and now and then none-observed; quantities of every kind in a few units;
// values in two currencies, on an index, in no named currency, or unknown; a few sources.
let seed = 7;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const CATEGORIES = ["personnel", "labor", "munitions", "weapon-systems", "technology", "equipment", "energy", "food"] as const;
const UNITS = ["person", "shell", "missile", "tonne"];
const sources: Attribution[] = Array.from({ length: 20 }, (_, k) => ({ originator: { id: `source-${k}`, kind: "ngo", name: `Source ${k}` } }));
function quantity(): Estimate | undefined {
  const unit = pick(UNITS);
  const n = Math.floor(random() * 10_000);
  const r = random();
  if (r < 0.15) return undefined;
  if (r < 0.55) return { kind: "exact", value: n, unit };
  if (r < 0.75) return { kind: "approx", value: n, unit };
  if (r < 0.9) return { kind: "range", low: n, high: n + 500, unit };
  if (r < 0.97) return { kind: "atLeast", value: n, strict: false, unit };
  return { kind: "magnitude", order: "thousands", unit };
}
function value(): LedgerEntry["value"] {
  const r = random();
  const amount = Math.round(random() * 1e8) / 100;
  if (r < 0.3) return undefined;
  if (r < 0.6) return { estimate: { kind: "exact", value: amount, unit: "USD" }, basis: "stated" };
  if (r < 0.7) return { estimate: { kind: "range", low: amount, high: amount * 2, unit: "EUR" }, basis: "price-list" };
  if (r < 0.95) return { estimate: { kind: "exact", value: Math.round(amount) / 1000, unit: "SIPRI-TIV-million" }, basis: "index", reference: "SIPRI TIV" };
  return { estimate: { kind: "magnitude", order: "millions", unit: "unknown" }, basis: "stated" };
}
const raw: LedgerEntry[] = [];
for (let i = 0; i < ENTRIES; i++) {
  const forward = random() < 0.6;
  // a transfer not observed has no quantity and no value
  const unseen = random() < 0.01;
  const q = unseen ? undefined : quantity();
  const v = unseen ? undefined : value();
  raw.push({
    id: `e${i}`,
    from: forward ? "KP" : "RU",
    to: forward ? "RU" : "KP",
    category: pick(CATEGORIES),
    item: "item",
    ...(q !== undefined && { quantity: q }),
    ...(v !== undefined && { value: v }),
    stage: random() < 0.5 ? "ordered" : "delivered",
    evidence: unseen ? "none-observed" : pick(["confirmed", "reported", "alleged"] as const),
    period: `${2000 + Math.floor(random() * 25)}`,
    attribution: pick(sources),
  });
}
const parties = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
] as const;

let whole: Ledger | undefined;
const buildMs = timeOnce(() => (whole = ledger({ parties, entries: raw })));
if (whole === undefined) throw new Error("no ledger");
const all = whole;

// The baseline, by hand: one pass, groups keyed by a string, per unit plain float sums of the
// low and high ends and best values, counts of what is unknown, none-observed entries collected.
interface Sum {
  entries: number;
  low: number;
  high: number;
  unbounded: number;
  best: number;
  withoutBest: number;
}
interface Group {
  entries: number;
  unknownQuantity: number;
  unknownValue: number;
  unknownCurrency: number;
  quantities: Map<string, Sum>;
  values: Map<string, Sum>;
}
const magnitudes = new Map<string, [number, number]>();
function add(map: Map<string, Sum>, e: Estimate): void {
  let s = map.get(e.unit);
  if (s === undefined) map.set(e.unit, (s = { entries: 0, low: 0, high: 0, unbounded: 0, best: 0, withoutBest: 0 }));
  s.entries++;
  let low: number;
  let high: number;
  let best: number | undefined;
  if (e.kind === "exact" || e.kind === "approx") low = high = best = e.value;
  else if (e.kind === "range") [low, high, best] = [e.low, e.high, e.best];
  else if (e.kind === "atLeast") [low, high, best] = [e.value, Infinity, e.best];
  else if (e.kind === "atMost") [low, high, best] = [0, e.value, e.best];
  else {
    let b = magnitudes.get(e.order);
    if (b === undefined) magnitudes.set(e.order, (b = magnitudeBounds(e.order)));
    [low, high] = b;
  }
  s.low += low;
  if (high === Infinity) s.unbounded++;
  else s.high += high;
  if (best === undefined) s.withoutBest++;
  else s.best += best;
}
function baseline(entries: readonly LedgerEntry[]): { groups: Map<string, Group>; noneObserved: string[] } {
  const groups = new Map<string, Group>();
  const noneObserved: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LedgerEntry;
    if (e.evidence === "none-observed") {
      noneObserved.push(e.id);
      continue;
    }
    const key = `${e.from}\u0000${e.to}\u0000${e.category}\u0000${e.stage}\u0000${e.evidence}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { entries: 0, unknownQuantity: 0, unknownValue: 0, unknownCurrency: 0, quantities: new Map(), values: new Map() }));
    g.entries++;
    if (e.quantity === undefined) g.unknownQuantity++;
    else add(g.quantities, e.quantity);
    const v = e.value?.estimate;
    if (v === undefined) g.unknownValue++;
    else if (v.unit === "unknown") g.unknownCurrency++;
    else add(g.values, v);
  }
  noneObserved.sort();
  return { groups, noneObserved };
}

// Check they agree: every count equal, every sum within float rounding of the exact one.
const ours = summarizeLedger(all);
const hand = baseline(all.entries);
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
for (const g of ours.groups) {
  const h = hand.groups.get(`${g.from}\u0000${g.to}\u0000${g.category}\u0000${g.stage}\u0000${g.evidence}`);
  if (h === undefined || h.entries !== g.entries || h.unknownQuantity !== g.unknown.quantity || h.unknownValue !== g.unknown.value || h.unknownCurrency !== g.unknown.currency) throw new Error("counts disagree");
  for (const s of [...g.quantities, ...g.money, ...g.indices]) {
    const b = h.quantities.get(s.unit) ?? h.values.get(s.unit);
    if (b === undefined || b.entries !== s.entries || b.unbounded !== s.unbounded || !close(b.low, s.low[0] ?? 0) || !close(b.high, s.high[0] ?? 0) || !close(b.best, s.best[0] ?? 0)) {
      throw new Error(`sums disagree in ${s.unit}`);
    }
  }
}
if (hand.noneObserved.length !== ours.noneObserved.length) throw new Error("none-observed entries disagree");

const t = compare(() => summarizeLedger(all), () => baseline(all.entries), { warmup: 1, rounds: size(7, 3) });
const json = JSON.parse(JSON.stringify({ ...all, entries: all.entries.slice(0, ENTRIES / 10) })) as Ledger;
const checkedMs = median([0, 1, 2].map(() => timeOnce(() => summarizeLedger(json))));

// Shards: 100 ledgers of a hundredth of the entries each, summarised one by one and merged, against the whole.
const shardSize = ENTRIES / SHARDS;
const shards = Array.from({ length: SHARDS }, (_, k) => ledger({ parties, entries: all.entries.slice(k * shardSize, (k + 1) * shardSize) }));
const shardSummaries = shards.map((l) => summarizeLedger(l));
const merge = (): LedgerSummary => shardSummaries.reduce(mergeSummaries, EMPTY_LEDGER_SUMMARY);
if (JSON.stringify(merge()) !== JSON.stringify(ours)) throw new Error("the merged shards are not the summary of the whole");
const mergeMs = median([0, 1, 2, 3, 4].map(() => timeOnce(merge)));
const shardedMs = median([0, 1, 2].map(() => timeOnce(() => shards.map((l) => summarizeLedger(l)).reduce(mergeSummaries, EMPTY_LEDGER_SUMMARY))));
const balanceMs = median([0, 1, 2].map(() => timeOnce(() => balance(ours))));

const each = (t: number, n = ENTRIES): string => `${((t * 1e6) / n).toFixed(0)} ns an entry`;
report({
  rows: [
    {
      what: `summarizeLedger of ${ENTRIES.toLocaleString("en")} entries`,
      library: ms(t.library),
      baseline: `${ms(t.baseline)} (hand-written loop)`,
      ratio: times(t.ratio),
      aim: "≤ 2×",
      within: t.ratio <= 2,
    },
  ],
  notes: [
    `summarizeLedger: ${each(t.library)}, ${ours.groups.length} groups, exact sums; the hand-written loop ${each(t.baseline)}, plain float sums; ledger() checked and copied the entries in ${ms(buildMs)}`,
    `summarizeLedger of a ledger read from JSON (checked on every call): ${(ENTRIES / 10).toLocaleString("en")} entries in ${ms(checkedMs)} (${each(checkedMs, ENTRIES / 10)})`,
    `merging ${SHARDS} shard summaries: ${ms(mergeMs)}, ${times(mergeMs / t.library)} summarising the whole; summarising the shards and merging them: ${times(shardedMs / t.library)}, to the bit the summary of the whole; balance of the summary: ${ms(balanceMs)}`,
  ],
});
