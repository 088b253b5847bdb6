// 100,000 asOf questions on a history of 100,000 claims, against a hand-written binary search
// over sorted arrays answering the same questions, reading the same ISO dates, in the same run.
import type { Claim } from "../../src/claim/schema.js";
import { asOf } from "../../src/revision/as-of.js";
import { revisionHistory } from "../../src/revision/history.js";
import { compare, ms, report, size, times, timeOnce } from "../_lib/harness.js";

const CLAIMS = size(100_000, 5_000);
const QUERIES = size(100_000, 5_000);
const DAY = 86_400_000;
const START = Date.UTC(1800, 0, 1);
const iso = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);

// A daily cumulative series: four fifths of the claims one a day, each reported the next day;
// the rest restatements of earlier days reported 30 days later.
const DAYS = (CLAIMS * 4) / 5;
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

let history: ReturnType<typeof revisionHistory>[number] | undefined;
const buildMs = timeOnce(() => ([history] = revisionHistory(claims)));
if (history === undefined) throw new Error("no history");
const h = history;

// The questions: random valid and knowledge dates as ISO strings.
let seed = 42;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
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

function lastAtOrBefore(list: readonly number[], x: number, to = list.length): number {
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function baseline(validText: string, knownText: string): number | undefined {
  const valid = dayOf(validText);
  const known = dayOf(knownText);
  // every valid day is first reported after the one before it, so the days known form a prefix
  const g = Math.min(lastAtOrBefore(validDays, valid), lastAtOrBefore(firstReport, known));
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

for (const q of queries.slice(0, 2000)) {
  const ours = (asOf(h, q)?.estimate as { value: number } | undefined)?.value;
  if (ours !== baseline(q.valid, q.known)) throw new Error(`asOf and the baseline disagree at ${JSON.stringify(q)}: ${ours} against ${baseline(q.valid, q.known)}`);
}
const t = compare(
  () => {
    let n = 0;
    for (let i = 0; i < queries.length; i++) n += asOf(h, queries[i]) === undefined ? 0 : 1;
    return n;
  },
  () => {
    let n = 0;
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i] as { valid: string; known: string };
      n += baseline(q.valid, q.known) === undefined ? 0 : 1;
    }
    return n;
  },
);
const each = (t: number): string => `${((t * 1e6) / QUERIES).toFixed(0)} ns a question`;
report({
  rows: [
    {
      what: `${QUERIES.toLocaleString("en")} asOf queries on a ${CLAIMS.toLocaleString("en")}-claim history`,
      library: ms(t.library),
      baseline: `${ms(t.baseline)} (binary search)`,
      ratio: times(t.ratio),
      aim: "≤ 3×",
      within: t.ratio <= 3,
    },
  ],
  notes: [`asOf: ${each(t.library)}, the hand-written search ${each(t.baseline)}; the history was built in ${ms(buildMs)}`],
});
