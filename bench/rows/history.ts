// revisionHistory of 1,000,000 claims, against reading both dates of every claim by hand and
// sorting the claims on them, in the same run; and the peak memory of each, each in a process
// of its own.
import type { Claim } from "../../src/claim/schema.js";
import { revisionHistory } from "../../src/revision/history.js";
import { compare, mb, measurePeak, MEMORY_SIDE, ms, peakOf, report, size, times } from "../_lib/harness.js";

const N = size(1_000_000, 5_000);
const SUBJECTS = 100;

/** ISO date of day `d` after 2000-01-01. */
const iso = (d: number): string => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);

// Daily figures on 100 subjects from two originators, each reported one to five days later;
// one in twenty is a monthly figure ("2003-04"); one in fifty is preferred, one in a hundred
// deprecated in favour of the next day's.
function claims(): Claim[] {
  const out: Claim[] = [];
  const originators = [
    { id: "ua-general-staff", kind: "military" as const, name: "General Staff" },
    { id: "uk-mod", kind: "ministry" as const, name: "Ministry of Defence" },
  ];
  for (let i = 0; i < N; i++) {
    const s = i % SUBJECTS;
    const day = Math.floor(i / SUBJECTS);
    const monthly = i % 20 === 7;
    const valid = monthly ? iso(day).slice(0, 7) : iso(day);
    const status =
      i % 100 === 3 ? { kind: "deprecated" as const, reason: "corrected", supersededBy: `c${i + SUBJECTS}` } : i % 50 === 1 ? { kind: "preferred" as const } : { kind: "normal" as const };
    out.push({
      id: `c${i}`,
      indicator: { subject: `unit-${s}`, measure: "killed", unit: "person" },
      estimate: i % 3 === 0 ? { kind: "approx", value: i, unit: "person" } : { kind: "exact", value: i, unit: "person" },
      validTime: valid,
      reportedAt: iso(day + 1 + (i % 5)),
      attribution: { originator: originators[s % 2] as (typeof originators)[number] },
      status,
    });
  }
  return out;
}

/** Days since 1970-01-01 of `YYYY-MM-DD`, or of the last day of `YYYY-MM`. */
function dayNumber(text: string): number {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  if (text.length === 7) return Date.UTC(y, m, 0) / 86_400_000;
  return Date.UTC(y, m - 1, Number(text.slice(8, 10))) / 86_400_000;
}

interface Sorted {
  readonly claim: Claim;
  readonly valid: number;
  readonly known: number;
}

/** The baseline: both dates of each claim read by hand into day numbers, and the claims sorted on them. */
function baseline(list: readonly Claim[]): Sorted[] {
  const out: Sorted[] = new Array<Sorted>(list.length);
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as Claim;
    out[i] = { claim: c, valid: dayNumber(c.validTime), known: dayNumber(c.reportedAt) };
  }
  return out.sort((a, b) => a.valid - b.valid || a.known - b.known);
}

const list = claims();
if (MEMORY_SIDE !== undefined) {
  measurePeak(MEMORY_SIDE === "library" ? () => revisionHistory(list) : () => baseline(list));
} else {
  const histories = revisionHistory(list);
  if (histories.length !== SUBJECTS || histories.reduce((n, h) => n + h.claims.length, 0) !== N) throw new Error("revisionHistory lost claims");
  const t = compare(() => revisionHistory(list), () => baseline(list), { warmup: 1, rounds: 3 });
  const [ours, hand] = [peakOf("library"), peakOf("baseline")];
  const memory = ours.rise / hand.rise;
  report({
    rows: [
      {
        what: `revisionHistory of ${N.toLocaleString("en")} claims`,
        library: ms(t.library),
        baseline: `${ms(t.baseline)} (read dates, sort)`,
        ratio: times(t.ratio),
        aim: "≤ 3×, memory ≤ 2×",
        within: t.ratio <= 3 && memory <= 2,
        memory: `${mb(ours.rise)} / ${mb(hand.rise)} = ${times(memory)}`,
      },
    ],
    notes: [`revisionHistory: peak memory above the ${mb(ours.before)} the process held with the claims built: ${mb(ours.rise)}; the baseline's ${mb(hand.rise)}`],
  });
}
