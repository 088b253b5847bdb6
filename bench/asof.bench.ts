// The cost of asOf on a large history, against a hand-written binary search over sorted arrays
// answering the same questions in the same run. A measurement, not a timed test:
//   npx tsx bench/asof.bench.ts
import { performance } from "node:perf_hooks";

import type { Claim } from "../src/claim/schema.js";
import { asOf } from "../src/revision/as-of.js";
import { revisionHistory } from "../src/revision/history.js";

const CLAIMS = 100_000;
const QUERIES = 100_000;
const DAY = 86_400_000;
const START = Date.UTC(1800, 0, 1);
const iso = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);

// A daily cumulative series: 80,000 days, each reported the next day, and 20,000 restatements of
// earlier days reported 30 days later.
const DAYS = 80_000;
const claims: Claim[] = [];
const base = {
  indicator: { subject: "ru-forces", measure: "ua-genstaff:personnel" as const, unit: "person" },
  attribution: { originator: { id: "ua-general-staff", kind: "military" as const, name: "General Staff" } },
  status: { kind: "normal" as const },
};
for (let d = 0; d < DAYS; d++) {
  claims.push({ ...base, id: `d${d}`, estimate: { kind: "exact", value: d * 10, unit: "person" }, validTime: iso(d), reportedAt: iso(d + 1) });
}
for (let k = 0; k < CLAIMS - DAYS; k++) {
  const d = (k * 4) % DAYS;
  claims.push({ ...base, id: `r${k}`, estimate: { kind: "exact", value: d * 10 + 5, unit: "person" }, validTime: iso(d), reportedAt: iso(d + 30) });
}

let t = performance.now();
const [history] = revisionHistory(claims);
const buildMs = performance.now() - t;
if (history === undefined) throw new Error("no history");

// The questions: random valid and knowledge dates as ISO strings.
let seed = 42;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const queries = Array.from({ length: QUERIES }, () => {
  const valid = Math.floor(random() * (DAYS + 40));
  return { valid: iso(valid), known: iso(valid + Math.floor(random() * 60) - 10) };
});

// The baseline, by hand: per valid day, sorted arrays of (report day, value); the day numbers
// parsed from the same ISO strings; the latest valid day on or before the question whose first
// report is known, then the latest report known.
const byDay = new Map<number, { reported: number; value: number }[]>();
const dayOf = (text: string): number =>
  (Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) - START) / DAY;
for (const c of claims) {
  const v = dayOf(c.validTime);
  const list = byDay.get(v) ?? [];
  list.push({ reported: dayOf(c.reportedAt), value: (c.estimate as { value: number }).value });
  byDay.set(v, list);
}
const validDays = [...byDay.keys()].sort((a, b) => a - b);
const reports = validDays.map((d) => (byDay.get(d) ?? []).sort((a, b) => a.reported - b.reported));
const firstReport = reports.map((r) => r[0]?.reported ?? Infinity);
function baseline(validText: string, knownText: string): number | undefined {
  return search(dayOf(validText), dayOf(knownText));
}
function search(valid: number, known: number): number | undefined {
  let lo = 0;
  let hi = validDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((validDays[mid] as number) <= valid) lo = mid + 1;
    else hi = mid;
  }
  // Every valid day is reported one day after it, so the days known form a prefix: a second search.
  let g = lo - 1;
  let a = 0;
  let b = g + 1;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((firstReport[mid] as number) <= known) a = mid + 1;
    else b = mid;
  }
  g = Math.min(g, a - 1);
  if (g < 0) return undefined;
  const list = reports[g] as { reported: number; value: number }[];
  let x = 0;
  let y = list.length;
  while (x < y) {
    const mid = (x + y) >>> 1;
    if ((list[mid] as { reported: number }).reported <= known) x = mid + 1;
    else y = mid;
  }
  return list[x - 1]?.value;
}

// Check they agree, warm both up, then time them.
for (const q of queries.slice(0, 2000)) {
  const ours = (asOf(history, q)?.estimate as { value: number } | undefined)?.value;
  if (ours !== baseline(q.valid, q.known)) throw new Error(`disagree at ${JSON.stringify(q)}: ${ours} vs ${baseline(q.valid, q.known)}`);
}
let sink = 0;
const runOurs = (): number => {
  const t0 = performance.now();
  for (const q of queries) sink += asOf(history, q) === undefined ? 0 : 1;
  return performance.now() - t0;
};
const runBaseline = (): number => {
  const t0 = performance.now();
  for (const q of queries) sink += baseline(q.valid, q.known) === undefined ? 0 : 1;
  return performance.now() - t0;
};
const numeric = queries.map((q) => [dayOf(q.valid), dayOf(q.known)] as const);
const runSearchOnly = (): number => {
  const t0 = performance.now();
  for (const [v, k] of numeric) sink += search(v, k) === undefined ? 0 : 1;
  return performance.now() - t0;
};
runOurs();
runBaseline();
runSearchOnly();
const ours: number[] = [];
const hand: number[] = [];
const bare: number[] = [];
for (let i = 0; i < 7; i++) {
  ours.push(runOurs());
  hand.push(runBaseline());
  bare.push(runSearchOnly());
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
t = median(ours);
const h = median(hand);
console.log(`history of ${CLAIMS.toLocaleString("en")} claims built in ${buildMs.toFixed(0)} ms`);
console.log(`asOf:             ${QUERIES.toLocaleString("en")} queries in ${t.toFixed(1)} ms (${((t * 1e6) / QUERIES).toFixed(0)} ns each)`);
console.log(`hand-written:     ${QUERIES.toLocaleString("en")} queries in ${h.toFixed(1)} ms (${((h * 1e6) / QUERIES).toFixed(0)} ns each)`);
const n = median(bare);
console.log(`hand-written, day numbers parsed beforehand: ${QUERIES.toLocaleString("en")} queries in ${n.toFixed(1)} ms (${((n * 1e6) / QUERIES).toFixed(0)} ns each)`);
console.log(`ratio asOf / hand-written (both reading ISO dates): ${(t / h).toFixed(2)}× (median of 7 runs)`);
console.log(`ratio asOf / hand-written search alone: ${(t / n).toFixed(2)}×${sink < 0 ? "" : ""}`);
