// Figures an originator repeated without saying so: the `possible-restatement`
// findings of findContradictions. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { isHedged, readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { DAY } from "./clock.js";
import type { Finding } from "./contradictions.js";
import type { RevisionIndex } from "./history.js";
import { direction } from "./revisions.js";

/** Days apart within which two compatible reports of one valid time may be one figure repeated. */
const RESTATEMENT_DAYS = 14;

/** Whether two figures agree within rounding: they overlap, or one is hedged ("about") and their centres are within 10%. */
function compatible(a: Estimate, b: Estimate): boolean {
  if (a.unit !== b.unit) return false;
  const way = direction(a, b);
  if (way !== "up" && way !== "down") return true;
  if (!isHedged(a) && !isHedged(b)) return false;
  const [x, y] = [readInterval(a), readInterval(b)];
  const cx = x.best ?? (Number.isFinite(x.high) ? (x.low + x.high) / 2 : x.low);
  const cy = y.best ?? (Number.isFinite(y.high) ? (y.low + y.high) / 2 : y.low);
  return Math.abs(cx - cy) <= 0.1 * Math.max(Math.abs(cx), Math.abs(cy));
}

/** Whether two estimates are written alike, field by field (`text` aside): what one agrees with, so does the other. */
function sameFigure(a: Estimate, b: Estimate): boolean {
  if (a === b) return true;
  const [x, y] = [a as unknown as Readonly<Record<string, unknown>>, b as unknown as Readonly<Record<string, unknown>>];
  const fields = Object.keys(x);
  return fields.length === Object.keys(y).length && fields.every((f) => f === "text" || x[f] === y[f]);
}

/** A figure an originator stated for a valid time, and the last claim before the current day that stated it. */
interface Stated {
  readonly estimate: Estimate;
  last: number;
}

/**
 * Unlinked likely restatements among the claims at places `own` (known, restating
 * nothing), in the history's order: a figure of an originator repeated for the same
 * valid time 1–{@link RESTATEMENT_DAYS} days later, within rounding, with no `restates`.
 * Each claim is paired with the latest claim of an earlier day that it repeats, so a claim is
 * the later of at most one finding: many reports of one figure give a finding a report,
 * not one a pair. The figures stated are kept once each, by valid time and originator, and
 * a day's claims join them when the next day begins, so the time grows with the claims
 * times the different figures of a fortnight, not with the pairs of claims. @internal
 */
export function possibleRestatements(index: RevisionIndex, claims: readonly Claim[], own: (i: number) => boolean): Finding[] {
  const out: Finding[] = [];
  const dayOf = (i: number): number => Math.floor((index.knownFrom[i] as number) / DAY);
  // by valid time and originator, the figures of the earlier days of this valid day; made when a second day begins
  let stated: Map<string, Stated[]> | undefined;
  const today: number[] = []; // the claims of the current day, to join `stated` when the next day begins
  for (let i = 0; i < claims.length; i++) {
    if (i === 0 || index.validDay[i] !== index.validDay[i - 1]) {
      stated = undefined;
      if (today.length > 0) today.length = 0;
    }
    else if (dayOf(i) !== dayOf(i - 1)) stated = state(stated ?? new Map(), today, claims);
    if (!own(i)) continue;
    const b = claims[i] as Claim;
    const best = stated === undefined ? -1 : latestRepeated(stated.get(keyOf(b)), b.estimate, dayOf(i) - RESTATEMENT_DAYS, dayOf);
    today.push(i);
    if (best < 0) continue;
    const a = claims[best] as Claim;
    const apart = dayOf(i) - dayOf(best);
    out.push({
      code: "possible-restatement",
      severity: "warning",
      message: `${b.id} repeats the figure of ${a.id} for ${a.validTime} ${apart} day${apart === 1 ? "" : "s"} later, within rounding: a restatement without restates?`,
      claims: [a.id, b.id],
    });
  }
  return out;
}

/**
 * The last claim of the figures in `list` that agrees with `estimate`, or -1. Figures last
 * stated before day `since` are dropped from `list` as it is read: the days only go forward.
 */
function latestRepeated(list: Stated[] | undefined, estimate: Estimate, since: number, dayOf: (i: number) => number): number {
  if (list === undefined) return -1;
  let best = -1;
  let kept = 0;
  for (const s of list) {
    if (dayOf(s.last) < since) continue;
    list[kept++] = s;
    if (s.last > best && compatible(s.estimate, estimate)) best = s.last;
  }
  list.length = kept;
  return best;
}

/** What a claim's figure is grouped by: its valid time as written and its originator. */
function keyOf(c: Claim): string {
  return `${c.validTime}\u0000${c.attribution.originator.id}`;
}

/** Adds the claims of a day that ended (`today`, emptied) to the figures `stated`, and returns them. */
function state(stated: Map<string, Stated[]>, today: number[], claims: readonly Claim[]): Map<string, Stated[]> {
  for (const i of today) {
    const c = claims[i] as Claim;
    const key = keyOf(c);
    let list = stated.get(key);
    if (list === undefined) stated.set(key, (list = []));
    const same = list.find((s) => sameFigure(s.estimate, c.estimate));
    if (same === undefined) list.push({ estimate: c.estimate, last: i });
    else same.last = i;
  }
  today.length = 0;
  return stated;
}
