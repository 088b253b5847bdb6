// Reports of one valid day whose order cannot be told. Under knownFrom "end"
// a report dated to a day is known from the end of that day, one with a time
// of day from that time; when one falls within the other's day (or a day
// report within a month report), which came out later is unknown, and the
// clock alone must not decide. Not exported from the package.

import type { Claim, ClaimStatus } from "../claim/schema.js";
import type { RevisionIndex } from "./history.js";

/** Per claim of an index: its claim, and the first second its report may have come out. */
interface Order {
  readonly claims: readonly Claim[];
  readonly reportedFrom: readonly number[];
}

const orders = /* @__PURE__ */ new WeakMap<RevisionIndex, Order>();

/** Remembers, for an index `build` made, its claims and when each report may have come out. @internal */
export function setOrder(index: RevisionIndex, claims: readonly Claim[], reportedFrom: readonly number[]): void {
  orders.set(index, { claims, reportedFrom });
}

/** Ties on both clocks: the preferred claim last (in force), then the lowest id. @internal */
export const RANK: Readonly<Record<ClaimStatus["kind"], number>> = { deprecated: 0, normal: 1, preferred: 2 };

/**
 * The order of a tie between two claims: deprecated first, preferred last, then the highest id
 * first (the lowest last, in force); 0 for the same status and id. @internal
 */
export function byTie(a: Claim, b: Claim): number {
  const id = a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  return RANK[a.status?.kind ?? "normal"] - RANK[b.status?.kind ?? "normal"] || id;
}

/**
 * The nearest claim before `before` (going back to `lo`) whose order with `i` cannot be told
 * (its report time ends on or after the first second `i`'s report may have come out) and that
 * `accept` accepts, or -1; the claims after it are not looked at. @internal
 */
export function firstUnorderedBefore(index: RevisionIndex, lo: number, i: number, before: number, accept: (j: number) => boolean | void): number {
  const order = orders.get(index);
  if (order === undefined) return -1;
  const from = order.reportedFrom[i] as number;
  for (let j = before - 1; j >= lo && (index.knownFrom[j] as number) >= from; j--) if (accept(j) === true) return j;
  return -1;
}

/** Of two claims whose order cannot be told, the one a tie gives: a preferred one, else the lowest id (else the later one). @internal */
export function tieWinner(index: RevisionIndex, a: number, b: number): number {
  const claims = orders.get(index)?.claims;
  if (claims === undefined) return Math.max(a, b);
  return (byTie(claims[a] as Claim, claims[b] as Claim) || a - b) > 0 ? a : b;
}

/** The first second the report of claim `i` of an index may have come out, or undefined for an index `build` did not make. @internal */
export function reportedFromOf(index: RevisionIndex, i: number): number | undefined {
  return orders.get(index)?.reportedFrom[i];
}
