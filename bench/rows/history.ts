// revisionHistory of 1,000,000 claims, against reading both dates of every claim by hand and
// sorting the claims on them, in the same run; and the peak memory of each, each in a process
// of its own. The claims as plain objects, which a history checks and copies, and as claim()
// builds them (checked and frozen when built, so kept as they are): both against the aim. Then
// the same claims frozen all the way down by their caller (kept, but checked: a row that
// reports), and, as notes, what checking and copying plain claims cost alone, in the same run: in
// the one pass a claim of the usual shape takes, and in the general path's copy and check.
import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { checkClaim } from "../../src/claim/check.js";
import { frozenCopy } from "../../src/_lib/frozen.js";
import { claimParts, fastClaim } from "../../src/claim/fast.js";
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

/** A deep, frozen copy of each claim, a source many share copied once, as a history copies plain claims. */
function copies(list: readonly Claim[]): unknown[] {
  const shared = new Map<object, unknown>();
  return list.map((c) => frozenCopy(c, shared));
}

/** Each claim checked in full, as a history checks a plain claim (each distinct date read once). */
function checks(list: readonly Claim[]): number {
  const periods = new Map();
  let n = 0;
  for (let i = 0; i < list.length; i++) n += checkClaim("revisionHistory", "claims[0]", list[i], "invalid-claim", periods).validTime.kind.length;
  return n;
}

/** Each claim checked and copied in one pass, as a history reads a claim of the usual shape (the parts many hold alike once). */
function oneChecks(list: readonly Claim[]): number {
  const parts = claimParts(new Map());
  let n = 0;
  for (let i = 0; i < list.length; i++) n += parts === undefined || fastClaim(parts, list[i]) === undefined ? 0 : 1;
  if (n !== list.length) throw new Error("a claim of the usual shape left the one-pass check");
  return n;
}

/** Freezes the claims all the way down, as a caller may: a history keeps them as they are instead of copying them. */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

let list = claims();
if (MEMORY_SIDE !== undefined) {
  if (MEMORY_SIDE === "frozen") deepFreeze(list);
  if (MEMORY_SIDE === "built") list = list.map((c) => claim(c));
  measurePeak(MEMORY_SIDE === "baseline" ? () => baseline(list) : () => revisionHistory(list));
} else {
  const histories = revisionHistory(list);
  if (histories.length !== SUBJECTS || histories.reduce((n, h) => n + h.claims.length, 0) !== N) throw new Error("revisionHistory lost claims");
  const t = compare(() => revisionHistory(list), () => baseline(list), { warmup: 1, rounds: 3 });
  // what a history of plain objects pays before it groups anything: a deep, frozen copy of each claim, and its check
  const copy = compare(() => copies(list), () => baseline(list), { warmup: 1, rounds: 3 });
  const check = compare(() => checks(list), () => baseline(list), { warmup: 1, rounds: 3 });
  const one = compare(() => oneChecks(list), () => baseline(list), { warmup: 1, rounds: 3 });
  // the same claims frozen by their caller: kept as they are, not copied
  deepFreeze(list);
  const kept = revisionHistory(list);
  const given = new Set<Claim>(list);
  if (kept.some((h, k) => h.claims.some((c, i) => !given.has(c) || c.id !== histories[k]?.claims[i]?.id))) throw new Error("frozen claims not kept as they are");
  const f = compare(() => revisionHistory(list), () => baseline(list), { warmup: 1, rounds: 3 });
  // the same claims built by claim(): deeply frozen and checked when built, so kept and not checked again
  const builtList = list.map((c) => claim(c));
  if (revisionHistory(builtList).some((h) => h.claims.some((c) => !Object.isFrozen(c)))) throw new Error("built claims not kept");
  const b = compare(() => revisionHistory(builtList), () => baseline(builtList), { warmup: 1, rounds: 3 });
  const [ours, frozen, built, hand] = [peakOf("library"), peakOf("frozen"), peakOf("built"), peakOf("baseline")];
  // a diagnostic: what a history holds once built, a claim at a time (the heap after a collection, with and without it)
  const held = (input: readonly Claim[]): number => {
    const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = revisionHistory(input);
    gc();
    const after = process.memoryUsage().heapUsed;
    if (kept.length !== SUBJECTS) throw new Error("revisionHistory lost claims");
    return (after - before) / N;
  };
  const [heldPlain, heldFrozen] = [held(claims()), held(list)];
  const memory = ours.rise / hand.rise;
  const frozenMemory = frozen.rise / hand.rise;
  const builtMemory = built.rise / hand.rise;
  report({
    rows: [
      {
        what: `revisionHistory of ${N.toLocaleString("en")} plain claims`,
        library: ms(t.library),
        baseline: `${ms(t.baseline)} (read dates, sort)`,
        ratio: times(t.ratio),
        aim: "≤ 3×, memory ≤ 2×",
        within: t.ratio <= 3 && memory <= 2,
        memory: `${mb(ours.rise)} / ${mb(hand.rise)} = ${times(memory)}`,
      },
      {
        what: `revisionHistory of ${N.toLocaleString("en")} claims built by claim()`,
        library: ms(b.library),
        baseline: `${ms(b.baseline)} (read dates, sort)`,
        ratio: times(b.ratio),
        aim: "≤ 3×, memory ≤ 2×",
        within: b.ratio <= 3 && builtMemory <= 2,
        memory: `${mb(built.rise)} / ${mb(hand.rise)} = ${times(builtMemory)}`,
      },
      {
        what: `revisionHistory of ${N.toLocaleString("en")} claims frozen by their caller`,
        library: ms(f.library),
        baseline: `${ms(f.baseline)} (read dates, sort)`,
        ratio: times(f.ratio),
        aim: "report",
        within: null,
        memory: `${mb(frozen.rise)} / ${mb(hand.rise)} = ${times(frozenMemory)}`,
      },
    ],
    notes: [
      `revisionHistory of plain objects copies and checks every claim, those of the usual shape in one pass: that pass alone takes ${times(one.ratio)} the baseline (${ms(one.library)}); the general path's copy alone ${times(copy.ratio)} (${ms(copy.library)}), its check alone ${times(check.ratio)} (${ms(check.library)})`,
      `revisionHistory: peak memory above the ${mb(ours.before)} the process held with the claims built: ${mb(ours.rise)}; the baseline's ${mb(hand.rise)}`,
      `revisionHistory of claims frozen all the way down by their caller keeps them as they are (checked, not copied): peak memory ${mb(frozen.rise)}`,
      `revisionHistory holds, once built, ${heldPlain.toFixed(0)} bytes a plain claim (its copies and index), ${heldFrozen.toFixed(0)} a claim frozen by its caller (the index and its list of claims)`,
    ],
  });
}
