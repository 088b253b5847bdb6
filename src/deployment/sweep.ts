// The points of a deployment series in one sweep over the days on which a
// counted wave begins or ends: each wave is looked at when it begins and when
// a replacement of it completes, not on every day, so that a series costs
// the size of its answer and not waves × days. The answers, and the first
// error thrown, are those of `stateAt` asked day by day. Not exported from the package.

import { sumEstimates } from "../estimate/arithmetic.js";
import type { Estimate } from "../estimate/schema.js";
import { OPEN_END, OPEN_START } from "../revision/clock.js";
import type { Wave } from "./check.js";
import { partOf, replacementsInForce } from "./in-force.js";
import type { Selection } from "./select.js";
import type { DeploymentPoint } from "./total.js";

/** A day of a series: its day number and ISO date. @internal */
export interface SeriesDay {
  readonly day: number;
  readonly iso: string;
}

/** The days on which a counted wave begins or ends, in order, each with its ISO date. @internal */
export function changeDays(s: Selection): SeriesDay[] {
  const days = new Map<number, string>();
  for (const w of s.counted) {
    if (w.start !== OPEN_START) days.set(w.start, w.startIso as string);
    if (w.end !== OPEN_END) days.set(w.end, w.endIso as string);
  }
  return [...days].sort((a, b) => a[0] - b[0]).map(([day, iso]) => ({ day, iso }));
}

/** The place of the first of `days` on or after `day` (`days.length` for none). */
function firstFrom(days: readonly SeriesDay[], day: number): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as SeriesDay).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lists of places in `s.counted`, one per day of the series. */
const lists = (n: number): number[][] => Array.from({ length: n }, () => []);

/** Places in `s.counted`, each in the lists of the days it begins and ends on (once for a wave of one day), in the order given. */
function eventsOf(s: Selection, days: readonly SeriesDay[]): { begins: number[][]; events: number[][] } {
  const begins = lists(days.length);
  const events = lists(days.length);
  s.counted.forEach((w, k) => {
    (begins[w.start === OPEN_START ? 0 : firstFrom(days, w.start)] as number[]).push(k);
    if (w.start !== OPEN_START) (events[firstFrom(days, w.start)] as number[]).push(k);
    if (w.end !== OPEN_END && w.end !== w.start) (events[firstFrom(days, w.end)] as number[]).push(k);
  });
  return { begins, events };
}

/** Two ascending lists of places merged into one. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number)) ? (a[i++] as number) : (b[j++] as number));
  return out;
}

/** What one wave in force keeps for the sweep: the first day a replacement begins, and its part, once made. */
interface InForce {
  readonly leaves: number;
  part?: Estimate;
}

/**
 * The points of a series of `s` on `days` (the selection's change days):
 * the waves in force on each, in the order given, their total and what
 * changed. Throws what `stateAt` throws on the first day it would. @internal
 */
export function seriesPoints(where: string, s: Selection, days: readonly SeriesDay[]): DeploymentPoint[] {
  const { begins, events } = eventsOf(s, days);
  const ends = lists(days.length);
  const kept = new Map<number, InForce>();
  let active: number[] = [];
  const points: DeploymentPoint[] = [];
  for (let i = 0; i < days.length; i++) {
    const { day, iso } = days[i] as SeriesDay;
    const added: number[] = [];
    for (const k of begins[i] as number[]) {
      const replacements = replacementsInForce(where, s, s.counted[k] as Wave, day, iso);
      if (replacements === undefined) continue;
      added.push(k);
      let [leaves, gone] = [Infinity, Infinity];
      for (const r of replacements) [leaves, gone] = [Math.min(leaves, r.start), Math.min(gone, r.end)];
      kept.set(k, { leaves });
      // A replacement that completes ends the wave on that day, one of the series' own.
      if (gone !== Infinity && gone !== OPEN_END) (ends[firstFrom(days, gone)] as number[]).push(k);
    }
    const leaving = new Set(ends[i]);
    if (leaving.size > 0) active = active.filter((k) => !leaving.has(k));
    if (added.length > 0) active = merged(active, added);
    points.push(pointOf(s, active, kept, events[i] as number[], day, iso));
  }
  return points;
}

/** The point of one day: the waves `active` (places in `s.counted`) and what each adds, summed; the waves that begin or complete. */
function pointOf(s: Selection, active: readonly number[], kept: ReadonlyMap<number, InForce>, events: readonly number[], day: number, iso: string): DeploymentPoint {
  const amounts: Estimate[] = [];
  const waves: string[] = [];
  for (const k of active) {
    const w = s.counted[k] as Wave;
    const state = kept.get(k) as InForce;
    if (w.end > day || state.leaves <= day || s.doubtful.has(w.d.id)) amounts.push((state.part ??= partOf(w)));
    else amounts.push(w.d.size);
    waves.push(w.d.id);
  }
  const changes: { wave: string; event: "begins" | "completes" }[] = [];
  for (const k of events) {
    const w = s.counted[k] as Wave;
    if (w.start === day) changes.push({ wave: w.d.id, event: "begins" });
    if (w.end === day) changes.push({ wave: w.d.id, event: "completes" });
  }
  return { date: iso, estimate: sumEstimates(amounts, { unit: s.unit }), waves, changes };
}
